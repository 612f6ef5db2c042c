#!/usr/bin/env node
// bench/checkout: 3-line carts (half delivery, half nearest pickup) through GraphQL over HTTP to the API in its own
// process, closed loop with 8 clients, in the bench's own cluster and Redis: warm-up until CPU per checkout is
// flat (at least 2,000), then 3 measured runs, each with CPU per checkout by process (API, PostgreSQL) and the
// counters noise cannot move (statements, buffers, WAL records, Redis commands); medians reported. Then, once:
// open-loop latency at fixed rates and the flash sale (2,000 buyers at once for 100 units of one SKU).
// --promotions adds a second case, interleaved with the plain one in the same sitting: a live 满减 (满20减2, over
// every store) and a 无门槛 coupon of the shopper on every checkout, so the two CPU figures can be compared.
// --processes N adds a case with N API processes on the one database, the clients' requests dealt to them in turn,
// interleaved with the one-process case: CPU per checkout is of all the API processes together.
// --env-case KEY=VALUE[,…] adds a case of this tree's API with that environment (e.g. SQL_POOL_MAX=2), interleaved too.
// Usage: npm run bench:checkout [-- --processes 2] [-- --promotions] [-- --env-case SQL_POOL_MAX=2] [-- --runs 3] [-- --per-run 3000] [-- --rates 120,300] [-- --top 12] [-- --no-extras]
//        (warm-up: --warm-block 250 --warm-min 2000 --warm-max 10000 --warm-window 4 --tolerance 0.03)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  BENCH_SECRET,
  OUTBOX_RELAY_STATEMENTS,
  REPO_ROOT,
  freshMigratedDatabase,
  graphqlPoster,
  numberArg,
  openLoop,
  perOperation,
  processCounters,
  startApi,
  summary,
} from './lib.mjs';
import { median, medians, printTarget, printTopStatements, sitting, sittingOptions } from './sitting.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { mulberry32 } = require('../geo-data/dist/index.js');

const STORES = 60;
const SKUS = 300;
const SHOPPERS = 3000;
const FLASH_BUYERS = 2000;
const FLASH_UNITS = 100;
const CONCURRENCY = numberArg('--concurrency', 8);

