#!/usr/bin/env node
// bench/dashboard: how long HQ's dashboard takes for a month of 1,000,000 orders (goal < 200 ms).
// Builds linli_bench_dashboard (once; --fresh rebuilds) in SQL: 300 stores, 200 SKUs, 1,000,000 orders paid in
// November 2026 (Asia/Shanghai), half pickup and half delivery, each with 1-3 lines (2,000,000), an ACCEPT and a
// MARK_READY/DISPATCH transition (2,000,000), 2 % re-routed, 3 % refunded, 1 % of pickups collected late, and
// the ledger's sale postings (5 entries) for every fifth order handed over. Then, with the API's own code
// (api/dist DashboardService), it rebuilds the rollups from scratch (every order is marked changed when inserted,
// as the trigger marks them), times the month's dashboard for the chain and for one store, and what a refresh
// costs when one day's orders (about 33,000) have changed. It prints the figure last.
// Usage: npm run bench:dashboard [-- --fresh] [-- --rebuild (mark every order changed)] [-- --runs N]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { benchUrl, ensureDatabase, numberArg, percentile } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { DashboardService } = require('../api/dist/modules/dashboard/dashboard.service.js');

const args = process.argv.slice(2);
const RUNS = numberArg('--runs', 40);
const STORES = 300;
const SKUS = 200;
const ORDERS = 1_000_000;
const TZ = 'Asia/Shanghai';
const URL_ = benchUrl('linli_bench_dashboard');
const MONTH = { from: '2026-11-01', to: '2026-11-30' };

