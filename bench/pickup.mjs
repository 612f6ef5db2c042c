#!/usr/bin/env node
// bench/pickup: verifyPickup through GraphQL over HTTP against the API in its own process, open loop at a fixed
// arrival rate (default 200/s for 20 s), each request a different ready pickup order's code (half typed, half
// QR), with a few wrong codes from other clerks mixed in. Prints p50/p99 and the rate achieved; the figure last.
// Usage: npm run bench:pickup [-- --rate 200] [-- --seconds 20]
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { BENCH_SECRET, benchUrl, cpuPerOperation, cpuSnapshot, ensureDatabase, graphqlPoster, numberArg, openLoop, percentile, startApi, summary } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { loadConfig } = require('../api/dist/common/config.js');
const { issueToken } = require('../api/dist/modules/auth/token.js');
const { codeHash, derivePickupKeys, drawCode, sealCode, signQrToken } = require('../api/dist/modules/pickup/pickup-code.js');

const RATE = numberArg('--rate', 200);
const SECONDS = numberArg('--seconds', 20);
const WARMUP = 600;
// A chain's worth of counters: 200 hand-overs a second is already ~2 a second at each of 100 stores.
const STORES = 100;
const SKUS = 20;
const CLERKS_PER_STORE = 4;
/** One request in this many is a wrong code from a clerk of its own (spread, so nobody is locked out). */
const WRONG_EVERY = 50;
const URL_ = benchUrl('linli_bench_pickup');

const VERIFY = `mutation V($input: PickupProofInput!) { verifyPickup(input: $input) { __typename
  ... on PickupVerified { orderId pickedUpAt } ... on ErrorResult { errorCode message } } }`;

