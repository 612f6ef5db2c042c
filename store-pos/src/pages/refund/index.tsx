// 退货: the clerk scans or types the receipt number (#1A2B3C4D) of a counter sale of this store, taps how many
// units of each line come back and why, and refunds. The API works out the exact amount (each unit its share of
// what its line paid) and sends it back the way the sale was paid; the screen says, large, what to hand back, and
// shows the refund slip to print. No amount is computed here.
import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import {
  RefundCounterSaleDocument,
  RefundFindSaleDocument,
  type RefundCounterSaleMutation,
  type RefundFindSaleQuery,
} from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';
import { t } from '../../strings';

type Sale = NonNullable<RefundFindSaleQuery['counterSaleByReceipt']>;
type Done = Extract<RefundCounterSaleMutation['counterRefund'], { __typename: 'CounterRefundDone' }>;
const s = t.refund;

export default function RefundPage() {
  const client = useClient();
  const [ref, setRef] = useState('');
  const [sale, setSale] = useState<Sale | null>(null);
  const [units, setUnits] = useState<Record<string, number>>({});
  const [reason, setReason] = useState<string>(s.reasons[0]!);
  const [restock, setRestock] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setDone] = useState<{ result: Done; sale: Sale; units: Record<string, number> } | null>(null);
  const [{ fetching }, refund] = useMutation(RefundCounterSaleDocument);

  async function find(raw: string) {
    const code = raw.trim();
    setRef('');
    if (!code) return;
    setNotice(null);
    const res = await client.query(RefundFindSaleDocument, { ref: code }, { requestPolicy: 'network-only' }).toPromise();
    if (res.error) return setNotice(describeFault(res.error) ?? t.errors.generic);
    const found = res.data?.counterSaleByReceipt;
    if (!found) return setNotice(s.notFound);
    setSale(found);
    setUnits({});
    setDone(null);
  }

  useKeyboardWedge({ onDigit: () => undefined, onBackspace: () => undefined, onEnter: (typed) => void find(typed) });

  const chosen = Object.entries(units).filter(([, n]) => n > 0);
  const count = chosen.reduce((sum, [, n]) => sum + n, 0);

  async function submit() {
    if (!sale || count === 0) return;
    setNotice(null);
    const res = await refund({
      input: { orderId: sale.id, lines: chosen.map(([lineId, quantity]) => ({ lineId, quantity })), reason, restock },
    });
    const r = res.data?.counterRefund;
    if (!r) return setNotice(describeFault(res.error) ?? t.errors.generic);
    if (r.__typename !== 'CounterRefundDone') return setNotice(describeResult(r));
    setDone({ result: r, sale, units });
    setSale(null);
    setUnits({});
  }

  const onFind = (e: FormEvent) => {
    e.preventDefault();
    void find(ref);
  };

  return (
    <div className="refund">
      <section className="card">
        <form className="refund-find" onSubmit={onFind}>
          <input
            name="receipt"
            aria-label={s.findPlaceholder}
            placeholder={s.findPlaceholder}
            value={ref}
            onChange={(e) => setRef(e.target.value)}
            autoComplete="off"
            className="big-input"
          />
          <button type="submit" className="btn btn-big" disabled={!ref.trim()}>
            {s.find}
          </button>
        </form>
        {notice && (
          <div className="feedback feedback-bad sale-notice" role="alert">
            {notice}
          </div>
        )}
        {sale && (
          <>
            <p className="muted">
              {`#${sale.id.slice(0, 8).toUpperCase()} · ${s.soldAt(when(sale.createdAt, sale.store.timeZone))} · ${s.paid(
                yuan(sale.totalFen),
                t.sale.paidBy[sale.checkout.tender ?? ''] ?? '',
              )}`}
              {sale.refundedFen > 0 && ` · ${s.refundedBefore(yuan(sale.refundedFen))}`}
            </p>
            <ul className="sale-lines" aria-label={s.lines}>
              {sale.lines.map((l) => {
                const left = l.quantity - l.refundedQuantity;
                const n = units[l.id] ?? 0;
                const set = (v: number) => setUnits((u) => ({ ...u, [l.id]: Math.max(0, Math.min(left, v)) }));
                return (
                  <li key={l.id} className="refund-line">
                    <span>
                      {l.name}
                      <div className="muted">{`${yuan(l.unitPriceFen)} × ${l.quantity}${l.discountFen > 0 ? ` · ${t.sale.discount} −${yuan(l.discountFen)}` : ''}`}</div>
                    </span>
                    <span className="sale-line-net">{yuan(l.unitPriceFen * l.quantity - l.discountFen - l.pointsFen)}</span>
                    <span className="muted">{s.left(left)}</span>
                    <span className="sale-qty">
                      <button type="button" className="btn" aria-label={`${l.name} −`} disabled={n === 0} onClick={() => set(n - 1)}>
                        −
                      </button>
                      <b>{n}</b>
                      <button type="button" className="btn" aria-label={`${l.name} +`} disabled={n >= left} onClick={() => set(n + 1)}>
                        +
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
            {sale.clerkDiscounts.length > 0 && (
              <ul className="muted refund-clerk" aria-label={s.clerkDiscounts} data-testid="refund-clerk">
                {sale.clerkDiscounts.map((d, i) => (
                  <li key={i}>
                    {d.kind === 'CLERK_PRICE'
                      ? s.clerkPrice(d.clerkName ?? '', d.name ?? '', yuan(d.fromFen), yuan(d.toFen), d.quantity ?? 0)
                      : s.clerkOrder(d.clerkName ?? '', yuan(d.fromFen), yuan(d.toFen))}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {done && <RefundSlip done={done} />}
      </section>

      <aside className="card sale-side">
        {sale && (
          <>
            <b>{s.reason}</b>
            <div className="sale-chips">
              {s.reasons.map((r) => (
                <button key={r} type="button" className={`btn btn-big${reason === r ? ' btn-primary' : ''}`} onClick={() => setReason(r)}>
                  {r}
                </button>
              ))}
            </div>
            <label className="sale-check">
              <input type="checkbox" checked={restock} onChange={(e) => setRestock(e.target.checked)} /> {s.restock}
            </label>
            <button
              type="button"
              className="btn btn-primary btn-big btn-block"
              disabled={count === 0 || fetching}
              onClick={() => void submit()}
            >
              {fetching ? s.submitting : count > 0 ? `${s.submit} · ${s.chosen(count)}` : s.submit}
            </button>
          </>
        )}
        {done && (
          <div className="feedback feedback-ok" role="status" data-testid="refund-done">
            <div className="refund-back" data-testid="refund-back">
              {done.result.tender === 'CASH'
                ? s.handBackCash(yuan(done.result.handBackFen))
                : done.result.tender === 'CARD'
                  ? s.backToCard(yuan(done.result.handBackFen))
                  : s.backToWechat(yuan(done.result.amountFen))}
            </div>
            {done.result.pointsReturned > 0 && <div>{s.pointsBack(done.result.pointsReturned)}</div>}
            <div className="sale-chips">
              <button type="button" className="btn btn-big" onClick={() => window.print()}>
                {s.print}
              </button>
              <button type="button" className="btn btn-big grow" onClick={() => setDone(null)}>
                {s.next}
              </button>
            </div>
          </div>
        )}
      </aside>
    </div>
  );
}

/** The refund slip as it prints: the sale, the units back, the amount and how it goes back. */
function RefundSlip({ done }: { done: { result: Done; sale: Sale; units: Record<string, number> } }) {
  const { result, sale, units } = done;
  const rows = sale.lines.filter((l) => (units[l.id] ?? 0) > 0).map((l) => `${l.name}  ×${units[l.id]}`);
  const text = [
    `${sale.store.name}`,
    `${s.receiptTitle}`,
    `${s.order} #${sale.id.slice(0, 8).toUpperCase()}`,
    `${when(new Date().toISOString(), sale.store.timeZone)}`,
    '--------------------------------',
    ...rows,
    '--------------------------------',
    `${s.amount}  ${yuan(result.amountFen)}（${t.sale.paidBy[result.tender] ?? result.tender}）`,
    ...(result.pointsReturned > 0 ? [s.pointsBack(result.pointsReturned)] : []),
  ].join('\n');
  return (
    <pre className="refund-receipt" data-testid="refund-receipt">
      {text}
    </pre>
  );
}
