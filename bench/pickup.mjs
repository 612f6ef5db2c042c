#!/usr/bin/env node
// bench/pickup: verifyPickup through GraphQL over HTTP against the API in its own process, open loop at a fixed
// arrival rate (default 200/s), each request a different ready pickup order's code (half typed, half QR), with a
// few wrong codes from other clerks mixed in; in the bench's own cluster and Redis. Warm-up until CPU per
// verification is flat (at least 2,000), then 3 measured runs of 20 s, each with CPU per verification by
// process and the counters noise cannot move (statements, buffers, WAL records, Redis commands); medians of
// the runs, p50/p99 and the rate achieved; the figure last.
// Usage: npm run bench:pickup [-- --rate 200] [-- --seconds 20] [-- --runs 3] [-- --top 12]
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  BENCH_SECRET,
  OUTBOX_RELAY_STATEMENTS,
  REPO_ROOT,
  freshMigratedDatabase,
  graphqlPoster,
  numberArg,
  openLoop,
  percentile,
  startApi,
  summary,
} from './lib.mjs';
import { median, medians, warmUpCeiling, printTarget, printTopStatements, sitting, sittingOptions } from './sitting.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');

const RATE = numberArg('--rate', 200);
const SECONDS = numberArg('--seconds', 20);
export const PICKUP_PER_RUN = RATE * SECONDS;
// A chain's worth of counters: 200 hand-overs a second is already ~2 a second at each of 100 stores.
const STORES = 100;
const SKUS = 20;
const CLERKS_PER_STORE = 4;
/** One request in this many is a wrong code from a clerk of its own (spread, so nobody is locked out). */
const WRONG_EVERY = 50;

const VERIFY = `mutation V($input: PickupProofInput!) { verifyPickup(input: $input) { __typename
  ... on PickupVerified { orderId pickedUpAt } ... on ErrorResult { errorCode message } } }`;

/** The target build's own code for what the seeding needs: its keys, its tokens (its migrations: freshMigratedDatabase). */
function targetModules(root) {
  const at = (p) => require(path.join(root, 'api/dist', p));
  // config.js moved to common/ after a01e199; the bench drives builds from both sides of the move.
  const config = existsSync(path.join(root, 'api/dist/common/config.js')) ? 'common/config.js' : 'config.js';
  return { ...at(config), ...at('modules/auth/token.js'), ...at('modules/pickup/pickup-code.js') };
}

/**
 * An id as checkout makes its checkouts and orders since the cluster key (newClusterId in api/src/common/cluster.ts):
 * version 8 with the cluster's code in its first two bytes ('SH': the bench's stores are in 上海). Random version-4
 * ids would send the hand-over down the paths kept for orders made before the key (the cluster triggers' lookups),
 * which no order placed today takes. A build from before the key takes them as any other uuid.
 */
function idInCluster(code) {
  const id = randomUUID();
  return `${Buffer.from(code, 'ascii').toString('hex')}${id.slice(4, 14)}8${id.slice(15)}`;
}

