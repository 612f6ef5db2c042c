// 定向发券: HQ picks a segment (home store, member level, no order since a date), reads how many shoppers it holds,
// sends after a confirm, and follows each batch to the coupons it gave (read again while one is still running).
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useClient } from 'urql';
import { ConfirmDialog } from '../../components/hq/ConfirmDialog';
import { DateInput } from '../../components/hq/DateInput';
import { storeLabel, useStores } from '../../components/hq/useStores';
import {
  HqCouponBatchesDocument,
  HqIssueBatchDocument,
  HqSegmentChoicesDocument,
  HqSegmentSizeDocument,
  type HqCouponBatchesQuery,
  type SegmentInput,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { actorName, localDate, when } from '../../lib/time';

const s = hq.promo;
const POLL_MS = 2_000;
type Batch = HqCouponBatchesQuery['couponBatches'][number];

export function BatchPanel({ promotionId, name }: { promotionId: string; name: string }) {
  const client = useClient();
  const stores = useStores();
  const [{ data: choices }] = useQuery({ query: HqSegmentChoicesDocument });
  const [{ data: batchData }, reloadBatches] = useQuery({
    query: HqCouponBatchesDocument,
    variables: { promotionId },
    requestPolicy: 'network-only',
  });
  const [, issue] = useMutation(HqIssueBatchDocument);
  const [home, setHome] = useState('');
  const [level, setLevel] = useState('');
  const [lapsedOn, setLapsedOn] = useState('');
  const [size, setSize] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const levels = choices?.memberLevels ?? [];
  const batches = batchData?.couponBatches ?? [];
  const running = batches.some((b) => b.state === 'RUNNING');
  useEffect(() => setSize(null), [home, level, lapsedOn]);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => reloadBatches({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, reloadBatches]);

  const segment = (): SegmentInput | null => {
    const seg: SegmentInput = {};
    if (home) seg.homeStoreId = home;
    if (level) seg.levelId = level;
    // The first instant of that day in China.
    if (lapsedOn) seg.noOrderSince = new Date(`${lapsedOn}T00:00:00+08:00`).toISOString();
    return Object.keys(seg).length ? seg : null;
  };

  async function onPreview() {
    const seg = segment();
    if (!seg) return setNotice({ ok: false, text: s.segNeedOne });
    setBusy(true);
    const res = await client.query(HqSegmentSizeDocument, { segment: seg }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (res.error || res.data == null) return setNotice({ ok: false, text: describeFault(res.error) ?? '' });
    setNotice(null);
    setSize(res.data.couponSegmentSize);
  }

  async function onSend() {
    setAsking(false);
    const seg = segment();
    if (!seg) return;
    setBusy(true);
    const res = await issue({ promotionId, segment: seg });
    setBusy(false);
    if (res.error || res.data?.issueCouponBatch.__typename !== 'CouponBatch')
      return setNotice({ ok: false, text: describeFault(res.error) ?? s.notFound });
    setNotice({ ok: true, text: s.segSent });
    setSize(null);
    reloadBatches({ requestPolicy: 'network-only' });
  }

  const who = (b: Batch) => {
    const g = b.segment;
    const levelName = levels.find((l) => l.id === g.levelId)?.name;
    return [
      g.homeStoreId && s.segText.home(storeLabel(stores, g.homeStoreId) || '—'),
      g.levelId && s.segText.level(levelName ?? '—'),
      g.noOrderSince && s.segText.lapsed(localDate(new Date(g.noOrderSince), 'Asia/Shanghai')),
      g.orderedAtStoreId && s.segText.orderedAt(storeLabel(stores, g.orderedAtStoreId) || '—'),
      g.orderedWithinDays && s.segText.within(g.orderedWithinDays),
    ]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <div className="card promo-card" aria-label={s.batchTitle} data-testid="batch">
      <h2>{s.batchTitle}</h2>
      <p className="muted">{s.batchHint}</p>
      <div className="promo-inline">
        <label>
          {s.segHome}
          <select value={home} onChange={(e) => setHome(e.target.value)}>
            <option value="">{s.segAny}</option>
            {stores.map((st) => (
              <option key={st.id} value={st.id}>
                {st.code} {st.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.segLevel}
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">{s.segAny}</option>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.segLapsed}
          <DateInput label={s.segLapsed} value={lapsedOn} onChange={setLapsedOn} />
        </label>
      </div>
      <div className="promo-inline">
        <button type="button" className="btn" disabled={busy} onClick={() => void onPreview()}>
          {busy && size == null ? s.segPreviewing : s.segPreview}
        </button>
        {size != null && (
          <strong role="status" data-testid="segment-size">
            {s.segCount(size)}
          </strong>
        )}
        <button type="button" className="btn btn-primary" disabled={busy || !size} onClick={() => setAsking(true)}>
          {s.segSend}
        </button>
      </div>
      {notice && (
        <p className={notice.ok ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <h2>{s.batches}</h2>
      {batches.length ? (
        <div className="table-wrap">
          <table className="table" data-testid="batches">
            <thead>
              <tr>
                <th>{s.batchAt}</th>
                <th>{s.batchWho}</th>
                <th>{s.batchState}</th>
                <th className="num">{s.batchTargeted}</th>
                <th className="num">{s.batchIssued}</th>
                <th>{s.batchBy}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td>{when(b.createdAt)}</td>
                  <td>{who(b)}</td>
                  <td>
                    <span className={b.state === 'DONE' ? 'tag tag-ok' : 'tag'}>{s.batchStates[b.state] ?? b.state}</span>
                  </td>
                  <td className="num">{b.targeted}</td>
                  <td className="num">{b.issued}</td>
                  <td>{actorName(b.createdBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{s.batchNone}</p>
      )}
      {asking && size != null && (
        <ConfirmDialog
          question={s.segConfirm(size, name)}
          confirmLabel={s.segSend}
          onCancel={() => setAsking(false)}
          onConfirm={() => void onSend()}
        />
      )}
    </div>
  );
}
