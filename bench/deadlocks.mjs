#!/usr/bin/env node
// bench/deadlocks: the storm of issue 11 item 2 against the API in its own process. Two stores ~480 m apart, each
// the other's nearest; 50 paid pickup orders (half at each) rejected at once by their clerks, while 20 shoppers
// cancel unpaid checkouts at both stores in the very moment they pay them in the sandbox cashier (whose
// notification races the cancel). Prints every answer's kind, whether the stock held still matches the orders,
// and last PostgreSQL's deadlock count for the storm (pg_stat_database.deadlocks, before and after).
// Usage: npm run bench:deadlocks [-- --orders 50] [-- --cancels 20]
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { BENCH_SECRET, benchUrl, freshMigratedDatabase, graphqlPoster, numberArg, startApi } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { issueToken } = require('../api/dist/modules/auth/token.js');

const ORDERS = numberArg('--orders', 50);
const CANCELS = numberArg('--cancels', 20);
const SKUS = 4;
const URL_ = benchUrl('linli_bench_deadlocks');

const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename
  ... on CheckoutPlaced { checkout { id } orders { id } } ... on ErrorResult { errorCode message } } }`;
const PAY = `mutation P($id: ID!) { payCheckout(checkoutId: $id) { __typename ... on PaymentParams { package } ... on ErrorResult { message } } }`;
const STEP = `__typename ... on CustomerOrder { state store { id } } ... on ErrorResult { errorCode }`;
const REJECT = `mutation R($id: ID!) { rejectOrder(orderId: $id, reason: "bench") { ${STEP} } }`;
const CANCEL = `mutation X($id: ID!) { cancelOrder(orderId: $id) { ${STEP} } }`;

async function prepare() {
  const db = await freshMigratedDatabase(URL_);
  await db.query(`
    INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver, delivery_radius_m, delivery_reach_m)
    VALUES (gen_random_uuid(), 'DL-A', 'bench A', '武汉', 'x', 30.5, 114.3, 'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3100),
           (gen_random_uuid(), 'DL-B', 'bench B', '武汉', 'x', 30.5, 114.305, 'Asia/Shanghai', 'ACTIVE', true, true, 3000, 3100)`);
  await db.query(
    `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min) SELECT id, d, 0, 1440 FROM store, generate_series(1, 7) d`,
  );
  await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
  await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', '测试商品', id FROM category`);
  await db.query(
    `INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'DS' || i, p.id, 300 FROM product p, generate_series(1, ${SKUS}) i`,
  );
  await db.query(`INSERT INTO store_stock (store_id, sku_id, on_hand) SELECT s.id, k.id, 100000 FROM store s, sku k`);
  const shopper = (await db.query(`INSERT INTO shopper (id, openid) VALUES (gen_random_uuid(), 'bench-deadlocks') RETURNING id`)).rows[0]
    .id;
  const stores = (await db.query(`SELECT id FROM store ORDER BY code`)).rows.map((r) => r.id);
  const skus = (await db.query(`SELECT id FROM sku ORDER BY code`)).rows.map((r) => r.id);
  await db.query(`ANALYZE`);
  return { db, shopper, stores, skus };
}

