// 营销: every 满减 campaign and coupon template with its state, window, funder, claimed / used and budget left;
// filtered by state and kind, newest first, a page at a time.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { budgetLeftText, funderText, kindLabel, termsText, windowText } from '../../components/hq/promotion-words';
import { HqPromotionsDocument, type HqPromotionsQuery, type PromotionKind, type PromotionStatus } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import '../hq.css';
import '../../components/hq/promotions.css';

const s = hq.promo;
const PAGE = 50;
type Row = HqPromotionsQuery['promotions']['nodes'][number];

const STATUS_TAG: Record<string, string> = { DRAFT: 'tag', LIVE: 'tag tag-ok', ENDED: 'tag', STOPPED: 'tag tag-bad' };

export default function HqPromotionsPage() {
  const client = useClient();
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [fault, setFault] = useState<string | null>(null);

  async function load(after: string | null) {
    const res = await client
      .query(
        HqPromotionsDocument,
        { first: PAGE, after, status: (status || null) as PromotionStatus | null, kind: (kind || null) as PromotionKind | null },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (res.error) return setFault(describeFault(res.error));
    setFault(null);
    const page = res.data!.promotions;
    setRows((prev) => (after ? [...(prev ?? []), ...page.nodes] : page.nodes));
    setCursor(page.pageInfo.endCursor ?? null);
    setMore(page.pageInfo.hasNextPage);
  }

  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, kind]);

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <Link to="/hq/promotions/new/coupon" className="btn">
          {s.newCoupon}
        </Link>
        <Link to="/hq/promotions/new/campaign" className="btn btn-primary">
          {s.newCampaign}
        </Link>
      </div>
      <div className="hq-filters">
        <label>
          {s.status}
          <select aria-label={s.status} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{s.allStatuses}</option>
            {Object.entries(s.statuses).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.kind}
          <select aria-label={s.kind} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{s.allKinds}</option>
            {Object.entries(s.kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {fault && (
        <p className="form-error" role="alert">
          {fault}
        </p>
      )}
      <div className="card">
        <div className="table-wrap">
          <table className="table promo-table" data-testid="promotions">
            <thead>
              <tr>
                <th>{s.name}</th>
                <th>{s.kind}</th>
                <th>{s.status}</th>
                <th>{s.window}</th>
                <th>{s.funder}</th>
                <th className="num">{s.claimedUsed}</th>
                <th className="num">{s.budgetLeft}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((p) => (
                <tr key={p.id} data-testid={`promotion-${p.name}`}>
                  <td>
                    <strong>{p.name}</strong>
                    <div className="muted promo-terms">{termsText(p)}</div>
                  </td>
                  <td className="nowrap">{kindLabel(p)}</td>
                  <td>
                    <span className={STATUS_TAG[p.status]}>{s.statuses[p.status]}</span>
                  </td>
                  <td className="nowrap">{windowText(p)}</td>
                  <td>{funderText(p)}</td>
                  <td className="num nowrap">{p.kind === 'COUPON' ? `${p.claimed} / ${p.usedCoupons ?? 0}` : '—'}</td>
                  <td className="num nowrap">{budgetLeftText(p)}</td>
                  <td>
                    <Link to={`/hq/promotions/${p.id}`} className="btn btn-small nowrap">
                      {p.status === 'DRAFT' ? s.edit : s.live}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted" role="status">
          {rows === null ? '' : rows.length ? s.shown(rows.length) : s.none}
        </p>
        {more && (
          <button type="button" className="btn" onClick={() => void load(cursor)}>
            {s.more}
          </button>
        )}
      </div>
    </section>
  );
}
