#!/usr/bin/env node
// bench/flood: a signed-in shopper's checkout while anonymous clients flood routing (issue 19): checkout p50/p99
// alone, then under the flood, and how many routings were served and how many requests refused (429, 503) or failed.
// The API runs in its own process (TRUST_PROXY on, so X-Forwarded-For names each client), on a fresh database of
// 20 stores around the shopper, each with the cart's 3 SKUs; every flood request asks for 5 routeCart routings.
// Usage: npm run bench:flood [-- --seconds 20] [-- --clients 10] [-- --addresses fixed|rotating]
//   fixed: each client keeps one address (the per-address limit refuses it); rotating: a new address per request
//   (a botnet: only the database queue holds it).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { BENCH_SECRET, REPO_ROOT, benchUrl, freshMigratedDatabase, numberArg, startApi, summary } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { issueToken } = require(path.join(REPO_ROOT, 'api/dist/modules/auth/token.js'));

const args = process.argv.slice(2);
const SECONDS = numberArg('--seconds', 20);
const CLIENTS = numberArg('--clients', 10);
const ADDRESSES = args.includes('--addresses') ? args[args.indexOf('--addresses') + 1] : 'fixed';
const ROUTINGS = 5;
const HOME = { lat: 31.2, lng: 121.45 };
const URL_ = benchUrl('linli_bench_flood');

const ROUTE = `query Flood($input: RouteCartInput!) { ${Array.from({ length: ROUTINGS }, (_, i) => `r${i}: routeCart(input: $input) { __typename }`).join(' ')} }`;
const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename ... on ErrorResult { errorCode message } } }`;

async function prepare() {
  const db = await freshMigratedDatabase(URL_);
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    SELECT gen_random_uuid(), 'F' || i, 'flood ' || i, '上海', 'x', ${HOME.lat} + (i % 5) * 0.004, ${HOME.lng} + (i / 5) * 0.004,
           'Asia/Shanghai', 'ACTIVE', true, true, 5000, 5101
    FROM generate_series(0, 19) i`);
  await db.query(
    `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT id, d, 0, 1440 FROM store, generate_series(1, 7) d`,
  );
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'FLOOD', 'flood')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'FLOOD', '测试商品', id FROM category`);
  await db.query(
    `INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'FS' || i, p.id, 1000 FROM product p, generate_series(1, 3) i`,
  );
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) SELECT s.id, k.id, 10000000 FROM store s, sku k`);
  const shopperId = randomUUID();
  await db.query(`INSERT INTO shopper (id, openid) VALUES ($1, 'flood-shopper')`, [shopperId]);
  await db.query(`VACUUM ANALYZE`);
  const skuIds = (await db.query(`SELECT id FROM sku ORDER BY code`)).rows.map((r) => r.id);
  await db.end();
  return { skuIds, token: issueToken({ role: 'SHOPPER', shopperId }, BENCH_SECRET, 24 * 3600, new Date()).token };
}

/** POSTs GraphQL; resolves with the status and the first error's code. */
function poster(port, sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const post = (query, variables, headers = {}) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            let json;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString());
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode, json, code: json?.errors?.[0]?.extensions?.code });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

async function checkouts(post, seconds, skuIds, token) {
  const times = [];
  const outcomes = {};
  const lines = skuIds.map((skuId) => ({ skuId, quantity: 1 }));
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    const input = {
      idempotencyKey: randomUUID(),
      lines,
      fulfilment: 'DELIVERY',
      location: { ...HOME, system: 'WGS84' },
      address: '上海市某路 1 号',
      contact: { name: '测试', phone: '13800138000' },
    };
    const s = performance.now();
    const res = await post(CHECKOUT, { input }, { authorization: `Bearer ${token}` });
    times.push(performance.now() - s);
    const kind = res.json?.data?.checkout?.__typename ?? `${res.status} ${res.code}`;
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  return { times, outcomes };
}

const { skuIds, token } = await prepare();
const api = await startApi(URL_, { RUN_JOBS: 'false', TRUST_PROXY: 'true' });
const shopper = poster(api.port, 1);
const flood = poster(api.port, CLIENTS);
try {
  await checkouts(shopper.post, 3, skuIds, token); // warm-up
  const alone = await checkouts(shopper.post, 5, skuIds, token);
  console.log(`checkout alone: ms ${JSON.stringify(summary(alone.times))} ${JSON.stringify(alone.outcomes)}`);

  let stop = false;
  let served = 0;
  const requests = {};
  const routeInput = {
    fulfilment: 'DELIVERY',
    lines: skuIds.map((skuId) => ({ skuId, quantity: 1 })),
    location: { ...HOME, system: 'WGS84' },
  };
  const client = async (n) => {
    while (!stop) {
      const address =
        ADDRESSES === 'rotating' ? `10.${n}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` : `10.0.0.${n}`;
      const res = await flood.post(ROUTE, { input: routeInput }, { 'x-forwarded-for': address });
      const key = `${res.status}${res.code ? ` ${res.code}` : ''}`;
      requests[key] = (requests[key] ?? 0) + 1;
      if (res.json?.data) served += Object.values(res.json.data).filter(Boolean).length;
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n + 1));
  const under = await checkouts(shopper.post, SECONDS, skuIds, token);
  stop = true;
  await Promise.all(clients);
  const s = summary(under.times);
  const refused = Object.entries(requests)
    .filter(([k]) => /^(429|503)/.test(k))
    .reduce((sum, [, n]) => sum + n, 0);
  const failed = Object.entries(requests)
    .filter(([k]) => !/^(200|429|503)/.test(k))
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(`checkout under the flood: ms ${JSON.stringify(s)} ${JSON.stringify(under.outcomes)}`);
  console.log(`flood requests (${ROUTINGS} routings each) by answer: ${JSON.stringify(requests)}`);
  console.log(
    `\nflood: ${CLIENTS} anonymous clients (${ADDRESSES} addresses) routing for ${SECONDS} s: checkout p50 ${s.p50} ms, p99 ${s.p99} ms ` +
      `(alone p50 ${summary(alone.times).p50}, p99 ${summary(alone.times).p99}); ${served} routings served, ${refused} requests refused (429/503), ${failed} failed (goal: p99 < 200 ms, 0 failed)`,
  );
} finally {
  shopper.close();
  flood.close();
  await api.stop();
}
