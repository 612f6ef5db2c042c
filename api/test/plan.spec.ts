// The routing query must walk the spatial index by distance and probe stock through its index. With enough rows
// the planner has a real choice; if it stops using either index this fails. The plan checked is the one production
// gets: the statement the API sends for a routeCart request (its text and values, caught as they are sent), prepared
// on a connection with the API's own session settings, so PostgreSQL answers with its generic plan, as it does in
// production (plan_cache_mode = force_generic_plan).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, watchStatements, type SentStatement } from '../src/common/sql';
import { ormOptions } from '../src/database';
import { RouteCartDocument } from './generated/graphql';
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

  /** The routing statement a routeCart request sends: the one ordering stores by distance (<->). */
  async function productionStatement(): Promise<SentStatement> {
    const seen: SentStatement[] = [];
    const stop = watchStatements((st) => seen.push(st));
    try {
      await t.ok(RouteCartDocument, {
        input: {
          fulfilment: 'PICKUP',
          location: { lat: 31.23, lng: 121.47, system: 'WGS84' },
          lines: skus.map((skuId) => ({ skuId, quantity: 1 })),
        },
      });
    } finally {
      stop();
    }
    const knn = seen.filter((st) => st.text.includes('<->'));
    expect(knn.length, seen.map((st) => st.text.slice(0, 80)).join('\n')).toBeGreaterThan(0);
    return knn[0]!;
  }

  /** Its plan as production gets it: prepared (named) on a connection with the API's session settings, then run. */
  const explain = async () => {
    const statement = await productionStatement();
    expect(statement.name, 'production prepares it').toBeTruthy();
    const options = (ormOptions(t.config.databaseUrl).driverOptions as { connection: { options: string } }).connection.options;
    const client = new pg.Client({ connectionString: t.config.databaseUrl, options });
    await client.connect();
    try {
      const mode = (await client.query<{ plan_cache_mode: string }>('SHOW plan_cache_mode')).rows[0]!.plan_cache_mode;
      await client.query(`PREPARE routing AS ${statement.text}`);
      const args = statement.values!.map((v) =>
        v === null ? 'NULL' : typeof v === 'number' ? String(v) : client.escapeLiteral(String(v)),
      );
      const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (FORMAT JSON) EXECUTE routing(${args.join(', ')})`,
      );
      const text = JSON.stringify(rows[0], null, 1);
      return { all: nodes(rows[0]!['QUERY PLAN'][0]!.Plan), text, mode };
    } finally {
      await client.end();
    }
  };
  const seqScanOn = (all: PlanNode[], table: string) =>
    all.some((n) => n['Node Type'] === 'Seq Scan' && (n as { 'Relation Name'?: string })['Relation Name'] === table);

  it('walks the GiST index in distance order (KNN) and probes stock by index', async () => {
    const { all, text, mode } = await explain();
    // The generic plan: the values stay parameters ($1 …) in it, as they do for every call in production.
    expect(mode).toBe('force_generic_plan');
    expect(text).toMatch(/\$\d/);
    const knn = all.find((n) => n['Index Name'] === 'store_location_gix');
    expect(knn, text).toBeDefined();
    expect(knn!['Node Type'], text).toBe('Index Scan');
    expect(knn!['Order By'], text).toMatch(/<->/);
    expect(
      all.some((n) => n['Index Name'] === 'store_stock_pkey' || n['Index Name'] === 'store_stock_sku_store'),
      text,
    ).toBe(true);
    expect(seqScanOn(all, 'store') || seqScanOn(all, 'store_stock'), text).toBe(false);
  });

  it('finds the stores holding a sparse cart through the SKU index, never scanning stock', async () => {
    const { all, text } = await explain();
    expect(
      all.some((n) => n['Index Name'] === 'store_stock_sku_store' && /Index Only Scan|Bitmap Index Scan/.test(n['Node Type'])),
      text,
    ).toBe(true);
    expect(
      all.some((n) => n['Index Name'] === 'store_stock_sku_store'),
      text,
    ).toBe(true);
    expect(seqScanOn(all, 'store_stock'), text).toBe(false);
  });
});
