// Settlement by store and period (table, chart, the API's CSV for Excel), profit-sharing problems with a retry,
// and the pickup audit log.
import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Bars } from '../../components/hq/Bars';
import { monthsAgo, PeriodPicker, thisMonth, type Period } from '../../components/hq/PeriodPicker';
import { ShareNote } from '../../components/hq/ShareNote';
import { storeLabel, useStores } from '../../components/hq/useStores';
import {
  HqPickupAuditDocument,
  HqProfitSharingIssuesDocument,
  HqRetryProfitSharingDocument,
  HqSettlementDocument,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan, yuanAxis } from '../../lib/money';
import { when } from '../../lib/time';
import { StoreFilter } from '../../components/hq/StoreFilter';
import '../hq.css';

const s = hq.settlement;

/** Excel reads a CSV as the system's code page (GBK in China) unless it starts with a UTF-8 byte order mark. */
export function downloadCsv(csv: string, filename: string) {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const AMOUNTS = [
  'grossFen',
  'refundFen',
  'feeFen',
  'fulfillingShareFen',
  'referringShareFen',
  'hqShareFen',
  'hqPromotionCostFen',
  'storePromotionCostFen',
  'netPayableFen',
] as const;

/** How many months back the page looks for the latest one with settlement records when it opens. */
const LOOK_BACK_MONTHS = 12;

/** This month, or the latest month with records (within a year); null while looking. */
function useOpeningPeriod(): [Period | null, boolean] {
  const client = useClient();
  const [found, setFound] = useState<{ period: Period; moved: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      for (let n = 0; n <= LOOK_BACK_MONTHS && live; n++) {
        const p = monthsAgo(n);
        const res = await client.query(HqSettlementDocument, { ...p, storeId: null }, { requestPolicy: 'network-only' }).toPromise();
        if (res.error || (res.data?.settlementReport.stores.length ?? 0) > 0) {
          if (live) setFound({ period: p, moved: n > 0 });
          return;
        }
      }
      if (live) setFound({ period: thisMonth(), moved: false });
    })();
    return () => {
      live = false;
    };
  }, [client]);
  return [found?.period ?? null, found?.moved ?? false];
}

export default function HqSettlementPage() {
  const [opening, moved] = useOpeningPeriod();
  if (!opening)
    return (
      <section className="hq-page">
        <h1 className="page-title">{s.title}</h1>
      </section>
    );
  return <SettlementView opening={opening} moved={moved} />;
}

