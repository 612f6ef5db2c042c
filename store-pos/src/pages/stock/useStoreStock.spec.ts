import { expect, it } from 'vitest';
import type { StockRowFragment } from '../../generated/graphql';
import { matches, scanned, sortRows } from './useStoreStock';

const row = (name: string, code: string, available: number): StockRowFragment => ({
  onHand: available + 1,
  reserved: 1,
  available,
  updatedAt: '2026-12-06T00:00:00Z',
  sku: { id: code, code, barcode: code === 'SKU-2' ? '0036000291452' : null, priceFen: 100, attributes: [], product: { id: name, name } },
});
const rows = [row('可口可乐', 'SKU-3', 5), row('百事可乐', 'SKU-1', 0), row('农夫山泉', 'SKU-2', 5)];

it('sorts stock by name in pinyin order, by a figure either way, ties by name', () => {
  expect(sortRows(rows, { key: 'name', ascending: true }).map((r) => r.sku.product.name)).toEqual(['百事可乐', '可口可乐', '农夫山泉']);
  expect(sortRows(rows, { key: 'available', ascending: true }).map((r) => r.sku.code)).toEqual(['SKU-1', 'SKU-3', 'SKU-2']);
  expect(sortRows(rows, { key: 'available', ascending: false }).map((r) => r.sku.code)).toEqual(['SKU-3', 'SKU-2', 'SKU-1']);
  expect(sortRows(rows, { key: 'code', ascending: false }).map((r) => r.sku.code)).toEqual(['SKU-3', 'SKU-2', 'SKU-1']);
});

it('finds a SKU by the barcode a scanner types, EAN-13 or UPC-A', () => {
  expect(scanned(rows, '0036000291452')?.sku.code).toBe('SKU-2');
  expect(scanned(rows, '036000291452\n')?.sku.code).toBe('SKU-2');
  expect(scanned(rows, 'sku-3')?.sku.code).toBe('SKU-3');
  expect(scanned(rows, '036000291453')).toBeUndefined();
  expect(rows.filter((r) => matches(r, '036000291452')).map((r) => r.sku.code)).toEqual(['SKU-2']);
});