/** The sandbox cashier: pays the prepay id, and the sandbox posts WeChat's notification to the API. */
function sandboxPay(port, prepayId) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ prepayId });
    const req = http.request(
      { host: '127.0.0.1', port, path: '/sandbox/wechatpay/pay', method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const deadlocks = async (db) =>
  Number((await db.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks);

const { db, shopper, stores, skus } = await prepare();
const now = new Date();
const token = issueToken({ role: 'SHOPPER', shopperId: shopper }, BENCH_SECRET, 3600, now).token;
const clerk = (storeId) =>
  issueToken({ role: 'CLERK', staffId: randomUUID(), username: 'bench-clerk', storeId }, BENCH_SECRET, 3600, now).token;
const api = await startApi(URL_, { RUN_JOBS: 'false' });
const { post, close } = graphqlPoster(api.port, 64);
const tally = {};
const count = (kind) => (tally[kind] = (tally[kind] ?? 0) + 1);
const answer = (res, field) =>
  res.errors
    ? `error:${res.errors[0].extensions?.code ?? res.errors[0].message}`
    : `${field}:${res.data[field].__typename}${res.data[field].state ? `(${res.data[field].state})` : ''}`;
try {
  const place = async (storeId) => {
    const lines = skus.map((skuId) => ({ skuId, quantity: 1 }));
    const input = { idempotencyKey: randomUUID(), lines, fulfilment: 'PICKUP', storeId, contact: { name: '王', phone: '13800138000' } };
    const res = await post(CHECKOUT, { input }, token);
    if (res.errors || res.data.checkout.__typename !== 'CheckoutPlaced')
      throw new Error(`checkout: ${JSON.stringify(res.errors ?? res.data)}`);
    const pay = await post(PAY, { id: res.data.checkout.checkout.id }, token);
    if (pay.errors || pay.data.payCheckout.__typename !== 'PaymentParams')
      throw new Error(`pay: ${JSON.stringify(pay.errors ?? pay.data)}`);
    return { orderId: res.data.checkout.orders[0].id, storeId, prepayId: pay.data.payCheckout.package.replace('prepay_id=', '') };
  };
  const paid = [];
  for (let i = 0; i < ORDERS; i += 10) {
    const wave = await Promise.all(Array.from({ length: Math.min(10, ORDERS - i) }, (_, j) => place(stores[(i + j) % 2])));
    for (const o of wave) if ((await sandboxPay(api.port, o.prepayId)) !== 200) throw new Error('sandbox did not pay');
    paid.push(...wave);
  }
  const unpaid = await Promise.all(Array.from({ length: CANCELS }, (_, i) => place(stores[i % 2])));

  const before = await deadlocks(db);
  const t0 = Date.now();
  // A request that fails (no answer in 30 s, a broken connection) is counted as such, not thrown.
  const settle = (what, work) => work.then(count, (err) => count(`${what} failed: ${err.message.slice(0, 60)}`));
  await Promise.all([
    ...paid.map((o) =>
      settle(
        'rejectOrder',
        post(REJECT, { id: o.orderId }, clerk(o.storeId)).then((res) => answer(res, 'rejectOrder')),
      ),
    ),
    ...unpaid.map((o) =>
      settle(
        'cancelOrder',
        post(CANCEL, { id: o.orderId }, token).then((res) => answer(res, 'cancelOrder')),
      ),
    ),
    ...unpaid.map((o) =>
      settle(
        'sandbox pay',
        sandboxPay(api.port, o.prepayId).then((status) => `sandbox pay: HTTP ${status}`),
      ),
    ),
  ]);
  const stormMs = Date.now() - t0;
  // A backend reports its statistics within 10 s of going idle (PostgreSQL 15): wait for the last of them.
  await new Promise((r) => setTimeout(r, 11_500));
  const after = await deadlocks(db);
  const drift = (
    await db.query(`
      WITH held AS (SELECT o.store_id, ol.sku_id, sum(ol.quantity - ol.refunded_quantity)::int AS held
                    FROM customer_order o JOIN order_line ol ON ol.order_id = o.id WHERE o.stock = 'HELD' GROUP BY 1, 2)
      SELECT count(*)::int AS n FROM store_stock ss LEFT JOIN held h USING (store_id, sku_id) WHERE ss.reserved <> coalesce(h.held, 0)`)
  ).rows[0].n;
  console.log(`storm: ${ORDERS} rejections + ${CANCELS} cancels racing their payments, in ${stormMs} ms`);
  for (const [kind, n] of Object.entries(tally).sort()) console.log(`  ${kind}: ${n}`);
  console.log(`stock rows whose reserved count differs from what the orders hold: ${drift}`);
  console.log(`deadlocks (pg_stat_database.deadlocks, after − before): ${after - before}`);
} finally {
  close();
  await db.end();
  await api.stop();
}