async function step(db, label, sql) {
  const t = performance.now();
  await db.query(sql);
  console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function build(db) {
  const t0 = performance.now();
  await db.query(`SELECT setseed(0.17)`);
  await step(
    db,
    'stores',
    `
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'S' || lpad(i::text, 4, '0'), '门店 ' || i, CASE WHEN i % 3 = 0 THEN '杭州' ELSE '上海' END, 'x',
           31.1 + random() * 0.2, 121.3 + random() * 0.3, '${TZ}', 'ACTIVE', true, true, 3000, 3100
    FROM generate_series(1, ${STORES}) i`,
  );
  await step(
    db,
    'catalog',
    `
    WITH c AS (INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'bench', '测试') RETURNING id),
    p AS (INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'P' || i, '商品 ' || i, c.id FROM generate_series(1, ${SKUS}) i, c RETURNING id, code)
    INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'K' || substr(p.code, 2), p.id, 100 + floor(random() * 5000)::int FROM p`,
  );
  await db.query(`INSERT INTO shopper (id, openid) VALUES (gen_random_uuid(), 'bench-shopper')`);
  await step(
    db,
    'checkouts',
    `
    INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no, payment_expires_at, created_at)
    SELECT gen_random_uuid(), (SELECT id FROM shopper LIMIT 1), 'k' || i, 'h', 'PAID', 'PICKUP', 1000, 0, 1000, 'LLD' || i, now(), now()
    FROM generate_series(1, 1000) i`,
  );
  // Each order's random draws, once: store, fulfilment, amount, minutes to accept and to ready, what became of it.
  // In paid order, so rows lie on disk as a live system writes them (orders, lines and steps of a day together).
  await step(
    db,
    'draws',
    `
    CREATE TEMP TABLE o AS
    SELECT * FROM (SELECT n, gen_random_uuid() AS id, c.ids[1 + n % 1000] AS checkout_id, s.ids[1 + floor(random() * ${STORES})::int] AS store_id,
           s.ids[1 + floor(random() * ${STORES})::int] AS other_store,
           CASE WHEN random() < 0.5 THEN 'PICKUP' ELSE 'DELIVERY' END AS fulfilment,
           (1000 + floor(random() * 20000))::int AS goods,
           timestamptz '2026-10-31 16:00:00+00' + random() * interval '30 days' AS paid_at,
           random() * 8 AS accept_min, random() * 30 AS ready_min, random() * 6 AS pickup_h, random() AS fate
    FROM generate_series(1, ${ORDERS}) n, (SELECT array_agg(id) AS ids FROM store) s, (SELECT array_agg(id) AS ids FROM checkout) c) d
    ORDER BY paid_at`,
  );
  await step(
    db,
    'orders',
    `
    INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, refunded_fen,
                                distance_m, contact_name, contact_phone, stock, rejected_store_ids, paid_at, pickup_deadline, handed_over_at,
                                created_at, updated_at)
    SELECT id, checkout_id, (SELECT id FROM shopper LIMIT 1), store_id, fulfilment,
           CASE WHEN fate < 0.03 THEN 'REFUNDED' WHEN fulfilment = 'PICKUP' THEN 'PICKED_UP' ELSE 'DELIVERED' END,
           goods, CASE WHEN fulfilment = 'DELIVERY' THEN 500 ELSE 0 END, goods + CASE WHEN fulfilment = 'DELIVERY' THEN 500 ELSE 0 END,
           CASE WHEN fate < 0.03 THEN goods + CASE WHEN fulfilment = 'DELIVERY' THEN 500 ELSE 0 END ELSE 0 END,
           800, 'b', '1', 'CONSUMED', CASE WHEN fate > 0.98 THEN ARRAY[other_store] ELSE '{}' END, paid_at,
           CASE WHEN fulfilment = 'PICKUP' THEN paid_at + interval '24 hours' END,
           CASE WHEN fate < 0.03 THEN NULL WHEN fulfilment = 'PICKUP' AND fate < 0.04 THEN paid_at + interval '25 hours'
                ELSE paid_at + (accept_min + ready_min) * interval '1 minute' + pickup_h * interval '1 hour' END,
           paid_at - interval '1 minute', paid_at
    FROM o`,
  );
  await step(
    db,
    'lines',
    `
    INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity, refunded_quantity)
    SELECT gen_random_uuid(), l.order_id, l.position, k.id, k.code, p.name, k.price_fen, l.quantity, CASE WHEN l.refunded THEN l.quantity ELSE 0 END
    FROM (SELECT o.id AS order_id, g AS position, ks.ids[1 + floor(random() * ${SKUS})::int] AS sku_id, 1 + floor(random() * 3)::int AS quantity, o.fate < 0.03 AS refunded
          FROM o CROSS JOIN LATERAL generate_series(1, 1 + o.n % 3) g, (SELECT array_agg(id) AS ids FROM sku) ks) l
    JOIN sku k ON k.id = l.sku_id JOIN product p ON p.id = k.product_id`,
  );
  await step(
    db,
    'transitions',
    `
    INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, at)
    SELECT gen_random_uuid(), o.id, t.f, t.t, t.e, o.store_id, 'bench', t.at
    FROM o CROSS JOIN LATERAL (VALUES
      ('PAID', 'ACCEPTED', 'ACCEPT', o.paid_at + o.accept_min * interval '1 minute'),
      ('ACCEPTED', CASE WHEN o.fulfilment = 'PICKUP' THEN 'READY_FOR_PICKUP' ELSE 'DISPATCHED' END,
       CASE WHEN o.fulfilment = 'PICKUP' THEN 'MARK_READY' ELSE 'DISPATCH' END, o.paid_at + (o.accept_min + o.ready_min) * interval '1 minute')) AS t(f, t, e, at)`,
  );
  // Sales of every fifth order handed over: fee 0.6 %, fulfilling 15 %, referring 5 %, HQ the rest.
  await step(
    db,
    'ledger',
    `
    CREATE TEMP TABLE p AS
    SELECT gen_random_uuid() AS posting_id, o.id, o.store_id, o.other_store, o.paid_at AS at, co.total_fen,
           round(co.total_fen * 0.006)::bigint AS fee, floor((co.total_fen - round(co.total_fen * 0.006)) * 0.15)::bigint AS f,
           floor((co.total_fen - round(co.total_fen * 0.006)) * 0.05)::bigint AS r
    FROM o JOIN customer_order co ON co.id = o.id WHERE o.n % 5 = 0 AND o.fate >= 0.03;
    INSERT INTO ledger_posting (id, order_id, event_key, kind, received_fen, fee_fen, posted_at) SELECT posting_id, id, 'SALE', 'SALE', total_fen, fee, at FROM p;
    INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at)
    SELECT posting_id, id, 'SALE', x.account, x.role, x.store, x.amount, (at AT TIME ZONE '${TZ}')::date, at
    FROM p CROSS JOIN LATERAL (VALUES ('CLEARING', 'GROSS', store_id, -total_fen::bigint), ('FEE', 'FEE', store_id, fee), ('STORE', 'FULFILLING', store_id, f),
                                      ('STORE', 'REFERRING', other_store, r), ('HQ', 'HQ', store_id, total_fen - fee - f - r)) AS x(account, role, store, amount)`,
  );
  await step(db, 'vacuum analyze', `VACUUM ANALYZE`);
  console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return { median: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) };
}