async function prepare(url, root, orderCount) {
  const { loadConfig, issueToken, codeHash, derivePickupKeys, drawCode, sealCode, signQrToken } = targetModules(root);
  const db = await freshMigratedDatabase(url, root);
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'P' || i, 'bench ' || i, '上海', 'x', 31.15 + i * 0.004, 121.40 + i * 0.004, 'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3100
    FROM generate_series(1, ${STORES}) i`);
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', '测试商品', id FROM category`);
  const skus = (
    await db.query(
      `INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'PS' || i, p.id, 1990 FROM product p, generate_series(1, ${SKUS}) i RETURNING id`,
    )
  ).rows.map((r) => r.id);
  const stores = (await db.query(`SELECT id FROM store ORDER BY code`)).rows.map((r) => r.id);
  const shoppers = (
    await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'bench-' || i FROM generate_series(1, 500) i RETURNING id`)
  ).rows.map((r) => r.id);
  // HQ's split rules as a chain would have them: a default, a pickup rule and a store group's rule (half the
  // stores), published; every order keeps this rule set, and half have a referring store (一客一码).
  await db.query(`INSERT INTO store_group (id, code, name) VALUES (gen_random_uuid(), 'NORTH', '北区')`);
  await db.query(
    `INSERT INTO store_group_member (group_id, store_id) SELECT g.id, s.id FROM store_group g, store s WHERE s.code ~ '[02468]$'`,
  );
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
    const id = idInCluster('SH');
    const code = drawCode(config.pickup.codeDigits);
    const storeId = stores[i % STORES];
    return {
      id,
      checkoutId: idInCluster('SH'),
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
  // Checkout names its cluster as its orders' (the trigger, firing before the orders exist, would file it under ZZ,
  // and the hand-over reads the checkout in the order's cluster); a build from before the key has no such column.
  const keyed = (await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'checkout' AND column_name = 'cluster_id'`))
    .rowCount;
  await db.query(
    `INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no, transaction_id, payment_expires_at, paid_fen, paid_at, created_at${keyed ? ', cluster_id' : ''})
     SELECT c, s, 'bench-' || c, 'bench', 'PAID', 'PICKUP', 1990, 0, 1990, 'LLB' || replace(c::text, '-', ''), '4200' || replace(c::text, '-', ''), $3, 1990, $3, $3${keyed ? ", 'SH'" : ''}
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
      Array.from(
        { length: CLERKS_PER_STORE },
        (_, c) => issueToken({ role: 'CLERK', staffId: randomUUID(), username: `clerk-${s}-${c}`, storeId }, BENCH_SECRET, 3600, now).token,
      ),
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

function requestsFor({ drawCode, issueToken }, orders, clerks, stores, offset) {
  return orders.map((o, i) => {
    const tokens = clerks.get(o.storeId);
    const n = offset + i;
    if (n % WRONG_EVERY === WRONG_EVERY - 1) {
      // A wrong code typed at another store, by a clerk who has not missed before (no lockouts in the sitting).
      const storeId = stores[(Math.floor(n / WRONG_EVERY) * 7) % stores.length];
      const token = issueToken(
        { role: 'CLERK', staffId: randomUUID(), username: `wrong-${n}`, storeId },
        BENCH_SECRET,
        3600,
        new Date(),
      ).token;
      return { kind: 'WRONG', input: { code: drawCode(10) }, token };
    }
    const kind = i % 2 ? 'CODE' : 'QR';
    return { kind, input: kind === 'CODE' ? { code: o.code } : { qrToken: o.qrToken }, token: tokens[i % tokens.length] };
  });
}

export const pickupBench = {
  name: 'pickup',
  unit: 'verification',
  async open(target, opts) {
    const modules = targetModules(target.root);
    // Every warm-up block and measured run hands over orders never handed over before.
    const { db, orders, clerks, stores } = await prepare(target.url, target.root, warmUpCeiling(opts) + opts.runs * opts.perRun);
    const api = await startApi(
      target.url,
      { RUN_JOBS: 'false', REDIS_URL: target.redisUrl, QUEUE_PREFIX: 'linli-bench' },
      { root: target.root },
    );
    const { post, close } = graphqlPoster(api.port, 64, { timeoutMs: 300_000 });
    let next = 0;
    const take = (n) => {
      if (next + n > orders.length) throw new Error(`the bench seeded ${orders.length} ready orders and needs more`);
      const batch = requestsFor(modules, orders.slice(next, next + n), clerks, stores, next);
      next += n;
      return batch;
    };
    return {
      db,
      apiPid: api.pid,
      throughputDriven: OUTBOX_RELAY_STATEMENTS,
      // Warm-up at the full rate, so the connection pool has grown and every connection has prepared its statements.
      run: async (n) => (await openVerifies(post, take(n), RATE), n),
      async measure(n) {
        const run = await openVerifies(post, take(n), RATE);
        const all = [...run.times.CODE, ...run.times.QR, ...run.times.WRONG];
        return { ops: n, latencies: all, outcomes: run.outcomes, extra: run };
      },
      close: async () => (close(), await api.stop(), await db.end()),
    };
  },
  /** What the sitting left in the database: every hand-over complete (five counts that must match). */
  async after(session, result) {
    const one = async (sql) => (await session.db.query(sql)).rows[0].n;
    result.checks = {
      handedOver: await one(`SELECT count(*)::int AS n FROM customer_order WHERE state = 'PICKED_UP'`),
      used: await one(`SELECT count(*)::int AS n FROM pickup_code WHERE status = 'USED'`),
      stock: await one(`SELECT sum(1000000 - on_hand)::int AS n FROM store_stock`),
      posted: await one(`SELECT count(*)::int AS n FROM ledger_posting WHERE kind = 'SALE'`),
      sharing: await one(`SELECT count(*)::int AS n FROM profit_sharing_order`),
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = sittingOptions({ perRun: PICKUP_PER_RUN });
  const [result] = await sitting(pickupBench, [{ label: 'this tree', root: REPO_ROOT }], opts);
  printTarget(result, 'verification');
  printTopStatements(result.runs.at(-1), 'verification');
  const c = result.checks;
  console.log(
    `\nchecks: ${c.handedOver} orders PICKED_UP, ${c.used} codes USED, ${c.stock} units taken off the shelf, ${c.posted} splits posted, ${c.sharing} profit-sharing requests (all five must match)`,
  );
  const tails = result.runs.map((r) => {
    const { times, all } = r.extra;
    const sorted = [...times.CODE, ...times.QR, ...times.WRONG].sort((x, y) => x - y);
    const slowBySecond = {};
    for (const t of all) if (t.ms > 20) slowBySecond[Math.floor(t.at)] = (slowBySecond[Math.floor(t.at)] ?? 0) + 1;
    console.log(
      `run: typed code p50 ${summary(times.CODE).p50} p99 ${summary(times.CODE).p99} ms; QR p50 ${summary(times.QR).p50} p99 ${summary(times.QR).p99} ms; wrong code p50 ${summary(times.WRONG).p50} p99 ${summary(times.WRONG).p99} ms; ` +
        `p90 ${percentile(sorted, 90).toFixed(2)}, p95 ${percentile(sorted, 95).toFixed(2)}, max ${sorted.at(-1).toFixed(2)} ms; over 20 ms: ${sorted.filter((x) => x > 20).length} of ${sorted.length}, by second ${JSON.stringify(slowBySecond)}`,
    );
    return r.extra.seconds;
  });
  const m = medians(result.runs);
  console.log(
    `\nverifyPickup through GraphQL at ${RATE}/s offered, ${(opts.perRun / median(tails)).toFixed(1)}/s achieved (median of ${result.runs.length} runs of ${opts.perRun}, warm-up ${result.warmUp.done}, ${result.warmUp.flat ? 'flat' : 'NOT flat'}): ` +
      `p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms (goal: p99 < 20 ms); CPU per verification API ${m.cpuApi.toFixed(3)} ms + PostgreSQL ${m.cpuPostgres.toFixed(3)} ms = ${m.cpuTotal.toFixed(3)} ms; ` +
      `${m.statements.toFixed(2)} statements (${m.withNested.toFixed(2)} with nested), ${m.buffers.toFixed(1)} buffers, ${m.walRecords.toFixed(2)} WAL records, ${m.redisCommands.toFixed(2)} Redis commands`,
  );
}
