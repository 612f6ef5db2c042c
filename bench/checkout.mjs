#!/usr/bin/env node
// bench/checkout: checkout throughput (orders/s) and p50/p99 latency through GraphQL over HTTP for 3-line carts
// against the API in its own process, and the flash sale: 2,000 buyers at once for 100 units of one SKU.
// Usage: npm run bench:checkout [-- --orders N] [-- --rates 120,300] [-- --concurrency C]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { BENCH_SECRET, benchUrl, cpuPerOperation, cpuSnapshot, ensureDatabase, graphqlPoster, numberArg, openLoop, startApi, summary } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { issueToken } = require('../api/dist/modules/auth/token.js');
const { mulberry32 } = require('../geo-data/dist/index.js');

const args = process.argv.slice(2);
const ORDERS = numberArg('--orders', 6000);
// Open-loop rates: the goal (300/s) and one inside this machine's capacity, so latency is seen with and without a queue.
const RATES = (args.includes('--rates') ? args[args.indexOf('--rates') + 1] : '120,300').split(',').map(Number);
const CONCURRENCY = numberArg('--concurrency', 8);
const STORES = 60;
const SKUS = 300;
const SHOPPERS = 3000;
const FLASH_BUYERS = 2000;
const FLASH_UNITS = 100;
const URL_ = benchUrl('linli_bench_checkout');

