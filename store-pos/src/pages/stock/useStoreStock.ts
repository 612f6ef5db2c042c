// Every stock level of the store (pages of 100, a store carries a few hundred SKUs), so finding by name or
// code is instant at the counter. Refreshed after each adjustment.
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { StoreStockPageDocument, type StockRowFragment } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';

const MAX_PAGES = 20;

export function useStoreStock(storeId: string) {
  const client = useClient();
  const [rows, setRows] = useState<StockRowFragment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    const all: StockRowFragment[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.query(StoreStockPageDocument, { storeId, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!res.data) {
        setError(describeFault(res.error));
        break;
      }
      all.push(...res.data.storeStock.nodes);
      if (!res.data.storeStock.pageInfo.hasNextPage) break;
      after = res.data.storeStock.pageInfo.endCursor ?? null;
    }
    setRows(all);
    setLoading(false);
  }, [client, storeId]);

  useEffect(() => {
    if (storeId) void load();
  }, [load, storeId]);

  /** One row replaced in place, as adjustStock returns it. */
  const replace = (row: StockRowFragment) => setRows((rs) => rs.map((r) => (r.sku.id === row.sku.id ? row : r)));
  return { rows, error, loading, reload: load, replace };
}

/** A scanned barcode in its stored form: a UPC-A (12 digits) is its EAN-13 with a leading 0. */
export const barcodeKey = (text: string) => (/^\d{12}$/.test(text.trim()) ? `0${text.trim()}` : text.trim());

/** The row a scanner's code names exactly: its SKU code or its barcode (EAN-13 or UPC-A). */
export function scanned(rows: StockRowFragment[], typed: string): StockRowFragment | undefined {
  const code = typed.trim().toLowerCase();
  return rows.find((r) => r.sku.code.toLowerCase() === code || (r.sku.barcode && r.sku.barcode === barcodeKey(typed)));
}

export function matches(row: StockRowFragment, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    row.sku.code.toLowerCase().includes(q) ||
    // A UPC-A is stored with a leading 0, so its 12 digits are inside the stored 13.
    (!!row.sku.barcode && row.sku.barcode.includes(q)) ||
    row.sku.product.name.toLowerCase().includes(q) ||
    row.sku.attributes.some((a) => a.value.toLowerCase().includes(q))
  );
}

export function skuLabel(row: StockRowFragment): string {
  const spec = row.sku.attributes.map((a) => a.value).join(' / ');
  return spec ? `${row.sku.product.name}（${spec}）` : row.sku.product.name;
}

export type StockSortKey = 'name' | 'code' | 'onHand' | 'reserved' | 'available';
export interface StockSort {
  key: StockSortKey;
  ascending: boolean;
}

const byName = new Intl.Collator('zh-CN');

/** Rows in the order the clerk asked for; ties fall back to the name, so the order never jumps about. */
export function sortRows(rows: StockRowFragment[], sort: StockSort): StockRowFragment[] {
  const dir = sort.ascending ? 1 : -1;
  const name = (a: StockRowFragment, b: StockRowFragment) => byName.compare(skuLabel(a), skuLabel(b));
  const key = sort.key;
  const cmp =
    key === 'name'
      ? name
      : key === 'code'
        ? (a: StockRowFragment, b: StockRowFragment) => a.sku.code.localeCompare(b.sku.code)
        : (a: StockRowFragment, b: StockRowFragment) => a[key] - b[key];
  return [...rows].sort((a, b) => dir * cmp(a, b) || name(a, b));
}
