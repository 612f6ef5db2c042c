#!/usr/bin/env node
// bench/flash: a flash sale (秒杀) through GraphQL over HTTP to the API in its own process: 2,000 buyers for 100 units
// with a per-user limit of 1, a tenth of them scripted (5 checkouts each, at once), 256 requests in flight. Prints the
// units sold (exactly 100), the most any buyer got (1), and the p99 wait of losers and of winners. For comparison in
// the same sitting, the same crowd on the plain checkout for the last 100 units of stock (the reservation engine
// alone: every loser waits for the stock row), unless --no-plain.
// Before the storms the API places --warm-checkouts ordinary checkouts (3,000), as a sale starts on an API that has been
// serving: the checkout's code compiled and its caches full, not the JIT's first calls under the crowd.
// One sale is one measurement, and one sale's p99 moves by a third from sitting to sitting on a 2-core machine: --sales N
// holds N sales in a row on the same warm API (each a new item of the session, the same crowd), and the last line gives
// the medians, so two builds compare by N sales each (alternate them: FLASH_API_ROOT or two trees).
// Usage: npm run bench:flash [-- --buyers 2000] [-- --units 100] [-- --in-flight 256] [-- --warm-checkouts 3000] [-- --processes 1] [-- --sales 1] [-- --no-plain]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { BENCH_SECRET, benchUrl, cpuSeconds, freshMigratedDatabase, graphqlPoster, numberArg, startApi, summary } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { issueToken } = require('../api/dist/modules/auth/token.js');

const BUYERS = numberArg('--buyers', 2000);
const UNITS = numberArg('--units', 100);
const IN_FLIGHT = numberArg('--in-flight', 256);
const SCRIPTED_SHARE = 0.1;
const SCRIPTED_REQUESTS = 5;
const PLAIN = !process.argv.includes('--no-plain');
const WARM_CHECKOUTS = numberArg('--warm-checkouts', 3000);
// A sale served by several API processes, as a gateway deals requests to them in turn (each process has its own door).
const PROCESSES = numberArg('--processes', 1);
const SALES = numberArg('--sales', 1);

const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename
  ... on CheckoutPlaced { checkout { id totalFen } } ... on FlashSaleUnavailableError { problem } ... on ErrorResult { errorCode } } }`;

async function prepare(db) {
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    VALUES (gen_random_uuid(), 'F1', '秒杀店', '上海', 'x', 31.23, 121.47, 'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3001)`);
  await db.query(
    `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT id, d, 0, 1440 FROM store, generate_series(1, 7) d`,
  );
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(
    `INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'P' || i, '秒杀商品' || i, id FROM category, generate_series(1, 3) i`,
  );
  await db.query(`INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'K' || p.code, p.id, 2990 FROM product p`);
  const [flashSku, plainSku, warmSku] = (await db.query(`SELECT id FROM sku ORDER BY code`)).rows.map((r) => r.id);
  const store = (await db.query(`SELECT id FROM store`)).rows[0].id;
  // The flash SKU has deep stock (the quota is the limit); the plain one has exactly the units; the warm-up's, plenty.
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) VALUES ($1, $2, 100000), ($1, $3, $4), ($1, $5, 10000000)`, [
    store,
    flashSku,
    plainSku,
    UNITS,
    warmSku,
  ]);
  await db.query(`INSERT INTO shopper (id, openid) SELECT gen_random_uuid(), 'flash-' || i FROM generate_series(1, ${BUYERS * 2 + 200}) i`);
  const session = (
    await db.query(
      `INSERT INTO flash_session (id, name, starts_at, ends_at, created_at, updated_at)
       VALUES (gen_random_uuid(), '十点场', date_trunc('minute', now()) - interval '1 minute', date_trunc('minute', now()) + interval '30 minutes', now(), now())
       RETURNING id`,
    )
  ).rows[0].id;
  const item = (
    await db.query(
      `INSERT INTO flash_item (id, session_id, sku_id, store_id, price_fen, quota, per_user_limit, per_order_limit, created_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 990, $4, 1, 1, now()) RETURNING id`,
      [session, flashSku, store, UNITS],
    )
  ).rows[0].id;
  await db.query(`VACUUM ANALYZE`);
  const shoppers = (await db.query(`SELECT id FROM shopper ORDER BY openid`)).rows.map((r) => r.id);
  return { store, flashSku, plainSku, warmSku, item, shoppers };
}

/** The crowd: each buyer one checkout, the scripted ones five at once (each its own key), shuffled. */
function crowd(shoppers, build) {
  const now = new Date();
  const requests = [];
  shoppers.forEach((shopperId, i) => {
    const token = issueToken({ role: 'SHOPPER', shopperId }, BENCH_SECRET, 3600, now).token;
    const n = i < shoppers.length * SCRIPTED_SHARE ? SCRIPTED_REQUESTS : 1;
    for (let k = 0; k < n; k++) requests.push({ shopperId, token, input: build(shopperId) });
  });
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [requests[i], requests[j]] = [requests[j], requests[i]];
  }
  return requests;
}

/** Ordinary checkouts placed 8 at a time by shoppers outside both crowds, until WARM_CHECKOUTS are placed. */
async function warmCheckouts(post, skuId, storeId, contact, shoppers) {
  const tokens = shoppers.map((shopperId) => issueToken({ role: 'SHOPPER', shopperId }, BENCH_SECRET, 3600, new Date()).token);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < WARM_CHECKOUTS) {
        const token = tokens[next++ % tokens.length];
        const input = { idempotencyKey: randomUUID(), lines: [{ skuId, quantity: 1 }], fulfilment: 'PICKUP', storeId, contact };
        const res = await post(CHECKOUT, { input }, token);
        if (res.data?.checkout?.__typename !== 'CheckoutPlaced') throw new Error(`warm-up checkout: ${JSON.stringify(res)}`);
      }
    }),
  );
  if (WARM_CHECKOUTS) console.log(`[flash] warm-up: ${WARM_CHECKOUTS} checkouts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The first item again in a session of its own (one item per SKU and store in a session): same window, nothing sold. */