async function prepare(orderCount) {
  await ensureDatabase(URL_, { fresh: true });
  const orm = await openDatabase(URL_);
  await migrate(orm);
  await orm.close();
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'P' || i, 'bench ' || i, '上海', 'x', 31.15 + i * 0.004, 121.40 + i * 0.004, 'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3100
    FROM generate_series(1, ${STORES}) i`);
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', '测试商品', id FROM category`);
  const skus = (await db.query(`INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'PS' || i, p.id, 1990 FROM product p, generate_series(1, ${SKUS}) i RETURNING id`)).rows.map((r) => r.id);
  const stores = (await db.query(`SELECT id FROM store ORDER BY code`)).rows.map((r) => r.id);
  const shoppers = (await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'bench-' || i FROM generate_series(1, 500) i RETURNING id`)).rows.map((r) => r.id);
  // HQ's split rules as a chain would have them: a default, a pickup rule and a store group's rule (half the
  // stores), published; every order keeps this rule set, and half have a referring store (一客一码).
  await db.query(`INSERT INTO store_group (id, code, name) VALUES (gen_random_uuid(), 'NORTH', '北区')`);
  await db.query(`INSERT INTO store_group_member (group_id, store_id) SELECT g.id, s.id FROM store_group g, store s WHERE s.code ~ '[02468]$'`);
  const ruleSet = (
    await db.query(`INSERT INTO split_rule_set (id, name, status, version, effective_at, published_at, published_by, created_by, created_at, updated_at)
                    VALUES (gen_random_uuid(), 'bench', 'PUBLISHED', 1, now() - interval '30 days', now(), 'hq', 'hq', now(), now()) RETURNING id`)
  ).rows[0].id;
  await db.query(
    `INSERT INTO split_rule (id, rule_set_id, position, name, fulfilment, store_group_id, priority, fulfilling_bp, referring_bp)
     SELECT gen_random_uuid(), $1, x.position, x.name, x.fulfilment, CASE WHEN x.grouped THEN (SELECT id FROM store_group) END, 0, x.f, x.r
     FROM (VALUES (1, 'default', NULL, false, 8000, 500), (2, 'pickup', 'PICKUP', false, 8500, 300), (3, 'north', NULL, true, 8200, 400))
       AS x(position, name, fulfilment, grouped, f, r)`,
    [ruleSet],
  );

  // Ready pickup orders as checkout, payment and the store would leave them, each with a live code.
  const config = loadConfig({ NODE_ENV: 'test', AUTH_SECRET: BENCH_SECRET });
  const keys = derivePickupKeys(config.pickup.secret);
  const now = new Date();
  const deadline = new Date(now.getTime() + 24 * 3600_000);
  const orders = Array.from({ length: orderCount }, (_, i) => {
    const id = randomUUID();
    const code = drawCode(config.pickup.codeDigits);
    const storeId = stores[i % STORES];
    return {
      id,
      checkoutId: randomUUID(),
      storeId,
      referringStoreId: i % 2 ? stores[(i + 1) % STORES] : null,
      skuId: skus[Math.floor(i / STORES) % SKUS],
      shopperId: shoppers[i % shoppers.length],
      code,
      hash: codeHash(keys, storeId, code).toString('hex'),
      sealed: sealCode(keys, code, id, 1),
      qrToken: signQrToken(keys, { orderId: id, generation: 1, code, expiresAt: deadline }),
    };
  });
  const col = (k) => orders.map((o) => o[k]);
  await db.query(
    `INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no, transaction_id, payment_expires_at, paid_fen, paid_at, created_at)
     SELECT c, s, 'bench-' || c, 'bench', 'PAID', 'PICKUP', 1990, 0, 1990, 'LLB' || replace(c::text, '-', ''), '4200' || replace(c::text, '-', ''), $3, 1990, $3, $3
     FROM unnest($1::uuid[], $2::uuid[]) AS x(c, s)`,
    [col('checkoutId'), col('shopperId'), now],
  );
  await db.query(
    `INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, referring_store_id, split_rule_set_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen,
       distance_m, contact_name, contact_phone, stock, paid_at, pickup_deadline, created_at, updated_at)
     SELECT o, c, s, st, rs, $8, 'PICKUP', 'READY_FOR_PICKUP', 1990, 0, 1990, 500, '测试', '13800138000', 'HELD', $6, $7, $6, $6
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[]) AS x(o, c, s, st, rs)`,
    [col('id'), col('checkoutId'), col('shopperId'), col('storeId'), col('referringStoreId'), now, deadline, ruleSet],
  );
  await db.query(
    `INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity)
     SELECT gen_random_uuid(), o, 1, k, 'PS', '测试商品', 1990, 1 FROM unnest($1::uuid[], $2::uuid[]) AS x(o, k)`,
    [col('id'), col('skuId')],
  );
  await db.query(
    `INSERT INTO store_stock (store_id, sku_id, on_hand, reserved)
     SELECT s.id, k.id, 1000000, (SELECT count(*) FROM order_line l JOIN customer_order o ON o.id = l.order_id WHERE o.store_id = s.id AND l.sku_id = k.id)
     FROM store s CROSS JOIN sku k`,
    [],
  );
  await db.query(
    `INSERT INTO pickup_code (id, order_id, generation, store_id, code_hash, code_sealed, expires_at, status, issued_at)
     SELECT gen_random_uuid(), o, 1, st, decode(h, 'hex'), sealed, $5, 'LIVE', $6
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(o, st, h, sealed)`,
    [col('id'), col('storeId'), col('hash'), col('sealed'), deadline, now],
  );
  await db.query(`VACUUM ANALYZE`);
  // Write the seeding out now, so that its checkpoint does not land in the measured run.
  await db.query(`CHECKPOINT`);
  const clerks = new Map(
    stores.map((storeId, s) => [
      storeId,
      Array.from({ length: CLERKS_PER_STORE }, (_, c) => issueToken({ role: 'CLERK', staffId: randomUUID(), username: `clerk-${s}-${c}`, storeId }, BENCH_SECRET, 3600, now).token),
    ]),
  );
  return { db, orders, clerks, stores };
}

/** Open loop: a request every 1/rate seconds whatever the answers do, as shoppers arrive at counters. */
async function openVerifies(post, requests, rate) {
  const run = await openLoop(requests, rate, async (r) => {
    const res = await post(VERIFY, { input: r.input }, r.token);
    return `${r.kind}:${res.errors ? `error:${res.errors[0].message}` : res.data.verifyPickup.__typename}`;
  });
  const times = { CODE: [], QR: [], WRONG: [] };
  for (const t of run.times) times[t.item.kind].push(t.ms);
  // When each request was due, in seconds from the start (i / rate), to see whether slow ones cluster.
  const due = new Map(requests.map((r, i) => [r, i / rate]));
  return { ...run, times, all: run.times.map((t) => ({ ms: t.ms, at: due.get(t.item) })) };
}

function requestsFor(orders, clerks, stores, offset) {
  let wrong = 0;
  return orders.map((o, i) => {
    const tokens = clerks.get(o.storeId);
    if ((offset + i) % WRONG_EVERY === WRONG_EVERY - 1) {
      // A wrong code typed at another store, by a clerk who has not missed before (no lockouts in the run).
      const storeId = stores[(wrong++ * 7) % stores.length];
      const token = issueToken({ role: 'CLERK', staffId: randomUUID(), username: `wrong-${wrong}`, storeId }, BENCH_SECRET, 3600, new Date()).token;
      return { kind: 'WRONG', input: { code: drawCode(10) }, token };
    }
    const kind = i % 2 ? 'CODE' : 'QR';
    return { kind, input: kind === 'CODE' ? { code: o.code } : { qrToken: o.qrToken }, token: tokens[i % tokens.length] };
  });
}

const total = RATE * SECONDS;
const { db, orders, clerks, stores } = await prepare(WARMUP + total);
const api = await startApi(URL_, { RUN_JOBS: 'false' });
const { post, close } = graphqlPoster(api.port, 64);
try {
  const warm = orders.slice(0, WARMUP);
  // Warm-up at the full rate, so the connection pool has grown and every connection has prepared its statements.
  const settle = Math.floor(WARMUP / 2);
  await openVerifies(post, requestsFor(warm.slice(settle), clerks, stores, 0), RATE);
  // As autovacuum would (it is off on this machine): statistics for the tables the warm-up began to fill
  // (ledger, audit, points), so the connections stop using plans made for them empty; then the rest of the
  // warm-up, so the plans that this invalidated are made again before the measured run.
  await db.query(`ANALYZE`);
  await openVerifies(post, requestsFor(warm.slice(0, settle), clerks, stores, WARMUP - settle), RATE);
  const cpuBefore = await cpuSnapshot(db, api.pid);
  const run = await openVerifies(post, requestsFor(orders.slice(WARMUP), clerks, stores, WARMUP), RATE);
  const cpu = cpuPerOperation(cpuBefore, await cpuSnapshot(db, api.pid), total);
  const all = [...run.times.CODE, ...run.times.QR, ...run.times.WRONG];
  const handedOver = (await db.query(`SELECT count(*)::int AS n FROM customer_order WHERE state = 'PICKED_UP'`)).rows[0].n;
  const used = (await db.query(`SELECT count(*)::int AS n FROM pickup_code WHERE status = 'USED'`)).rows[0].n;
  const stock = (await db.query(`SELECT sum(1000000 - on_hand)::int AS taken FROM store_stock`)).rows[0].taken;
  const posted = (await db.query(`SELECT count(*)::int AS n FROM ledger_posting WHERE kind = 'SALE'`)).rows[0].n;
  const sharing = (await db.query(`SELECT count(*)::int AS n FROM profit_sharing_order`)).rows[0].n;
  console.log(`outcomes: ${JSON.stringify(run.outcomes)}`);
  console.log(`checks: ${handedOver} orders PICKED_UP, ${used} codes USED, ${stock} units taken off the shelf, ${posted} splits posted, ${sharing} profit-sharing requests (all five must match)`);
  console.log(`typed code: p50 ${summary(run.times.CODE).p50} ms, p99 ${summary(run.times.CODE).p99} ms; QR: p50 ${summary(run.times.QR).p50} ms, p99 ${summary(run.times.QR).p99} ms; wrong code: p50 ${summary(run.times.WRONG).p50} ms, p99 ${summary(run.times.WRONG).p99} ms`);
  console.log(`CPU per verification: API ${cpu.apiMs.toFixed(2)} ms, PostgreSQL ${cpu.postgresMs.toFixed(2)} ms`);
  const s = summary(all);
  const sorted = [...all].sort((x, y) => x - y);
  const slowBySecond = {};
  for (const t of run.all) if (t.ms > 20) slowBySecond[Math.floor(t.at)] = (slowBySecond[Math.floor(t.at)] ?? 0) + 1;
  console.log(`tail: p90 ${percentile(sorted, 90).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms; over 20 ms: ${sorted.filter((x) => x > 20).length} of ${sorted.length}, by second of the run ${JSON.stringify(slowBySecond)}`);
  console.log(`verifyPickup through GraphQL at ${RATE}/s offered, ${(all.length / run.seconds).toFixed(1)}/s achieved over ${run.seconds.toFixed(1)} s: p50 ${s.p50} ms, p99 ${s.p99} ms (goal: p99 < 20 ms)`);
} finally {
  close();
  await api.stop();
  await db.end();
}