async function main() {
  const fresh = await ensureDatabase(URL_, { fresh: args.includes('--fresh') });
  const orm = await openDatabase(URL_);
  await migrate(orm);
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  const have = Number((await db.query(`SELECT count(*) AS n FROM customer_order`)).rows[0].n);
  if (fresh || have !== ORDERS) {
    if (have) throw new Error(`linli_bench_dashboard holds ${have} orders, not ${ORDERS}: run with --fresh`);
    await build(db);
  }
  if (args.includes('--rebuild')) {
    await db.query(
      `INSERT INTO dashboard_dirty_order (order_id) SELECT id FROM customer_order WHERE paid_at IS NOT NULL ON CONFLICT DO NOTHING`,
    );
    await db.query(`VACUUM ANALYZE dashboard_dirty_order`);
  }
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM order_line) AS lines, (SELECT count(*) FROM order_transition) AS transitions,
                                         (SELECT count(*) FROM ledger_entry) AS entries, (SELECT count(*) FROM dashboard_dirty_order) AS dirty`)
  ).rows[0];
  console.log(
    `${ORDERS.toLocaleString('en')} orders, ${Number(counts.lines).toLocaleString('en')} lines, ${Number(counts.transitions).toLocaleString('en')} transitions, ` +
      `${Number(counts.entries).toLocaleString('en')} ledger entries; ${STORES} stores; ${MONTH.from} to ${MONTH.to} (${TZ})`,
  );

  const clock = { now: () => new Date() };
  const service = (maxAgeSec) => new DashboardService(orm.em.fork(), { chainTimeZone: TZ, dashboardMaxAgeSec: maxAgeSec }, clock);

  // Whatever is marked changed (everything after a build) is rebuilt once, as the first refresh after a deploy would.
  if (Number(counts.dirty) > 0) {
    const t = performance.now();
    const r = await service(0).refresh();
    console.log(
      `rebuild of ${Number(counts.dirty).toLocaleString('en')} changed orders (${r.days.length} days): ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }

  const store = (await db.query(`SELECT id FROM store ORDER BY code LIMIT 1`)).rows[0].id;
  const time = async (storeId) => {
    const ms = [];
    let d;
    for (let i = 0; i <= RUNS; i++) {
      const s = performance.now();
      d = await service(86_400).dashboard({ ...MONTH, storeId });
      if (i > 0) ms.push(performance.now() - s); // the first run warms the cache and prepares the statements
    }
    return { ...stats(ms), d };
  };
  const one = await time(store);
  console.log(`one store's month: median ${one.median.toFixed(1)} ms, p95 ${one.p95.toFixed(1)} ms (${one.d.totals.orders} orders)`);
  const chain = await time(null);
  const t = chain.d.totals;
  console.log(
    `chain month: ${t.orders} orders, GMV ${(t.gmvFen / 100).toFixed(0)} yuan, AOV ${(t.averageOrderFen / 100).toFixed(2)}, delivery ${t.deliveryOrders} / pickup ${t.pickupOrders}, ` +
      `on time ${(t.pickupOnTimeRate * 100).toFixed(1)} %, accept ${t.medianMinutesToAccept} min, ready ${t.medianMinutesToReady} min, rerouted ${(t.reroutedRate * 100).toFixed(1)} %, ` +
      `refunds ${t.refundedOrders}, ${chain.d.stores.length} stores ranked, top ${chain.d.topProducts[0]?.name}`,
  );

  // A busy day's orders all changed since the last refresh: what the next read that refreshes pays.
  const marked = await db.query(`INSERT INTO dashboard_dirty_order (order_id) SELECT id FROM customer_order
    WHERE paid_at >= timestamptz '2026-11-15 00:00:00+08' AND paid_at < timestamptz '2026-11-16 00:00:00+08' ON CONFLICT DO NOTHING`);
  const rs = performance.now();
  await service(0).refresh();
  const refreshMs = performance.now() - rs;
  console.log(`refresh after one day's ${marked.rowCount.toLocaleString('en')} orders changed: ${refreshMs.toFixed(0)} ms`);
  await db.end();
  await orm.close();
  console.log(
    `dashboard for a month of ${ORDERS.toLocaleString('en')} orders (chain-wide, ${STORES} stores ranked, top products, hours, medians): ` +
      `median ${chain.median.toFixed(1)} ms, p95 ${chain.p95.toFixed(1)} ms, max ${chain.max.toFixed(1)} ms over ${RUNS} runs (goal < 200 ms)`,
  );
}

await main();
