// Stock: every SKU of the store in a full-width table the clerk sorts by tapping a heading, find by name or
// code (a scanner typing a barcode works anywhere), and an adjust button on every row that opens the
// adjustment (with a reason) and the journal beside the table.
import { useMemo, useState } from 'react';
import { useSession } from '../../graphql/session';
import { t } from '../../strings';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';
import { AdjustPanel } from './AdjustPanel';
import { matches, scanned, skuLabel, sortRows, useStoreStock, type StockSort, type StockSortKey } from './useStoreStock';

const COLUMNS: { key: StockSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: t.stock.product },
  { key: 'code', label: t.stock.code },
  { key: 'onHand', label: t.stock.onHand, numeric: true },
  { key: 'reserved', label: t.stock.reserved, numeric: true },
  { key: 'available', label: t.stock.available, numeric: true },
];

export default function StockPage() {
  const storeId = useSession()?.storeId ?? '';
  const { rows, error, loading, replace } = useStoreStock(storeId);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<StockSort>({ key: 'name', ascending: true });
  const [selected, setSelected] = useState<string | null>(null);
  const shown = useMemo(
    () =>
      sortRows(
        rows.filter((r) => matches(r, query)),
        sort,
      ).slice(0, 200),
    [rows, query, sort],
  );
  const row = rows.find((r) => r.sku.id === selected);

  // A barcode scanned while no field has focus: find that code and open it.
  useKeyboardWedge({
    onDigit: () => undefined,
    onBackspace: () => undefined,
    onEnter: (typed) => {
      const code = typed.trim();
      if (!code) return;
      setQuery(code);
      const exact = scanned(rows, code);
      if (exact) setSelected(exact.sku.id);
    },
  });

  // A second tap on the sorted heading turns the order round; figures start with the smallest (what runs out).
  const sortBy = (key: StockSortKey) => setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));

  return (
    <div className={`stock${row ? ' stock-open' : ''}`}>
      <section className="stock-list">
        <input
          className="big-input"
          aria-label={t.stock.searchPlaceholder}
          placeholder={t.stock.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // A scanner aimed while the search field has focus types the code and Enter: open that SKU.
            if (e.key !== 'Enter') return;
            const exact = scanned(rows, query);
            if (exact) setSelected(exact.sku.id);
          }}
        />
        {error && <p className="form-error">{error}</p>}
        {loading && rows.length === 0 && <p className="muted">{t.common.loading}</p>}
        <table className="stock-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className={`sort${sort.key === c.key ? ' sort-on' : ''}`} onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden>{sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              ))}
              <th>
                <span className="sr-only">{t.stock.adjust}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={r.sku.id}
                className={r.sku.id === selected ? 'row-on' : ''}
                onClick={() => setSelected(r.sku.id)}
                data-sku-code={r.sku.code}
              >
                <td>{skuLabel(r)}</td>
                <td className="muted stock-code">
                  {r.sku.code}
                  {r.sku.barcode && <small className="stock-barcode">{r.sku.barcode}</small>}
                </td>
                <td className="num">{r.onHand}</td>
                <td className="num">{r.reserved}</td>
                <td className={`num${r.available <= 0 ? ' urgent' : ''}`}>{r.available}</td>
                <td className="row-action">
                  <button type="button" className="btn" onClick={(e) => (e.stopPropagation(), setSelected(r.sku.id))}>
                    {t.stock.adjust}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {row && <AdjustPanel key={row.sku.id} storeId={storeId} row={row} onAdjusted={replace} onClose={() => setSelected(null)} />}
    </div>
  );
}
