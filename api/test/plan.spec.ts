// The routing query must walk the spatial index by distance and probe stock through its index.
// With enough rows the planner has a real choice; if it stops using either index this fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { named, query } from '../src/common/sql';
import { NEAREST_ELIGIBLE_SQL, nearestEligibleParams } from '../src/modules/routing/routing.repository';
import { startTestApp, type TestApp } from './harness';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Order By'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('routing query plan', () => {
  let t: TestApp;
  let skus: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    // 5,000 stores in a 50 × 50 km box, 200 SKUs, stock on 10 % of pairs.
    await em.execute(`
      INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'PLAN', 'plan');
      INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'PLAN', 'plan', id FROM category WHERE code = 'PLAN';
      INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'PLAN-' || i, p.id, 100 FROM product p, generate_series(1, 200) i WHERE p.code = 'PLAN';
      INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m)
      SELECT gen_random_uuid(), 'P' || i, 'p', '上海', 'x', 31.0 + random() * 0.45, 121.2 + random() * 0.52, 'Asia/Shanghai', 'ACTIVE', true, true, 3000
        FROM generate_series(1, 5000) i;
      INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT s.id, d, 0, 1440 FROM store s, generate_series(1, 7) d;
      INSERT INTO store_stock (store_id, sku_id, on_hand) SELECT s.id, k.id, 5 FROM store s, sku k WHERE random() < 0.1;
      ANALYZE;
    `);
    skus = (await query<{ id: string }>(em, `SELECT id FROM sku ORDER BY code LIMIT 3`, {})).map((r) => r.id);
  });
  afterAll(() => t?.close());

  const explain = async (sql: string) => {
    const params = nearestEligibleParams(
      {
        point: 'SRID=4326;POINT(121.47 31.23)',
        fulfilment: 'PICKUP',
        lines: skus.map((skuId) => ({ skuId, quantity: 1 })),
        at: new Date('2026-11-18T04:00:00Z'),
        radiusM: 10_000,
      },
      1,
    );
    const [text, values] = named(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const [row] = await t.em().execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(text, values);
    return { all: nodes(row!['QUERY PLAN'][0]!.Plan), text: JSON.stringify(row, null, 1) };
  };
  const seqScanOn = (all: PlanNode[], table: string) =>
    all.some((n) => n['Node Type'] === 'Seq Scan' && (n as { 'Relation Name'?: string })['Relation Name'] === table);

  it('walks the GiST index in distance order (KNN) and probes stock by index', async () => {
    const { all, text } = await explain(NEAREST_ELIGIBLE_SQL);
    const knn = all.find((n) => n['Index Name'] === 'store_location_gix');
    expect(knn, text).toBeDefined();
    expect(knn!['Node Type'], text).toBe('Index Scan');
    expect(knn!['Order By'], text).toMatch(/<->/);
    expect(all.some((n) => n['Index Name'] === 'store_stock_pkey' || n['Index Name'] === 'store_stock_sku_store'), text).toBe(true);
    expect(seqScanOn(all, 'store') || seqScanOn(all, 'store_stock'), text).toBe(false);
  });

  it('finds the stores holding a sparse cart through the SKU index, never scanning stock', async () => {
    const { all, text } = await explain(NEAREST_ELIGIBLE_SQL);
    expect(all.some((n) => n['Index Name'] === 'store_stock_sku_store' && /Index Only Scan|Bitmap Index Scan/.test(n['Node Type'])), text).toBe(true);
    expect(all.some((n) => n['Index Name'] === 'store_stock_sku_store'), text).toBe(true);
    expect(seqScanOn(all, 'store_stock'), text).toBe(false);
  });
});