export const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename
  ... on CheckoutPlaced { checkout { id totalFen } orders { id } } ... on ErrorResult { errorCode message } } }`;

/** The database as the target's build migrates it, with the bench's network (the same rows for every target). */
async function prepare(url, root) {
  const db = await freshMigratedDatabase(url, root);
  await db.query(`SELECT setseed(0.7)`);
  // 60 stores over 12 × 12 km of Shanghai, open all day, delivering 5 km; every SKU in deep stock everywhere.
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'C' || i, 'bench ' || i, '上海', 'x', 31.15 + random() * 0.11, 121.40 + random() * 0.125,
           'Asia/Shanghai', 'ACTIVE', true, true, 5000, 5101
    FROM generate_series(1, ${STORES}) i`);
  await db.query(
    `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT id, d, 0, 1440 FROM store, generate_series(1, 7) d`,
  );
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', '测试商品', id FROM category`);
  await db.query(
    `INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'CS' || i, p.id, 990 + i FROM product p, generate_series(1, ${SKUS + 1}) i`,
  );
  const flashSku = (await db.query(`SELECT id FROM sku WHERE code = 'CS${SKUS + 1}'`)).rows[0].id;
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) SELECT s.id, k.id, 1000000 FROM store s, sku k WHERE k.id <> $1`, [
    flashSku,
  ]);
  const flashStore = (await db.query(`SELECT id FROM store ORDER BY code LIMIT 1`)).rows[0].id;
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) VALUES ($1, $2, ${FLASH_UNITS})`, [flashStore, flashSku]);
  await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'bench-' || i FROM generate_series(1, ${SHOPPERS}) i`);
  await db.query(`VACUUM ANALYZE`);
  // Write the seeding out now, so that its checkpoint does not land in a measured run.
  await db.query(`CHECKPOINT`);
  const skuIds = (await db.query(`SELECT id FROM sku WHERE id <> $1 ORDER BY code`, [flashSku])).rows.map((r) => r.id);
  const shopperIds = (await db.query(`SELECT id FROM shopper ORDER BY openid`)).rows.map((r) => r.id);
  return { db, skuIds, shopperIds, flashSku, flashStore };
}

function cart(rand, skuIds, tokens, coupons) {
  const lines = [];
  while (lines.length < 3) {
    const skuId = skuIds[Math.floor(rand() * skuIds.length)];
    if (!lines.some((l) => l.skuId === skuId)) lines.push({ skuId, quantity: 1 + Math.floor(rand() * 2) });
  }
  const delivery = rand() < 0.5;
  const t = Math.floor(rand() * tokens.length);
  const couponId = coupons?.[t]?.pop();
  const location = { lat: 31.16 + rand() * 0.09, lng: 121.41 + rand() * 0.1, system: 'WGS84' };
  return {
    token: tokens[t],
    input: {
      ...(couponId ? { couponId } : {}),
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

/** The flash sale: every buyer at once for the last units of one SKU at one store; nothing may be oversold. */
async function flashSale(post, db, tokens, flashSku, flashStore) {
  const flashCarts = tokens.slice(0, FLASH_BUYERS).map((token) => ({
    token,
    input: {
      idempotencyKey: randomUUID(),
      lines: [{ skuId: flashSku, quantity: 1 }],
      fulfilment: 'PICKUP',
      storeId: flashStore,
      contact: { name: '抢购', phone: '13900139000' },
    },
  }));
  const flash = await closedLoop(post, flashCarts, 256);
  const [stock] = (await db.query(`SELECT on_hand, reserved FROM store_stock WHERE store_id = $1 AND sku_id = $2`, [flashStore, flashSku]))
    .rows;
  const orders = Number((await db.query(`SELECT count(*) FROM order_line WHERE sku_id = $1`, [flashSku])).rows[0].count);
  const broken = Number(
    (await db.query(`SELECT count(*) FROM store_stock WHERE reserved > on_hand OR on_hand < 0 OR reserved < 0`)).rows[0].count,
  );
  return { flash, stock, orders, broken };
}

const COUPONS_PER_SHOPPER = 12;

/** The promotions case: a live 满减 over everything and, per shopper, coupons enough for every checkout it sends. */
async function seedPromotions(db, shopperIds) {
  await db.query(`
    INSERT INTO promotion (id, kind, name, tiers, channel, funder, state, created_at, updated_at)
    VALUES (gen_random_uuid(), 'FULL_REDUCTION', '满20减2', '[{"thresholdFen": 2000, "offFen": 200}]', 'BOTH', 'HQ', 'LIVE', now(), now())`);
  const [{ id }] = (
    await db.query(`
      INSERT INTO promotion (id, kind, name, coupon_kind, off_fen, channel, funder, per_user_limit, state, created_at, updated_at)
      VALUES (gen_random_uuid(), 'COUPON', '无门槛减1元', 'AMOUNT_OFF', 100, 'BOTH', 'STORE', ${COUPONS_PER_SHOPPER}, 'LIVE', now(), now())
      RETURNING id`)
  ).rows;
  const rows = (
    await db.query(
      `INSERT INTO coupon (id, promotion_id, shopper_id, valid_from, claimed_at)
       SELECT gen_random_uuid(), $1, s, now() - interval '1 day', now() FROM unnest($2::uuid[]) s, generate_series(1, ${COUPONS_PER_SHOPPER})
       RETURNING id, shopper_id`,
      [id, shopperIds],
    )
  ).rows;
  await db.query(`VACUUM ANALYZE coupon`);
  const byShopper = new Map(shopperIds.map((s) => [s, []]));
  for (const r of rows) byShopper.get(r.shopper_id).push(r.id);
  return shopperIds.map((s) => byShopper.get(s));
}

export const checkoutBench = {
  name: 'checkout',
  unit: 'checkout',
  async open(target, opts) {
    const { issueToken } = require(path.join(target.root, 'api/dist/modules/auth/token.js'));
    const { db, skuIds, shopperIds, flashSku, flashStore } = await prepare(target.url, target.root);
    const coupons = target.promotions ? await seedPromotions(db, shopperIds) : undefined;
    const now = new Date();
    const tokens = shopperIds.map((shopperId) => issueToken({ role: 'SHOPPER', shopperId }, BENCH_SECRET, 24 * 3600, now).token);
    // The same carts in the same order for every target.
    const rand = mulberry32(7);
    const carts = (n) => Array.from({ length: n }, () => cart(rand, skuIds, tokens, coupons));
    // target.apiEnv: what every API process gets besides (bench:scale's RUN_JOBS=true, READ_DATABASE_URL);
    // target.jobsProcess: one more process that runs the jobs and is sent no request (its CPU counts with the rest).
    const env = { RUN_JOBS: 'false', REDIS_URL: target.redisUrl, QUEUE_PREFIX: 'linli-bench', ...target.apiEnv };
    const apis = [];
    for (let i = 0; i < (target.processes ?? 1); i++) apis.push(await startApi(target.url, env, { root: target.root }));
    const jobs = target.jobsProcess ? [await startApi(target.url, { ...env, RUN_JOBS: 'true' }, { root: target.root })] : [];
    const posters = apis.map((api) => graphqlPoster(api.port, 256, { timeoutMs: 300_000 }));
    let turn = 0;
    const post = (...args) => posters[turn++ % posters.length].post(...args);
    const close = () => posters.forEach((p) => p.close());
    const pids = [...apis, ...jobs].map((api) => api.pid);
    return {
      db,
      apiPid: pids,
      post,
      carts,
      skuIds,
      tokens,
      // Besides the relay: the price book reads what it lacks and re-reads each entry after 60 s, so the fewer
      // checkouts a minute, the more reads per checkout.
      throughputDriven: `${OUTBOX_RELAY_STATEMENTS}|AS kind, k\\.id AS id`,
      run: async (n) => (await closedLoop(post, carts(n), CONCURRENCY), n),
      async measure(n) {
        const before = pids.map(processCounters);
        const run = await closedLoop(post, carts(n), CONCURRENCY);
        return {
          ops: n,
          latencies: run.times,
          outcomes: run.outcomes,
          extra: { processes: perOperation(before, pids.map(processCounters), n) },
        };
      },
      async extras() {
        const rates = (opts.rates ?? '120,300').split(',').map(Number);
        const open = [];
        for (const rate of rates) open.push({ rate, ...(await openCheckouts(post, carts(rate * 20), rate)) });
        return { open, ...(await flashSale(post, db, tokens, flashSku, flashStore)) };
      },
      close: async () => (close(), await Promise.all([...apis, ...jobs].map((api) => api.stop())), await db.end()),
    };
  },
  async after(session, result) {
    if (session.extrasWanted) result.extras = await session.extras();
  },
};

function printExtras(x) {
  for (const run of x.open) {
    console.log(
      `  open loop at ${run.rate}/s for 20 s: achieved ${(run.times.length / run.seconds).toFixed(0)} orders/s, ms ${JSON.stringify(summary(run.times))} ${JSON.stringify(run.outcomes)}`,
    );
  }
  console.log(
    `flash sale: ${FLASH_BUYERS} buyers, ${FLASH_UNITS} units, 256 in flight: ${x.flash.outcomes.CheckoutPlaced ?? 0} winners in ${x.flash.seconds.toFixed(2)} s, ms ${JSON.stringify(summary(x.flash.times))} ${JSON.stringify(x.flash.outcomes)}`,
  );
  console.log(
    `  stock after: on hand ${x.stock.on_hand}, reserved ${x.stock.reserved}; ${x.orders} order lines for the SKU; ${x.broken} stock rows out of bounds`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opts = { ...sittingOptions({ perRun: 3000 }), rates: args.includes('--rates') ? args[args.indexOf('--rates') + 1] : undefined };
  const extras = !args.includes('--no-extras');
  const bench = {
    ...checkoutBench,
    open: async (t, o) =>
      Object.assign(await checkoutBench.open(t, o), { extrasWanted: extras && !t.promotions && !t.processes && !t.apiEnv }),
  };
  const promotions = args.includes('--promotions');
  const targets = [{ label: 'this tree', root: REPO_ROOT }];
  if (promotions) targets.push({ label: 'promotions', root: REPO_ROOT, promotions: true });
  for (let i = args.indexOf('--env-case'); i >= 0; i = args.indexOf('--env-case', i + 1)) {
    const apiEnv = Object.fromEntries(args[i + 1].split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    targets.push({ label: args[i + 1], root: REPO_ROOT, apiEnv });
  }
  const processes = numberArg('--processes', 1);
  if (processes > 1) targets.push({ label: `${processes} API processes`, root: REPO_ROOT, processes });
  const results = await sitting(bench, targets, opts);
  const result = results[0];
  for (const r of results) {
    printTarget(r, 'checkout');
    printTopStatements(r.runs.at(-1), 'checkout');
  }
  if (result.extras) printExtras(result.extras);
  if (promotions) {
    const plain = medians(result.runs);
    const promo = medians(results[1].runs);
    console.log(
      `\npromotions case (a 满减 and a coupon on every checkout), median of ${results[1].runs.length} runs: CPU per checkout ` +
        `API ${promo.cpuApi.toFixed(3)} + PostgreSQL ${promo.cpuPostgres.toFixed(3)} = ${promo.cpuTotal.toFixed(3)} ms, ` +
        `${promo.statements.toFixed(2)} statements, ${promo.walRecords.toFixed(2)} WAL records; ` +
        `${(promo.cpuTotal / plain.cpuTotal).toFixed(3)}× the plain case (${plain.cpuTotal.toFixed(3)} ms) in the same sitting`,
    );
  }
  if (processes > 1) {
    const one = medians(result.runs);
    const many = medians(results.at(-1).runs);
    console.log(
      `\n${processes} API processes on one database, median of ${results.at(-1).runs.length} runs: CPU per checkout ` +
        `API ${many.cpuApi.toFixed(3)} + PostgreSQL ${many.cpuPostgres.toFixed(3)} = ${many.cpuTotal.toFixed(3)} ms, ${many.throughput.toFixed(0)} orders/s, ` +
        `p99 ${many.p99.toFixed(2)} ms; ${(many.cpuTotal / one.cpuTotal).toFixed(3)}× the one-process case (${one.cpuTotal.toFixed(3)} ms, ` +
        `${one.throughput.toFixed(0)} orders/s) in the same sitting`,
    );
  }
  // Where an API process's CPU goes besides the work: read/write system calls (sockets) and event-loop wake-ups.
  for (const r of results) {
    const sum = (run, f) => run.extra.processes.reduce((s, p) => s + f(p), 0);
    const med = (f) => median(r.runs.map((run) => sum(run, f)));
    console.log(
      `[${r.label}] per checkout, API processes together (median): CPU ${med((p) => p.cpuMs).toFixed(3)} ms (user ${med((p) => p.userMs).toFixed(3)}, ` +
        `system ${med((p) => p.systemMs).toFixed(3)}; main thread ${med((p) => p.mainMs).toFixed(3)}, ` +
        `helper threads ${med((p) => p.helperThreadsMs).toFixed(3)}), ${med((p) => p.minorFaults).toFixed(2)} minor page faults, ${med((p) => p.syscr).toFixed(2)} read + ` +
        `${med((p) => p.syscw).toFixed(2)} write syscalls, ${med((p) => p.voluntary).toFixed(3)} voluntary + ${med((p) => p.involuntary).toFixed(3)} involuntary context switches (main threads)`,
    );
  }
  const m = medians(result.runs);
  console.log(
    `\ncheckout, median of ${result.runs.length} runs of ${opts.perRun} after a warm-up of ${result.warmUp.done} (${result.warmUp.flat ? 'flat' : 'NOT flat'}): ` +
      `CPU per checkout API ${m.cpuApi.toFixed(3)} ms + PostgreSQL ${m.cpuPostgres.toFixed(3)} ms = ${m.cpuTotal.toFixed(3)} ms, ${m.throughput.toFixed(0)} orders/s (closed loop, ${CONCURRENCY} clients, p99 ${m.p99.toFixed(2)} ms); ` +
      `${m.statements.toFixed(2)} statements (${m.withNested.toFixed(2)} with nested), ${m.buffers.toFixed(1)} buffers, ${m.walRecords.toFixed(2)} WAL records, ${m.redisCommands.toFixed(2)} Redis commands` +
      (result.extras
        ? `; ${result.extras.open.map((r) => `p99 ${summary(r.times).p99} ms at ${r.rate}/s`).join(', ')}; flash sale ${result.extras.flash.outcomes.CheckoutPlaced ?? 0} winners of ${FLASH_BUYERS} for ${FLASH_UNITS} units`
        : ''),
  );
}
