#!/usr/bin/env node
// bench/settlement: how long the monthly settlement report takes over 1,000,000 ledger entries (goal < 5 s).
// Builds linli_bench_settlement (once; --fresh rebuilds): 300 stores, 198,000 orders handed over in November 2026,
// each posted as the ledger posts a sale (gross, fee, HQ, fulfilling and referring shares: 5 balanced entries),
// and 2,000 refunds after hand-over (5 entries each): 1,000,000 entries. Then it times the report for every store
// and for one store, with the API's own code (api/dist settlementDays), and prints the figure last.
// Usage: npm run bench:settlement [-- --fresh] [-- --runs N]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { benchUrl, ensureDatabase } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { settlementDays } = require('../api/dist/modules/settlement/settlement.repository.js');

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const STORES = 300;
const SALES = 198_000;
const REFUNDS = 2_000;
const ENTRIES = 5 * (SALES + REFUNDS);
const URL_ = benchUrl('linli_bench_settlement');
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

async function build(db) {
  const t0 = performance.now();
  await db.query(`SELECT setseed(0.42)`);
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'S' || lpad(i::text, 4, '0'), 'bench ' || i, '上海', 'x', 31.1 + random() * 0.2, 121.3 + random() * 0.3,
           'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3100
    FROM generate_series(1, ${STORES}) i`);
  await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'bench-shopper'`);
  // Orders paid and handed over through November, each at a random store (the ledger only needs them to exist).
  await db.query(`CREATE TEMP TABLE o AS
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS checkout_id, (SELECT id FROM shopper LIMIT 1) AS shopper_id,
           s.ids[1 + floor(random() * ${STORES})::int] AS store_id, s.ids[1 + floor(random() * ${STORES})::int] AS referring_id,
           (1000 + floor(random() * 30000))::int AS total_fen,
           timestamptz '2026-10-31 16:00:00+00' + random() * interval '30 days' AS at, n
    FROM generate_series(1, ${SALES}) n, (SELECT array_agg(id) AS ids FROM store) s`);
  await db.query(`INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no,
                                        payment_expires_at, paid_fen, paid_at, created_at)
                  SELECT checkout_id, shopper_id, 'k' || n, 'h', 'PAID', 'PICKUP', total_fen, 0, total_fen, 'LLB' || n, at, total_fen, at, at FROM o`);
  await db.query(`INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, distance_m,
                                              contact_name, contact_phone, stock, paid_at, handed_over_at, created_at, updated_at, referring_store_id)
                  SELECT id, checkout_id, shopper_id, store_id, 'PICKUP', 'COMPLETED', total_fen, 0, total_fen, 500, 'b', '1', 'CONSUMED', at, at, at, at, referring_id FROM o`);
  // Sales: fee 0.6 %, fulfilling 15 %, referring 5 %, HQ the rest of the net; each posting sums to zero.
  await db.query(`CREATE TEMP TABLE p AS
    SELECT gen_random_uuid() AS posting_id, o.*, round(total_fen * 0.006)::bigint AS fee,
           floor((total_fen - round(total_fen * 0.006)) * 0.15)::bigint AS f, floor((total_fen - round(total_fen * 0.006)) * 0.05)::bigint AS r
    FROM o`);
  await db.query(
    `INSERT INTO ledger_posting (id, order_id, event_key, kind, received_fen, fee_fen, posted_at) SELECT posting_id, id, 'SALE', 'SALE', total_fen, fee, at FROM p`,
  );
  await db.query(`
    INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at)
    SELECT posting_id, id, 'SALE', x.account, x.role, x.store, x.amount, (at AT TIME ZONE 'Asia/Shanghai')::date, at
    FROM p CROSS JOIN LATERAL (VALUES ('CLEARING', 'GROSS', store_id, -total_fen::bigint), ('FEE', 'FEE', store_id, fee), ('STORE', 'FULFILLING', store_id, f),
                                      ('STORE', 'REFERRING', referring_id, r), ('HQ', 'HQ', store_id, total_fen - fee - f - r)) AS x(account, role, store, amount)`);
  // Refunds after hand-over: the whole order back, a day later, reversing each party exactly.
  await db.query(`CREATE TEMP TABLE rf AS SELECT gen_random_uuid() AS refund_posting, p.* FROM p WHERE n <= ${REFUNDS}`);
  await db.query(`INSERT INTO ledger_posting (id, order_id, event_key, kind, received_fen, fee_fen, posted_at)
                  SELECT refund_posting, id, 'REFUND:' || n, 'REFUND', 0, 0, at + interval '1 day' FROM rf`);
  await db.query(`
    INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at)
    SELECT refund_posting, id, 'REFUND', x.account, x.role, x.store, x.amount, ((at + interval '1 day') AT TIME ZONE 'Asia/Shanghai')::date, at + interval '1 day'
    FROM rf CROSS JOIN LATERAL (VALUES ('CLEARING', 'REFUND', store_id, total_fen::bigint), ('FEE', 'FEE', store_id, -fee), ('STORE', 'FULFILLING', store_id, -f),
                                       ('STORE', 'REFERRING', referring_id, -r), ('HQ', 'HQ', store_id, -(total_fen - fee - f - r))) AS x(account, role, store, amount)`);
  await db.query(`VACUUM ANALYZE`);
  console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  const fresh = await ensureDatabase(URL_, { fresh: args.includes('--fresh') });
  const orm = await openDatabase(URL_);
  await migrate(orm);
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  const have = Number((await db.query(`SELECT count(*) AS n FROM ledger_entry`)).rows[0].n);
  if (fresh || have !== ENTRIES) {
    if (have) throw new Error(`linli_bench_settlement holds ${have} entries, not ${ENTRIES}: run with --fresh`);
    await build(db);
  }
  const [{ n, balanced }] = (
    await db.query(
      `SELECT count(*) AS n, (SELECT count(*) FROM (SELECT 1 FROM ledger_entry GROUP BY posting_id HAVING sum(amount_fen) <> 0) x) = 0 AS balanced FROM ledger_entry`,
    )
  ).rows;
  console.log(
    `ledger: ${Number(n).toLocaleString('en')} entries, every posting balanced: ${balanced}; ${STORES} stores; ${PERIOD.from} to ${PERIOD.to}`,
  );
  const plan = (
    await db.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT store_id, business_day, sum(amount_fen) FROM ledger_entry WHERE business_day BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1, 2`,
    )
  ).rows.map((r) => r['QUERY PLAN']);
  console.log(`plan (core aggregate):\n  ${plan.slice(0, 6).join('\n  ')}`);
  await db.end();

  const time = async (storeId) => {
    const ms = [];
    let rows;
    for (let i = 0; i <= RUNS; i++) {
      const em = orm.em.fork();
      const s = performance.now();
      rows = await settlementDays(em, { ...PERIOD, storeId });
      if (i > 0) ms.push(performance.now() - s); // the first run warms the cache
    }
    ms.sort((a, b) => a - b);
    return { median: ms[Math.floor(ms.length / 2)], max: ms.at(-1), rows };
  };
  const one = await time((await orm.em.fork().execute(`SELECT id FROM store ORDER BY code LIMIT 1`))[0].id);
  console.log(`one store's month: median ${one.median.toFixed(0)} ms (max ${one.max.toFixed(0)} ms), ${one.rows.length} store-days`);
  const all = await time(null);
  const entriesPosted = all.rows.reduce((a, r) => a + r.orders, 0);
  console.log(
    `every store's month: ${all.rows.length} store-days, ${entriesPosted} sales, net payable ${(all.rows.reduce((a, r) => a + r.netPayableFen, 0) / 100).toFixed(2)} yuan`,
  );
  await orm.close();
  console.log(
    `monthly settlement over ${Number(n).toLocaleString('en')} ledger entries (all ${STORES} stores, by day): median ${(all.median / 1000).toFixed(2)} s, max ${(all.max / 1000).toFixed(2)} s over ${RUNS} runs (goal < 5 s)`,
  );
}

await main();
