// The cluster-key triggers run their function only for rows whose INSERT leaves cluster_id out (20261209f): the hot
// paths name the cluster, and a PL/pgSQL call per row that returns NEW unchanged is CPU for nothing (issue 20).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSkus, makeStore } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';

describe('the cluster-key triggers', () => {
  let t: TestApp;
  let store: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 30.2, lng: 120.2, city: '杭州' })).id;
    [sku] = await makeSkus(t.em(), 1);
  });
  afterAll(() => t?.close());

  it('are called only when an INSERT leaves cluster_id out', async () => {
    const triggers = await query<{ name: string; conditional: boolean }>(
      t.em(),
      `SELECT tg.tgrelid::regclass || '.' || tg.tgname AS name, tg.tgqual IS NOT NULL AS conditional
       FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
       WHERE NOT tg.tgisinternal AND p.proname IN ('cluster_from_parent', 'store_cluster_from_city', 'cluster_from_id')`,
      {},
    );
    expect(triggers.length).toBeGreaterThan(20);
    expect(triggers.filter((tr) => !tr.conditional).map((tr) => tr.name)).toEqual([]);
  });

  it("still fill a row's cluster from its parent when the INSERT leaves it out, and keep one it names", async () => {
    const rows = await query<{ reason: string; cluster_id: string }>(
      t.em(),
      `INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor, created_at)
       VALUES (gen_random_uuid(), :store::uuid, :sku::uuid, 0, 0, 0, 0, 'COUNT', 'test', now()) RETURNING reason, cluster_id`,
      { store, sku },
    );
    expect(rows).toEqual([{ reason: 'COUNT', cluster_id: 'HZ' }]);
    const named = await query<{ cluster_id: string }>(
      t.em(),
      `INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor, created_at, cluster_id)
       VALUES (gen_random_uuid(), :store::uuid, :sku::uuid, 0, 0, 0, 0, 'COUNT', 'test', now(), 'HZ') RETURNING cluster_id`,
      { store, sku },
    );
    expect(named).toEqual([{ cluster_id: 'HZ' }]);
    const city = await query<{ cluster_id: string }>(t.em(), `SELECT cluster_id FROM store WHERE id = :store::uuid`, { store });
    expect(city).toEqual([{ cluster_id: 'HZ' }]);
  });
});
