// A store's stock by sheet over HTTP: per-row Chinese errors and nothing applied, the valid-rows choice, the same
// file twice changes nothing, every change journaled as IMPORT, the export reads back as a no-op; a clerk only
// for their own store.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const HEADER = 'SKU编码,商品名称,规格,在库数量';

describe("a store's stock sheet (CSV)", () => {
  let t: TestApp;
  let storeId: string;
  let otherStore: string;
  let codes: string[];
  let ids: string[];
  beforeAll(async () => {
    t = await startTestApp();
    storeId = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    otherStore = (await makeStore(t.em(), { lat: 31.24, lng: 121.48 })).id;
    ids = await makeSkus(t.em(), 3);
    codes = (
      await query<{ code: string }>(t.em(), `SELECT code FROM sku WHERE id = ANY(:ids::uuid[]) ORDER BY code`, { ids: `{${ids}}` })
    ).map((r) => r.code);
    ids = (await query<{ id: string }>(t.em(), `SELECT id FROM sku WHERE code = ANY(:c::text[]) ORDER BY code`, { c: `{${codes}}` })).map(
      (r) => r.id,
    );
    await setStock(t.em(), storeId, ids[0]!, 5);
  });
  afterAll(() => t?.close());

  const upload = (csv: string, applyValidRows = false, token = t.tokens.clerk(storeId), store = storeId) =>
    request(t.app)
      .post(`/stores/${store}/stock/import${applyValidRows ? '?applyValidRows=1' : ''}`)
      .set('authorization', `Bearer ${token}`)
      .type('text/csv')
      .send(Buffer.from(csv, 'utf8'));
  const state = async () =>
    query<{ code: string; on_hand: number; moves: number }>(
      t.em(),
      `SELECT k.code, ss.on_hand, (SELECT count(*)::int FROM stock_movement m WHERE m.store_id = ss.store_id AND m.sku_id = k.id) AS moves
         FROM store_stock ss JOIN sku k ON k.id = ss.sku_id WHERE ss.store_id = :s::uuid ORDER BY k.code`,
      { s: storeId },
    );

  it('reports each bad row in Chinese and applies nothing; then the valid rows when asked; the same file again is a no-op', async () => {
    const csv = [HEADER, `${codes[0]},,,12`, `${codes[1]},,,7`, `NO-SUCH-SKU,,,3`, `${codes[2]},,,-1`].join('\n') + '\n';
    const before = await state();
    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { line: 4, message: '没有编码为 NO-SUCH-SKU 的 SKU' },
      { line: 5, message: '在库数量“-1”不对：应为 0 或正整数' },
    ]);
    expect(await state()).toEqual(before);

    const applied = await upload(csv, true);
    expect(applied.body).toMatchObject({ applied: true, changed: 2 });
    const after = await state();
    expect(after).toEqual([
      { code: codes[0], on_hand: 12, moves: 2 },
      { code: codes[1], on_hand: 7, moves: 1 },
    ]);
    const [move] = await query<{ reason: string; delta_on_hand: number }>(
      t.em(),
      `SELECT reason, delta_on_hand FROM stock_movement WHERE store_id = :s::uuid AND sku_id = :k::uuid AND reason = 'IMPORT'`,
      { s: storeId, k: ids[0] },
    );
    expect(move).toEqual({ reason: 'IMPORT', delta_on_hand: 7 });

    expect((await upload(csv, true)).body).toMatchObject({ applied: true, changed: 0 });
    expect(await state()).toEqual(after);
  });

  it('exports the stock as a sheet that reads back as a no-op', async () => {
    const out = await request(t.app).get(`/stores/${storeId}/stock/export`).set('authorization', `Bearer ${t.tokens.hq()}`).buffer(true);
    expect(out.status).toBe(200);
    expect(out.text).toContain(`${codes[0]},Test product,,12`);
    const before = await state();
    expect((await upload(out.text)).body).toMatchObject({ errors: [], applied: true, changed: 0 });
    expect(await state()).toEqual(before);
  });

  it('lets a clerk in for their own store only, HQ for any', async () => {
    expect((await upload(`${HEADER}\n`, false, t.tokens.clerk(storeId), otherStore)).status).toBe(403);
    expect(
      (
        await request(t.app)
          .get(`/stores/${otherStore}/stock/export`)
          .set('authorization', `Bearer ${t.tokens.clerk(storeId)}`)
      ).status,
    ).toBe(403);
    expect((await upload(`${HEADER}\n`, false, t.tokens.hq(), otherStore)).status).toBe(200);
  });
});
