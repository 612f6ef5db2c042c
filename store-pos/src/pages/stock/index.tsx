// Stock: find a SKU by name or code (a scanner typing a barcode works anywhere), see on hand and reserved,
// adjust with a reason, read its journal.
import { useMemo, useState } from 'react';
import { useSession } from '../../graphql/session';
import { t } from '../../strings';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';
import { AdjustPanel } from './AdjustPanel';
import { matches, skuLabel, useStoreStock } from './useStoreStock';

export default function StockPage() {
  const storeId = useSession()?.storeId ?? '';
  const { rows, error, loading, replace } = useStoreStock(storeId);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const shown = useMemo(() => rows.filter((r) => matches(r, query)).slice(0, 200), [rows, query]);
  const row = rows.find((r) => r.sku.id === selected);

  // A barcode scanned while no field has focus: find that code and open it.
  useKeyboardWedge({
    onDigit: () => undefined,
    onBackspace: () => undefined,
    onEnter: (typed) => {
      const code = typed.trim();
      if (!code) return;
      setQuery(code);
      const exact = rows.find((r) => r.sku.code.toLowerCase() === code.toLowerCase());
      if (exact) setSelected(exact.sku.id);
    },
  });

  return (
    <div className="stock">
      <section className="stock-list">
        <input className="big-input" aria-label={t.stock.searchPlaceholder} placeholder={t.stock.searchPlaceholder} value={query} onChange={(e) => setQuery(e.target.value)} />
        {error && <p className="form-error">{error}</p>}
        {loading && rows.length === 0 && <p className="muted">{t.common.loading}</p>}
        <table className="stock-table">
          <thead>
            <tr>
              <th>{t.stock.title}</th>
              <th className="num">{t.stock.onHand}</th>
              <th className="num">{t.stock.reserved}</th>
              <th className="num">{t.stock.available}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.sku.id} className={r.sku.id === selected ? 'row-on' : ''} onClick={() => setSelected(r.sku.id)} data-sku-code={r.sku.code}>
                <td>
                  <div>{skuLabel(r)}</div>
                  <div className="muted small">{r.sku.code}</div>
                </td>
                <td className="num">{r.onHand}</td>
                <td className="num">{r.reserved}</td>
                <td className={`num${r.available <= 0 ? ' urgent' : ''}`}>{r.available}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {row && <AdjustPanel key={row.sku.id} storeId={storeId} row={row} onAdjusted={replace} />}
    </div>
  );
}
