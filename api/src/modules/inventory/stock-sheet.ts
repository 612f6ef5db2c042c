// A store's stock sheet (CSV, one SKU a row): the SKU code and the count on hand; name and spec are there for
// the reader and ignored on the way in. Rows are checked alone here, against the database in the service.
import { numberedRows, type RowError } from '../catalog/catalog-import-sheet';

export const STOCK_SHEET_HEADER = ['SKU编码', '商品名称', '规格', '在库数量'] as const;

export interface StockSheetRow {
  line: number;
  skuCode: string;
  onHand: number;
}

export function readStockSheet(
  parsed: readonly (readonly string[])[],
): { lines: number; rows: StockSheetRow[]; errors: RowError[] } | { fatal: string } {
  const table = numberedRows(parsed);
  const header = table[0]?.fields.map((h) => h.trim());
  if (!header || STOCK_SHEET_HEADER.some((h, i) => header[i] !== h))
    return { fatal: `表头应为：${STOCK_SHEET_HEADER.join(',')}（请下载模板）` };
  const rows: StockSheetRow[] = [];
  const errors: RowError[] = [];
  const first = new Map<string, number>();
  table.slice(1).forEach(({ line, fields: f }) => {
    const skuCode = (f[0] ?? '').trim();
    const count = (f[3] ?? '').trim();
    const problems: string[] = [];
    if (!skuCode) problems.push('SKU编码不能为空');
    if (!/^\d{1,9}$/.test(count)) problems.push(`在库数量“${count}”不对：应为 0 或正整数`);
    const seen = first.get(skuCode);
    if (skuCode && seen) problems.push(`SKU编码 ${skuCode} 与第 ${seen} 行重复`);
    else if (skuCode) first.set(skuCode, line);
    if (problems.length) errors.push({ line, message: problems.join('；') });
    else rows.push({ line, skuCode, onHand: Number(count) });
  });
  return { lines: table.length - 1, rows, errors };
}
