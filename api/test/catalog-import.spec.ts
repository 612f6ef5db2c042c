// Bulk import of the products/SKUs/prices sheet over HTTP: every row checked with a Chinese error per row, a
// sheet with errors applies nothing unless the valid rows are asked for, the same file twice changes nothing,
// and the export reads back in as a no-op. Only HQ may.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { ean13CheckDigit } from '../src/modules/catalog/barcode';
import { uniqueCode } from './fixtures';
import { SaveCategoryDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';

const HEADER = '商品编码,商品名称,分类编码,单位,SKU编码,规格,条码,价格(元)';
let serial = 100000;
const barcode = () => {
  const first12 = `690${String(++serial).padStart(9, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
};

describe('catalog import and export (CSV)', () => {
  let t: TestApp;
  let cat: string;
  beforeAll(async () => {
    t = await startTestApp();
    cat = uniqueCode('IMP');
    const { saveCategory } = await t.ok(SaveCategoryDocument, { input: { code: cat, name: '导入' } }, t.tokens.hq());
    if (saveCategory.__typename !== 'Category') throw new Error('category');
  });
  afterAll(() => t?.close());

  const upload = (csv: string, applyValidRows = false, token = t.tokens.hq()) =>
    request(t.app)
      .post(`/catalog/import/products${applyValidRows ? '?applyValidRows=1' : ''}`)
      .set('authorization', `Bearer ${token}`)
      .type('text/csv')
      .send(Buffer.from(csv, 'utf8'));

  const counts = async () => {
    const [row] = await query<{ products: number; skus: number; prices: number; audit: number }>(
      t.em(),
      `SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM sku) AS skus,
              (SELECT count(*)::int FROM sku_price) AS prices, (SELECT count(*)::int FROM catalog_audit WHERE action = 'catalog.import') AS audit`,
      {},
    );
    return row!;
  };

  function sheet() {
    const good = uniqueCode('G');
    const bad = uniqueCode('B');
    const lines = [
      HEADER,
      `${good},"好商品, 两种口味",${cat},瓶,${good}-1,口味=原味,${barcode()},3.5`,
      `${good},"好商品, 两种口味",${cat},瓶,${good}-2,口味=柠檬,${barcode()},3.80`,
      `${bad}-a,坏条码,${cat},件,${bad}-a1,,6901234567890,2`,
      `${bad}-b,零价格,${cat},件,${bad}-b1,,,0`,
      `${bad}-c,没有分类,NO-SUCH-${bad},件,${bad}-c1,,,1`,
      `${bad}-d,缺规格,${cat},件,${bad}-d1,规格=大;颜色=红,,1`,
      `${bad}-d,缺规格,${cat},件,${bad}-d2,规格=小;颜色=蓝,,1`,
    ];
    return { csv: lines.join('\r\n') + '\r\n', good, bad };
  }

  it('answers a Chinese error for every bad row and applies nothing', async () => {
    const { csv, good } = sheet();
    const before = await counts();
    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.body.applied).toBe(false);
    expect(res.body.rows).toBe(7);
    const byLine = new Map<number, string>((res.body.errors as { line: number; message: string }[]).map((e) => [e.line, e.message]));
    expect([...byLine.keys()].sort()).toEqual([4, 5, 6, 7, 8]);
    expect(byLine.get(4)).toContain('条码校验位不对');
    expect(byLine.get(5)).toContain('价格');
    expect(byLine.get(6)).toContain('没有编码为');
    expect(byLine.get(7)).toContain('规格不完整');
    expect(await counts()).toEqual(before);
    const [found] = await query<{ n: number }>(t.em(), `SELECT count(*)::int AS n FROM product WHERE code = :c::text`, { c: good });
    expect(found!.n).toBe(0);
  });

  it('applies the valid rows when asked, and the same file again changes nothing', async () => {
    const { csv, good, bad } = sheet();
    const before = await counts();
    const res = await upload(csv, true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: true, productsCreated: 1, skusCreated: 2 });
    expect(res.body.errors).toHaveLength(5);
    const skus = await query<{ code: string; price_fen: number; attributes: Record<string, string>; status: string }>(
      t.em(),
      `SELECT k.code, k.price_fen, k.attributes, p.status FROM sku k JOIN product p ON p.id = k.product_id
        WHERE p.code = :good::text OR p.code LIKE :bad::text ORDER BY k.code`,
      { good, bad: `${bad}%` },
    );
    expect(skus).toEqual([
      { code: `${good}-1`, price_fen: 350, attributes: { 口味: '原味' }, status: 'DRAFT' },
      { code: `${good}-2`, price_fen: 380, attributes: { 口味: '柠檬' }, status: 'DRAFT' },
    ]);
    const after = await counts();
    expect(after).toEqual({ products: before.products + 1, skus: before.skus + 2, prices: before.prices + 2, audit: before.audit + 1 });

    const again = await upload(csv, true);
    expect(again.body).toMatchObject({ applied: true, productsCreated: 0, productsUpdated: 0, skusCreated: 0, skusUpdated: 0 });
    expect(await counts()).toEqual(after);
  });

  it('changes a price by re-import (with its history) and exports a sheet that reads back as a no-op', async () => {
    const code = uniqueCode('R');
    const bc = barcode();
    const first = `${HEADER}\n${code},改价商品,${cat},盒,${code}-1,,${bc},10\n`;
    expect((await upload(first)).body).toMatchObject({ applied: true, productsCreated: 1, skusCreated: 1 });
    const second = await upload(first.replace(/,10\n$/, ',12.5\n'));
    expect(second.body).toMatchObject({ applied: true, productsUpdated: 0, skusUpdated: 1 });
    const prices = await query<{ price_fen: number }>(
      t.em(),
      `SELECT p.price_fen FROM sku_price p JOIN sku k ON k.id = p.sku_id WHERE k.code = :c::text AND p.store_id IS NULL ORDER BY p.created_at`,
      { c: `${code}-1` },
    );
    expect(prices.map((p) => p.price_fen)).toEqual([1000, 1250]);

    const exported = await request(t.app).get('/catalog/export/products').set('authorization', `Bearer ${t.tokens.hq()}`).buffer(true);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const text = exported.text;
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
    expect(text).toContain(`${code},改价商品,${cat},盒,${code}-1,,${bc},12.5`);
    const before = await counts();
    const back = await upload(text);
    expect(back.body).toMatchObject({ errors: [], applied: true, productsCreated: 0, productsUpdated: 0, skusCreated: 0, skusUpdated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reads and writes .xlsx the same way: per-row errors, and an exported workbook reads back as a no-op', async () => {
    const code = uniqueCode('X');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('商品');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([code, '表格商品', cat, '袋', `${code}-1`, '', barcode(), 4.2]);
    sheet.addRow([]);
    sheet.addRow([`${code}-bad`, '坏价格', cat, '袋', `${code}-bad-1`, '', '', -3]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const before = await counts();
    const res = await request(t.app)
      .post('/catalog/import/products')
      .set('authorization', `Bearer ${t.tokens.hq()}`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(xlsx);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ line: 4, message: '价格“-3”不对：应为大于 0 的金额，最多两位小数' }]);
    expect(await counts()).toEqual(before);
    const applied = await request(t.app)
      .post('/catalog/import/products?applyValidRows=1')
      .set('authorization', `Bearer ${t.tokens.hq()}`)
      .type('application/octet-stream')
      .send(xlsx);
    expect(applied.body).toMatchObject({ applied: true, productsCreated: 1, skusCreated: 1 });

    const exported = await request(t.app)
      .get('/catalog/export/products?format=xlsx')
      .set('authorization', `Bearer ${t.tokens.hq()}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const readBack = new ExcelJS.Workbook();
    await readBack.xlsx.load(exported.body as never);
    const rows = readBack.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r[1] === code && r[8] === '4.20')).toBe(true);
    const again = await counts();
    const back = await request(t.app)
      .post('/catalog/import/products')
      .set('authorization', `Bearer ${t.tokens.hq()}`)
      .type('application/octet-stream')
      .send(exported.body as Buffer);
    expect(back.body).toMatchObject({ errors: [], applied: true, productsCreated: 0, productsUpdated: 0, skusCreated: 0, skusUpdated: 0 });
    expect(await counts()).toEqual(again);
  });

  it('serves the template, refuses a sheet without the header, and lets only HQ in', async () => {
    const tpl = await request(t.app).get('/catalog/import/products/template').set('authorization', `Bearer ${t.tokens.hq()}`);
    expect(tpl.status).toBe(200);
    expect(tpl.text).toContain(HEADER);
    const wrong = await upload('名称,价格\n可乐,3\n');
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain('表头');
    expect((await upload(`${HEADER}\n`, false, t.tokens.clerk(randomUUID()))).status).toBe(403);
    expect((await request(t.app).get('/catalog/export/products')).status).toBe(401);
  });
});