function SettlementView({ opening, moved }: { opening: Period; moved: boolean }) {
  const stores = useStores();
  const [period, setPeriod] = useState<Period>(opening);
  const [storeId, setStoreId] = useState('');
  const [{ data, error }] = useQuery({
    query: HqSettlementDocument,
    variables: { ...period, storeId: storeId || null },
    requestPolicy: 'cache-and-network',
  });
  const report = data?.settlementReport;
  const totals = report ? Object.fromEntries(AMOUNTS.map((k) => [k, report.stores.reduce((a, x) => a + x[k], 0)])) : null;
  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <div className="hq-filters">
          <PeriodPicker value={period} onChange={setPeriod} />
          <StoreFilter value={storeId} onChange={setStoreId} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={!report}
            onClick={() => report && downloadCsv(report.csv, `settlement-${report.from}-${report.to}.csv`)}
          >
            {s.download}
          </button>
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {describeFault(error)}
        </p>
      )}
      {moved && period === opening && (
        <p className="hq-notice" role="note">
          {s.latestMonth(opening.from.slice(0, 7))}
        </p>
      )}
      {report && totals && (
        <ShareNote
          orders={report.stores.reduce((a, x) => a + x.orders, 0)}
          storeShareFen={totals.fulfillingShareFen! + totals.referringShareFen!}
        />
      )}
      {report && report.stores.length === 0 && <div className="card empty-state">{s.empty}</div>}
      {report && report.stores.length > 0 && (
        <>
          <div className="card">
            <h2>{s.chart}</h2>
            <Bars
              testId="net-by-store"
              format={yuanAxis}
              bars={report.stores.map((x) => ({
                label: x.storeCode,
                value: x.netPayableFen,
                title: `${storeLabel(stores, x.storeId)} ${yuan(x.netPayableFen)}`,
              }))}
            />
          </div>
          <div className="card table-wrap">
            <h2>{s.byStore}</h2>
            <table className="table" data-testid="settlement">
              <thead>
                <tr>
                  <th>{s.store}</th>
                  <th className="num">{s.orders}</th>
                  <th className="num">{s.gross}</th>
                  <th className="num">{s.refund}</th>
                  <th className="num">{s.fee}</th>
                  <th className="num">{s.fulfilling}</th>
                  <th className="num">{s.referring}</th>
                  <th className="num">{s.hq}</th>
                  <th className="num">{s.hqPromotion}</th>
                  <th className="num">{s.storePromotion}</th>
                  <th className="num">{s.net}</th>
                </tr>
              </thead>
              <tbody>
                {report.stores.map((x) => (
                  <tr key={x.storeId} data-testid={`settlement-${x.storeCode}`}>
                    <td className="nowrap">{storeLabel(stores, x.storeId) || x.storeCode}</td>
                    <td className="num">{x.orders}</td>
                    {AMOUNTS.map((k) => (
                      <td key={k} className="num">
                        {yuan(x[k])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {totals && (
                <tfoot>
                  <tr>
                    <td>{s.total}</td>
                    <td className="num">{report.stores.reduce((a, x) => a + x.orders, 0)}</td>
                    {AMOUNTS.map((k) => (
                      <td key={k} className="num">
                        <strong>{yuan(totals[k]!)}</strong>
                      </td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </>
      )}
      <div className="hq-grid">
        <ProfitSharingIssues />
        <PickupAudit storeId={storeId} stores={stores} />
      </div>
    </section>
  );
}

function ProfitSharingIssues() {
  const [{ data, error }, reload] = useQuery({ query: HqProfitSharingIssuesDocument, requestPolicy: 'cache-and-network' });
  const [, retry] = useMutation(HqRetryProfitSharingDocument);
  const [note, setNote] = useState<string | null>(null);
  return (
    <div className="card table-wrap">
      <h2>{s.issues}</h2>
      {error && <p className="form-error">{describeFault(error)}</p>}
      {note && <p className="hq-notice hq-notice-ok">{note}</p>}
      {data && data.profitSharingIssues.length === 0 && <p className="muted">{s.noIssues}</p>}
      {data && data.profitSharingIssues.length > 0 && (
        <table className="table" data-testid="profit-sharing-issues">
          <thead>
            <tr>
              <th>{s.order}</th>
              <th>{s.state}</th>
              <th className="num">{s.attempts}</th>
              <th>{s.error}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.profitSharingIssues.map((x) => (
              <tr key={x.orderId}>
                <td>{x.outOrderNo}</td>
                <td>{x.state}</td>
                <td className="num">{x.attempts}</td>
                <td>{x.lastError ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={async () => {
                      const res = await retry({ orderId: x.orderId });
                      setNote(res.error ? describeFault(res.error) : s.retried);
                      reload({ requestPolicy: 'network-only' });
                    }}
                  >
                    {s.retry}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function PickupAudit({ storeId, stores }: { storeId: string; stores: ReturnType<typeof useStores> }) {
  const [{ data, error }] = useQuery({
    query: HqPickupAuditDocument,
    variables: { storeId: storeId || undefined },
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className="card table-wrap">
      <h2>{s.audit}</h2>
      {error && <p className="form-error">{describeFault(error)}</p>}
      <table className="table" data-testid="pickup-audit">
        <thead>
          <tr>
            <th>{s.at}</th>
            <th>{s.store}</th>
            <th>{s.actor}</th>
            <th>{s.method}</th>
            <th>{s.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {data?.pickupAttempts.nodes.map((x) => (
            <tr key={x.id}>
              <td className="nowrap">{when(x.at)}</td>
              <td className="nowrap">{storeLabel(stores, x.storeId).split(' ')[0]}</td>
              <td>{x.actor.replace(/^staff:/, '')}</td>
              <td>{x.method === 'QR' ? '扫码' : '输码'}</td>
              <td>{hq.audit[x.outcome] ?? x.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