const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename
  ... on CheckoutPlaced { checkout { id totalFen } orders { id } } ... on ErrorResult { errorCode message } } }`;

async function prepare() {
  await ensureDatabase(URL_, { fresh: true });
  const orm = await openDatabase(URL_);
  await migrate(orm);
  await orm.close();
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  await db.query(`SELECT setseed(0.7)`);
  // 60 stores over 12 × 12 km of Shanghai, open all day, delivering 5 km; every SKU in deep stock everywhere.
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'C' || i, 'bench ' || i, '上海', 'x', 31.15 + random() * 0.11, 121.40 + random() * 0.125,
           'Asia/Shanghai', 'ACTIVE', true, true, 5000, 5101
    FROM generate_series(1, ${STORES}) i`);
  await db.query(`INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT id, d, 0, 1440 FROM store, generate_series(1, 7) d`);
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', '测试商品', id FROM category`);
  await db.query(`INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'CS' || i, p.id, 990 + i FROM product p, generate_series(1, ${SKUS + 1}) i`);
  const flashSku = (await db.query(`SELECT id FROM sku WHERE code = 'CS${SKUS + 1}'`)).rows[0].id;
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) SELECT s.id, k.id, 1000000 FROM store s, sku k WHERE k.id <> $1`, [flashSku]);
  const flashStore = (await db.query(`SELECT id FROM store ORDER BY code LIMIT 1`)).rows[0].id;
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) VALUES ($1, $2, ${FLASH_UNITS})`, [flashStore, flashSku]);
  await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'bench-' || i FROM generate_series(1, ${SHOPPERS}) i`);
  await db.query(`VACUUM ANALYZE`);
  const skuIds = (await db.query(`SELECT id FROM sku WHERE id <> $1`, [flashSku])).rows.map((r) => r.id);
  const shopperIds = (await db.query(`SELECT id FROM shopper`)).rows.map((r) => r.id);
  return { db, skuIds, shopperIds, flashSku, flashStore };
}

function cart(rand, skuIds, tokens) {
  const lines = [];
  while (lines.length < 3) {
    const skuId = skuIds[Math.floor(rand() * skuIds.length)];
    if (!lines.some((l) => l.skuId === skuId)) lines.push({ skuId, quantity: 1 + Math.floor(rand() * 2) });
  }
  const delivery = rand() < 0.5;
  const location = { lat: 31.16 + rand() * 0.09, lng: 121.41 + rand() * 0.1, system: 'WGS84' };
  return {
    token: tokens[Math.floor(rand() * tokens.length)],
    input: {
      idempotencyKey: randomUUID(),
      lines,
      fulfilment: delivery ? 'DELIVERY' : 'PICKUP',
      location,
      ...(delivery ? { address: '上海市某路 1 号' } : {}),
      contact: { name: '测试', phone: '13800138000' },
    },
  };
}

/** Closed loop: `concurrency` clients, each sending the next checkout when the last one answered. */
async function closedLoop(post, carts, concurrency) {
  const times = [];
  const outcomes = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < carts.length) {
        const c = carts[next++];
        const s = performance.now();
        const res = await post(CHECKOUT, { input: c.input }, c.token);
        times.push(performance.now() - s);
        const kind = res.errors ? `error:${res.errors[0].message}` : res.data.checkout.__typename;
        outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      }
    }),
  );
  return { times, outcomes, seconds: (performance.now() - t0) / 1000 };
}

/** Open loop: a checkout every 1/rate seconds whatever the answers do, as real shoppers arrive. */
async function openCheckouts(post, carts, rate) {
  const run = await openLoop(carts, rate, async (c) => {
    const res = await post(CHECKOUT, { input: c.input }, c.token);
    return res.errors ? `error:${res.errors[0].message}` : res.data.checkout.__typename;
  });
  return { ...run, times: run.times.map((t) => t.ms) };
}

const { db, skuIds, shopperIds, flashSku, flashStore } = await prepare();
const now = new Date();
const tokens = shopperIds.map((shopperId) => issueToken({ role: 'SHOPPER', shopperId }, BENCH_SECRET, 24 * 3600, now).token);
const rand = mulberry32(7);
const api = await startApi(URL_, { RUN_JOBS: 'false' });
const { post, close } = graphqlPoster(api.port, 256);
try {
  await closedLoop(post, Array.from({ length: 400 }, () => cart(rand, skuIds, tokens)), CONCURRENCY); // warm-up
  // What autovacuum would do on a normal server (it is off on this machine): statistics for tables that were
  // empty when prepared. Otherwise the API's connections keep plans made for empty order tables, and the
  // foreign-key checks on every insert scan them whole, more slowly with every order.
  await db.query(`ANALYZE`);
  const cpuBefore = await cpuSnapshot(db, api.pid);
  const closed = await closedLoop(post, Array.from({ length: ORDERS }, () => cart(rand, skuIds, tokens)), CONCURRENCY);
  const cpu = cpuPerOperation(cpuBefore, await cpuSnapshot(db, api.pid), ORDERS);
  const open = [];
  for (const rate of RATES) open.push({ rate, ...(await openCheckouts(post, Array.from({ length: rate * 20 }, () => cart(rand, skuIds, tokens)), rate)) });

  const buyers = tokens.slice(0, FLASH_BUYERS);
  const flashCarts = buyers.map((token) => ({
    token,
    input: { idempotencyKey: randomUUID(), lines: [{ skuId: flashSku, quantity: 1 }], fulfilment: 'PICKUP', storeId: flashStore, contact: { name: '抢购', phone: '13900139000' } },
  }));
  const flash = await closedLoop(post, flashCarts, 256);
  const [stock] = (await db.query(`SELECT on_hand, reserved FROM store_stock WHERE store_id = $1 AND sku_id = $2`, [flashStore, flashSku])).rows;
  const orders = Number((await db.query(`SELECT count(*) FROM order_line WHERE sku_id = $1`, [flashSku])).rows[0].count);
  const broken = Number((await db.query(`SELECT count(*) FROM store_stock WHERE reserved > on_hand OR on_hand < 0 OR reserved < 0`)).rows[0].count);

  const c = summary(closed.times);
  const f = summary(flash.times);
  console.log(`\ncheckout, 3-line carts (half delivery, half nearest pickup), GraphQL over HTTP, API in its own process:`);
  console.log(`  closed loop, ${CONCURRENCY} clients, ${ORDERS} checkouts: ${(ORDERS / closed.seconds).toFixed(0)} orders/s, ms ${JSON.stringify(c)} ${JSON.stringify(closed.outcomes)}`);
  console.log(`  CPU per checkout in the closed loop: API ${cpu.apiMs.toFixed(2)} ms, PostgreSQL ${cpu.postgresMs.toFixed(2)} ms`);
  for (const run of open) {
    console.log(`  open loop at ${run.rate}/s for 20 s: achieved ${(run.times.length / run.seconds).toFixed(0)} orders/s, ms ${JSON.stringify(summary(run.times))} ${JSON.stringify(run.outcomes)}`);
  }
  console.log(`flash sale: ${FLASH_BUYERS} buyers, ${FLASH_UNITS} units, 256 in flight: ${flash.outcomes.CheckoutPlaced ?? 0} winners in ${flash.seconds.toFixed(2)} s, ms ${JSON.stringify(f)} ${JSON.stringify(flash.outcomes)}`);
  console.log(`  stock after: on hand ${stock.on_hand}, reserved ${stock.reserved}; ${orders} order lines for the SKU; ${broken} stock rows out of bounds`);
  console.log(
    `\ncheckout ${(ORDERS / closed.seconds).toFixed(0)} orders/s (closed loop, p99 ${c.p99} ms); ${open.map((r) => `p99 ${summary(r.times).p99} ms at ${r.rate}/s`).join(', ')}; flash sale ${flash.outcomes.CheckoutPlaced ?? 0} winners of ${FLASH_BUYERS} for ${FLASH_UNITS} units`,
  );
} finally {
  close();
  await api.stop();
  await db.end();
}
