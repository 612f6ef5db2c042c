// The products/SKUs/prices sheet (CSV, one SKU a row): parsed and each row checked on its own, before the
// database is asked anything. Row numbers are the file's line numbers (the header is line 1).
import { normalizeBarcode } from './barcode';
import { checkSpecMatrix, type SpecDimension } from './spec-matrix';

export const PRODUCT_SHEET_HEADER = ['商品编码', '商品名称', '分类编码', '单位', 'SKU编码', '规格', '条码', '价格(元)'] as const;
const MAX_PRICE_FEN = 100_000_000;

export interface SheetRow {
  line: number;
  productCode: string;
  productName: string;
  categoryCode: string;
  unit: string;
  skuCode: string;
  attributes: Record<string, string>;
  barcode: string | null;
  priceFen: number;
}

export interface RowError {
  line: number;
  message: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a UTF-8 BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows;
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (rows: readonly (readonly string[])[]) => '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** "规格=500ml;口味=原味" → { 规格: '500ml', 口味: '原味' }; null when a part has no "=". */
function parseAttributes(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const part of text
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.search(/[=＝]/);
    if (at <= 0 || !part.slice(at + 1).trim()) return null;
    out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

export const formatAttributes = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');

/** Yuan as typed ("12.5", "12.50") to fen; null unless a positive amount with at most two decimals. */
function yuanToFen(text: string): number | null {
  if (!/^\d+(\.\d{1,2})?$/.test(text.trim())) return null;
  const [whole, frac = ''] = text.trim().split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return fen > 0 && fen <= MAX_PRICE_FEN ? fen : null;
}

export const fenToYuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** Every row checked alone, then the rows of one product together (same name, category, unit; a full spec matrix). */
/** The non-blank rows with their line numbers in the file (1-based: the header is usually line 1). */
export function numberedRows(table: readonly (readonly string[])[]): { line: number; fields: readonly string[] }[] {
  return table.flatMap((fields, i) => (fields?.some((f) => f.trim()) ? [{ line: i + 1, fields }] : []));
}

export function readProductSheet(
  parsed: readonly (readonly string[])[],
): { lines: number; rows: SheetRow[]; errors: RowError[] } | { fatal: string } {
  const table = numberedRows(parsed);
  const header = table[0]?.fields.map((h) => h.trim());
  if (!header || PRODUCT_SHEET_HEADER.some((h, i) => header[i] !== h))
    return { fatal: `表头应为：${PRODUCT_SHEET_HEADER.join(',')}（请下载模板）` };
  const rows: SheetRow[] = [];
  const errors: RowError[] = [];
  table.slice(1).forEach(({ line, fields: f }) => {
    const [productCode, productName, categoryCode, unit, skuCode, spec, barcodeText, price] = PRODUCT_SHEET_HEADER.map((_, j) =>
      (f[j] ?? '').trim(),
    );
    const problems: string[] = [];
    if (!productCode) problems.push('商品编码不能为空');
    if (!productName) problems.push('商品名称不能为空');
    if (!categoryCode) problems.push('分类编码不能为空');
    if (!skuCode) problems.push('SKU编码不能为空');
    const attributes = parseAttributes(spec!);
    if (!attributes) problems.push('规格应写成“规格=500ml;口味=原味”');
    let barcode: string | null = null;
    if (barcodeText) {
      const check = normalizeBarcode(barcodeText);
      if (check.ok) barcode = check.ean13;
      else problems.push(check.reason);
    }
    const priceFen = yuanToFen(price!);
    if (!price) problems.push('价格不能为空');
    else if (priceFen === null) problems.push(`价格“${price}”不对：应为大于 0 的金额，最多两位小数`);
    if (problems.length) errors.push({ line, message: problems.join('；') });
    else
      rows.push({
        line,
        productCode: productCode!,
        productName: productName!,
        categoryCode: categoryCode!,
        unit: unit || '件',
        skuCode: skuCode!,
        attributes: attributes!,
        barcode,
        priceFen: priceFen!,
      });
  });
  return { lines: table.length - 1, rows, errors: [...errors, ...crossRowErrors(rows)] };
}

function crossRowErrors(rows: SheetRow[]): RowError[] {
  const errors: RowError[] = [];
  const firstSku = new Map<string, number>();
  const firstBarcode = new Map<string, number>();
  for (const r of rows) {
    const seen = firstSku.get(r.skuCode);
    if (seen) errors.push({ line: r.line, message: `SKU编码 ${r.skuCode} 与第 ${seen} 行重复` });
    else firstSku.set(r.skuCode, r.line);
    if (r.barcode) {
      const held = firstBarcode.get(r.barcode);
      if (held) errors.push({ line: r.line, message: `条码 ${r.barcode} 与第 ${held} 行重复` });
      else firstBarcode.set(r.barcode, r.line);
    }
  }
  for (const group of groupByProduct(rows).values()) {
    const head = group[0]!;
    for (const r of group.slice(1))
      if (r.productName !== head.productName || r.categoryCode !== head.categoryCode || r.unit !== head.unit)
        errors.push({ line: r.line, message: `同一商品 ${head.productCode} 的名称、分类、单位应与第 ${head.line} 行一致` });
    const matrix = checkSpecMatrix(
      specsOf(group),
      group.map((r) => r.attributes),
    );
    if (!matrix.ok)
      for (const r of group) errors.push({ line: r.line, message: `商品 ${head.productCode} 的规格不完整：${matrix.problem}` });
  }
  return errors;
}

export function groupByProduct(rows: readonly SheetRow[]): Map<string, SheetRow[]> {
  const groups = new Map<string, SheetRow[]>();
  for (const r of rows) groups.set(r.productCode, [...(groups.get(r.productCode) ?? []), r]);
  return groups;
}

/** The product's dimensions in first-seen order, each with its values in first-seen order. */
export function specsOf(group: readonly SheetRow[]): SpecDimension[] {
  const dims = new Map<string, string[]>();
  for (const r of group)
    for (const [k, v] of Object.entries(r.attributes)) {
      const values = dims.get(k) ?? [];
      if (!values.includes(v)) values.push(v);
      dims.set(k, values);
    }
  return [...dims].map(([name, values]) => ({ name, values }));
}