async function anotherItem(db, first) {
  const { rows } = await db.query(
    `WITH f AS (SELECT * FROM flash_item WHERE id = $1),
     s AS (
       INSERT INTO flash_session (id, name, starts_at, ends_at, created_at, updated_at)
       SELECT gen_random_uuid(), name, starts_at, ends_at, now(), now() FROM flash_session WHERE id = (SELECT session_id FROM f)
       RETURNING id)
     INSERT INTO flash_item (id, session_id, sku_id, store_id, price_fen, quota, per_user_limit, per_order_limit, created_at)
     SELECT gen_random_uuid(), s.id, f.sku_id, f.store_id, f.price_fen, f.quota, f.per_user_limit, f.per_order_limit, now() FROM f, s
     RETURNING id`,
    [first],
  );
  return rows[0].id;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** When the last winner was answered, from the storm's start. */
const soldOutAt = (won) => Math.max(0, ...won.map((a) => a.at));

/** Transactions PostgreSQL has committed or rolled back in this database (each statement outside one counts one). */
async function transactions(db) {
  const { rows } = await db
    .query(`SELECT pg_stat_force_next_flush()`)
    .then(() => db.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`));
  return Number(rows[0].n);
}

async function storm(post, requests, apiPids, db, warm) {
  // First the client's connections, all of them at once, as a gateway's pool of keep-alive connections to the API
  // would be: a connection opened during the storm waited for the busy event loop to read its first request (on main
  // as on this branch: up to the whole sell-out, for the first wave's 255 new sockets), which is not the refusal's
  // cost. Right before the storm: the API closes a connection idle for 5 s.
  await Promise.all(Array.from({ length: IN_FLIGHT * PROCESSES }, warm));
  const cpu0 = apiPids.reduce((t, pid) => t + cpuSeconds(pid), 0);
  const xact0 = await transactions(db);
  const answers = [];
  let next = 0;
  // The client shares the machine's cores with the API: its own CPU and event-loop delay are measured alongside, so a
  // figure the client inflated says so (a request's time includes the client's loop delay on its answer).
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < requests.length) {
        const r = requests[next++];
        const s = performance.now();
        const res = await post(CHECKOUT, { input: r.input }, r.token);
        const ms = performance.now() - s;
        const c = res.data?.checkout;
        answers.push({
          shopperId: r.shopperId,
          ms,
          at: s + ms - t0,
          kind: res.errors ? `error:${res.errors[0].message}` : (c.problem ?? c.errorCode ?? c.__typename),
        });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuMsPerRequest = ((apiPids.reduce((t, pid) => t + cpuSeconds(pid), 0) - cpu0) * 1000) / requests.length;
  const client = process.cpuUsage(client0);
  loop.disable();
  const clientMsPerRequest = (client.user + client.system) / 1000 / requests.length;
  const clientLoopP99 = loop.percentile(99) / 1e6;
  // The stats collector lags a little: wait for the API's last transactions to be counted.
  await new Promise((r) => setTimeout(r, 600));
  // Less the two this function's own reads cost.
  const xactPerRequest = ((await transactions(db)) - xact0 - 2) / requests.length;
  return { answers, seconds, cpuMsPerRequest, xactPerRequest, clientMsPerRequest, clientLoopP99 };
}

function report(label, { answers, seconds, cpuMsPerRequest, xactPerRequest, clientMsPerRequest, clientLoopP99 }, sold) {
  const won = answers.filter((a) => a.kind === 'CheckoutPlaced');
  const lost = answers.filter((a) => a.kind !== 'CheckoutPlaced');
  const perBuyer = new Map();
  for (const a of won) perBuyer.set(a.shopperId, (perBuyer.get(a.shopperId) ?? 0) + 1);
  const outcomes = {};
  for (const a of answers) outcomes[a.kind] = (outcomes[a.kind] ?? 0) + 1;
  const most = Math.max(0, ...perBuyer.values());
  const byKind = {};
  for (const kind of Object.keys(outcomes)) byKind[kind] = summary(answers.filter((a) => a.kind === kind).map((a) => a.ms)).p99;
  console.log(
    `${label}: ${answers.length} requests from ${BUYERS} buyers in ${seconds.toFixed(2)} s, API CPU ${cpuMsPerRequest.toFixed(2)} ms a request, ` +
      `PostgreSQL transactions ${xactPerRequest.toFixed(3)} a request; bench client CPU ${clientMsPerRequest.toFixed(2)} ms a request, ` +
      `its event-loop delay p99 ${clientLoopP99.toFixed(1)} ms; sold out ${soldOutAt(won).toFixed(0)} ms in; units sold ${sold}, most to one buyer ${most}; ` +
      `winners ms ${JSON.stringify(summary(won.map((a) => a.ms)))}; losers ms ${JSON.stringify(summary(lost.map((a) => a.ms)))}; ${JSON.stringify(outcomes)}; p99 ms by answer ${JSON.stringify(byKind)}`,
  );
  return {
    sold,
    most,
    clientMsPerRequest,
    clientLoopP99,
    uptime: readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
    cpuMsPerRequest,
    xactPerRequest,
    winnersP99: Number(summary(won.map((a) => a.ms)).p99),
    losersP99: Number(summary(lost.map((a) => a.ms)).p99),
  };
}

const url = process.env.BENCH_DATABASE_URL ?? benchUrl('linli_bench_flash');
const db = await freshMigratedDatabase(url);
const { store, flashSku, plainSku, warmSku, item, shoppers } = await prepare(db);
// FLASH_API_ROOT=<another checkout>: that checkout's API build under the same crowd (an A/B in one sitting).
const apis = [];
for (let i = 0; i < PROCESSES; i++)
  apis.push(
    await startApi(
      url,
      { RUN_JOBS: 'false', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) },
      { root: process.env.FLASH_API_ROOT ?? '.' },
    ),
  );
const posters = apis.map((api) => graphqlPoster(api.port, IN_FLIGHT, { timeoutMs: 120_000 }));
let dealt = 0;
const post = (...args) => posters[dealt++ % posters.length].post(...args);
const close = () => posters.forEach((p) => p.close());
const pids = apis.map((api) => api.pid);
const contact = { name: '抢购', phone: '13900139000' };
try {
  // Warm the API's pool and caches (routing, the price book) on another SKU first.
  const warm = () =>
    post(CHECKOUT, {
      input: { idempotencyKey: randomUUID(), lines: [{ skuId: plainSku, quantity: 0 }], fulfilment: 'PICKUP', storeId: store, contact },
    });
  for (let i = 0; i < 20; i++) await warm();
  await warmCheckouts(post, warmSku, store, contact, shoppers.slice(BUYERS * 2));
  let plain;
  if (PLAIN) {
    const requests = crowd(shoppers.slice(BUYERS, BUYERS * 2), () => ({
      idempotencyKey: randomUUID(),
      lines: [{ skuId: plainSku, quantity: 1 }],
      fulfilment: 'PICKUP',
      storeId: store,
      contact,
    }));
    const run = await storm(post, requests, pids, db, warm);
    const sold = Number((await db.query(`SELECT reserved FROM store_stock WHERE sku_id = $1`, [plainSku])).rows[0].reserved);
    plain = report('plain checkout (stock only, no per-user limit)', run, sold);
  }
  const sales = [];
  let ok = true;
  for (let n = 0; n < SALES; n++) {
    const saleItem = n === 0 ? item : await anotherItem(db, item);
    const requests = crowd(shoppers.slice(0, BUYERS), () => ({
      idempotencyKey: randomUUID(),
      lines: [{ skuId: flashSku, quantity: 1 }],
      fulfilment: 'PICKUP',
      storeId: store,
      contact,
      flashItemId: saleItem,
    }));
    const reservedBefore = Number((await db.query(`SELECT reserved FROM store_stock WHERE sku_id = $1`, [flashSku])).rows[0].reserved);
    const run = await storm(post, requests, pids, db, warm);
    const sold = Number((await db.query(`SELECT sold FROM flash_item WHERE id = $1`, [saleItem])).rows[0].sold);
    const lines = Number(
      (
        await db.query(
          `SELECT count(*) FROM order_line l JOIN customer_order o ON o.id = l.order_id JOIN flash_hold h ON h.checkout_id = o.checkout_id
           WHERE h.item_id = $1`,
          [saleItem],
        )
      ).rows[0].count,
    );
    const reserved =
      Number((await db.query(`SELECT reserved FROM store_stock WHERE sku_id = $1`, [flashSku])).rows[0].reserved) - reservedBefore;
    const flash = report(SALES > 1 ? `flash sale ${n + 1}/${SALES}` : 'flash sale', run, sold);
    flash.lines = lines;
    flash.reserved = reserved;
    flash.soldOutMs = soldOutAt(run.answers.filter((a) => a.kind === 'CheckoutPlaced'));
    ok &&= flash.sold === UNITS && lines === UNITS && reserved === UNITS && flash.most === 1;
    sales.push(flash);
  }
  const flash = sales[0];
  const of = (key) => median(sales.map((x) => x[key]));
  const each = (key) => (SALES > 1 ? ` [${sales.map((x) => x[key].toFixed(0)).join(', ')}]` : '');
  console.log(
    `\nflash sale${SALES > 1 ? `, median of ${SALES} sales` : ''}, ${BUYERS} buyers (${SCRIPTED_SHARE * 100} % sending ${SCRIPTED_REQUESTS} each) for ${UNITS} units, per-user limit 1, ${IN_FLIGHT} in flight: ` +
      `units sold ${sales.map((x) => x.sold).join(', ')} (${sales.map((x) => x.lines).join(', ')} order lines, ${sales.map((x) => x.reserved).join(', ')} reserved), most to one buyer ${Math.max(...sales.map((x) => x.most))}; ` +
      `losers p99 ${of('losersP99').toFixed(1)} ms${each('losersP99')}, winners p99 ${of('winnersP99').toFixed(1)} ms${each('winnersP99')}, sold out ${of('soldOutMs').toFixed(0)} ms in${each('soldOutMs')}; ` +
      `API CPU ${of('cpuMsPerRequest').toFixed(2)} ms and ${of('xactPerRequest').toFixed(3)} PostgreSQL transactions a request; ` +
      `bench client CPU ${of('clientMsPerRequest').toFixed(2)} ms a request, its loop delay p99 ${of('clientLoopP99').toFixed(1)} ms; ` +
      `load average ${flash.uptime}` +
      (plain
        ? ` (plain checkout in this sitting: losers p99 ${plain.losersP99.toFixed(1)} ms, winners p99 ${plain.winnersP99.toFixed(1)} ms)`
        : '') +
      (ok ? '' : ' — WRONG'),
  );
  if (!ok) process.exitCode = 1;
} finally {
  close();
  await Promise.all(apis.map((api) => api.stop()));
  await db.end();
}
