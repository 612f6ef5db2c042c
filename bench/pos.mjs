#!/usr/bin/env node
// bench/pos: the time from a payment notification to the order on the clerk's screen. The API runs in its own
// process on the demo chain; the store app (built) runs in headless Chromium, signed in as SH-001's clerk on
// the live queue. For each order the shopper's payment goes through the sandbox cashier, which posts the
// signed notification to the API; the page stamps the moment the order's card appears. The clerk accepts
// each order after it showed, so the queue stays the size of a real shift. Prints p50/p99, the figure last.
// Usage: npm run bench:pos [-- --orders 100]
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { benchUrl, ensureDatabase, graphqlPoster, numberArg, startApi, summary } from './lib.mjs';

const ORDERS = numberArg('--orders', 100);
const WARMUP = 5;
const URL_ = benchUrl('linli_bench_pos');

const LOGIN_STAFF = `mutation L($u: String!, $p: String!) { loginStaff(username: $u, password: $p) { __typename ... on AuthPayload { token me { storeId } } } }`;
const LOGIN_SHOPPER = `mutation S($code: String!) { loginShopper(code: $code) { __typename ... on AuthPayload { token } } }`;
const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename
  ... on CheckoutPlaced { checkout { id } orders { id } } ... on ErrorResult { errorCode message } } }`;
const PAY = `mutation P($checkoutId: ID!) { payCheckout(checkoutId: $checkoutId) { __typename ... on PaymentParams { package } ... on ErrorResult { errorCode message } } }`;
const ACCEPT = `mutation A($orderId: ID!) { advanceOrder(orderId: $orderId, event: ACCEPT) { __typename } }`;

async function prepare() {
  await ensureDatabase(URL_, { fresh: true });
  execFileSync('node', ['api/dist/scripts/seed-demo.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: URL_ },
  });
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  // One SKU with plenty of stock at SH-001, open around the clock for the run.
  const { rows } = await db.query(
    `UPDATE store_stock SET on_hand = 100000 WHERE (store_id, sku_id) = (SELECT s.store_id, s.sku_id FROM store_stock s JOIN store st ON st.id = s.store_id WHERE st.code = 'SH-001' ORDER BY s.sku_id LIMIT 1) RETURNING store_id, sku_id`,
  );
  await db.query(`UPDATE store_hours SET opens_min = 0, closes_min = 1440 WHERE store_id = $1`, [rows[0].store_id]);
  await db.end();
  return { storeId: rows[0].store_id, skuId: rows[0].sku_id };
}

async function main() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: 'store-pos',
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { storeId, skuId } = await prepare();
  const api = await startApi(URL_);
  const gql = graphqlPoster(api.port, 4);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const base = `http://localhost:${api.port}`;
    const clerk = (await gql.post(LOGIN_STAFF, { u: 'clerk.sh001', p: 'linli-clerk-demo' })).data.loginStaff.token;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/pos/login`);
    await page.getByLabel('用户名').fill('clerk.sh001');
    await page.getByLabel('密码').fill('linli-clerk-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/pos/counter');
    await page.getByRole('link', { name: '订单' }).click();
    await page.getByRole('button', { name: '开始营业' }).click();
    // Stamp (wall clock) the moment each order's card is in the page.
    await page.evaluate(() => {
      const seen = (window.__seen = {});
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-order-id]'))
          seen[el.dataset.orderId] ??= performance.timeOrigin + performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });

    const shopper = (await gql.post(LOGIN_SHOPPER, { code: `dev:bench-${randomUUID()}` })).data.loginShopper.token;
    const latencies = [];
    for (let i = 0; i < WARMUP + ORDERS; i++) {
      const placed = (
        await gql.post(
          CHECKOUT,
          {
            input: {
              idempotencyKey: randomUUID(),
              lines: [{ skuId, quantity: 1 }],
              fulfilment: 'PICKUP',
              storeId,
              contact: { name: '王小明', phone: '13800138000' },
            },
          },
          shopper,
        )
      ).data.checkout;
      if (placed.__typename !== 'CheckoutPlaced') throw new Error(`checkout: ${JSON.stringify(placed)}`);
      const orderId = placed.orders[0].id;
      const pay = (await gql.post(PAY, { checkoutId: placed.checkout.id }, shopper)).data.payCheckout;
      if (pay.__typename !== 'PaymentParams') throw new Error(`pay: ${JSON.stringify(pay)}`);
      // The sandbox cashier signs and posts the notification at once: this is when WeChat would notify us.
      const notifiedAt = Date.now();
      const res = await fetch(`${base}/sandbox/wechatpay/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prepayId: pay.package.replace('prepay_id=', '') }),
      });
      if (!res.ok) throw new Error(`sandbox pay: ${res.status} ${await res.text()}`);
      await page.waitForSelector(`[data-order-id="${orderId}"]`, { timeout: 30_000 });
      const shownAt = await page.evaluate((id) => window.__seen[id], orderId);
      if (i >= WARMUP) latencies.push(shownAt - notifiedAt);
      // The clerk takes it, as at the counter; the next order arrives a moment later.
      await gql.post(ACCEPT, { orderId }, clerk);
      await new Promise((r) => setTimeout(r, 100));
    }
    const s = summary(latencies);
    console.log(`bench:pos over ${ORDERS} orders (after ${WARMUP} warm-up), SH-001's live queue in headless Chromium`);
    console.log(`  mean ${s.mean} ms, max ${Math.max(...latencies).toFixed(2)} ms`);
    console.log(`payment notification → order on the clerk's screen: p50 ${s.p50} ms, p99 ${s.p99} ms (goal p99 < 1000 ms)`);
  } finally {
    await browser.close();
    gql.close();
    await api.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
