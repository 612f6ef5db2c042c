// Adjust one SKU's stock with a reason (received, damaged, stocktake ...) and see its journal below.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AdjustStockDocument, StockJournalDocument, type StockRowFragment } from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { useStoreClock } from '../../components/StoreClock';
import { actorName } from '../../lib/time';
import { t } from '../../strings';
import { skuLabel } from './useStoreStock';

const REASONS = ['RECEIVED', 'DAMAGED', 'STOCKTAKE', 'CORRECTION', 'RETURNED'] as const;
type Reason = (typeof REASONS)[number];

interface Props {
  storeId: string;
  row: StockRowFragment;
  onAdjusted: (row: StockRowFragment) => void;
  onClose: () => void;
}

export function AdjustPanel({ storeId, row, onAdjusted, onClose }: Props) {
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState<Reason>('RECEIVED');
  const [note, setNote] = useState('');
  const { when } = useStoreClock();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ fetching }, adjust] = useMutation(AdjustStockDocument);
  const [{ data }, refetchJournal] = useQuery({
    query: StockJournalDocument,
    variables: { storeId, skuId: row.sku.id },
    requestPolicy: 'network-only',
  });
  const n = Number(delta);
  const valid = Number.isInteger(n) && n !== 0 && delta.trim() !== '';

  async function submit() {
    const res = await adjust({ input: { storeId, skuId: row.sku.id, delta: n, reason, note: note.trim() || undefined } });
    const r = res.data?.adjustStock;
    if (!r) return setMessage({ ok: false, text: describeFault(res.error) ?? t.errors.generic });
    if (r.__typename !== 'StockLevel') {
      return setMessage({
        ok: false,
        text:
          r.__typename === 'InsufficientStockError' ? `${t.stock.insufficient}（${t.stock.available} ${r.available}）` : describeResult(r),
      });
    }
    onAdjusted(r);
    setDelta('');
    setNote('');
    setMessage({ ok: true, text: t.stock.adjusted });
    refetchJournal({ requestPolicy: 'network-only' });
  }

  return (
    <aside className="card adjust" data-testid="adjust-panel">
      <div className="adjust-head">
        <h2>{skuLabel(row)}</h2>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {t.common.close}
        </button>
      </div>
      <div className="stock-figures">
        <div>
          <span>{t.stock.onHand}</span>
          <b data-testid="on-hand">{row.onHand}</b>
        </div>
        <div>
          <span>{t.stock.reserved}</span>
          <b data-testid="reserved">{row.reserved}</b>
        </div>
        <div>
          <span>{t.stock.available}</span>
          <b data-testid="available">{row.available}</b>
        </div>
      </div>
      <div className="delta-row">
        <button type="button" className="btn btn-big" onClick={() => setDelta(String((Number(delta) || 0) - 1))} aria-label="-1">
          −
        </button>
        <input
          aria-label={t.stock.delta}
          inputMode="numeric"
          value={delta}
          onChange={(e) => setDelta(e.target.value.replace(/[^0-9-]/g, ''))}
          className="big-input"
        />
        <button type="button" className="btn btn-big" onClick={() => setDelta(String((Number(delta) || 0) + 1))} aria-label="+1">
          +
        </button>
      </div>
      <div className="reason-grid" role="radiogroup" aria-label={t.stock.reason}>
        {REASONS.map((r) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={reason === r}
            className={`btn${reason === r ? ' btn-primary' : ''}`}
            onClick={() => setReason(r)}
          >
            {t.stock.reasons[r]}
          </button>
        ))}
      </div>
      <input aria-label={t.stock.note} placeholder={t.stock.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
      {message && (
        <p className={message.ok ? 'ok-text' : 'form-error'} role="status">
          {message.text}
        </p>
      )}
      <button type="button" className="btn btn-primary btn-big" disabled={!valid || fetching} onClick={() => void submit()}>
        {t.stock.adjust}
      </button>
      <h3>{t.stock.journal}</h3>
      <table className="journal">
        <tbody>
          {data?.stockMovements.nodes.map((m) => (
            <tr key={m.id}>
              <td>{when(m.createdAt)}</td>
              <td>{t.stock.reasons[m.reason] ?? m.reason}</td>
              <td className="num">
                {m.deltaOnHand > 0
                  ? `+${m.deltaOnHand}`
                  : m.deltaOnHand || (m.deltaReserved ? `${t.stock.reserved} ${m.deltaReserved > 0 ? '+' : ''}${m.deltaReserved}` : 0)}
              </td>
              <td className="num">{m.onHandAfter}</td>
              <td className="muted">{actorName(m.actor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
