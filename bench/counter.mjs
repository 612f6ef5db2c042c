#!/usr/bin/env node
// bench/counter: a counter sale (收银) end to end at the server, as the SH-001 tablet sends it: five goods scanned by
// barcode (skuByBarcode each), the member code scanned (scanCounterMember), the cart priced with the member's counter
// coupon (counterQuote), then sold for cash (counterSale). One clerk, one sale after another, each for a new member
// holding a claimed counter coupon, on the seeded demo chain with the API in its own process.
// The figure is the sale's time at the server: the sum of its 8 requests' times on loopback, p50/p99; counterSale's
// own p99 beside it. Prints the figure last.
// Usage: npm run bench:counter [-- --sales 200]
import { createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadavg } from 'node:os';
import { benchUrl, cpuSeconds, ensureDatabase, graphqlPoster, numberArg, startApi, summary } from './lib.mjs';

const SALES = numberArg('--sales', 200);
const WARMUP = 20;
const URL_ = benchUrl('linli_bench_counter');

const LOGIN_STAFF = `mutation L($u: String!, $p: String!) { loginStaff(username: $u, password: $p) { __typename ... on AuthPayload { token } } }`;
const LOGIN_SHOPPER = `mutation S($code: String!) { loginShopper(code: $code) { __typename ... on AuthPayload { token } } }`;
const SECRET = `mutation { issueMemberCodeSecret { secret prefix reference digits stepSeconds } }`;
const CREATE = `mutation C($input: CreatePromotionInput!) { createPromotion(input: $input) { id } }`;
const LAUNCH = `mutation L($id: ID!) { launchPromotion(id: $id) { __typename } }`;
const CLAIM = `mutation C($id: ID!) { claimCoupon(promotionId: $id) { __typename ... on Coupon { id } } }`;
const SKU = `query K($b: String!) { skuByBarcode(barcode: $b) { id priceFen } }`;
const SCAN = `mutation M($c: String!) { scanCounterMember(memberCode: $c) { __typename ... on CounterMember { memberToken points } ... on ErrorResult { errorCode message } } }`;
const QUOTE = `query Q($input: CounterCartInput!) { counterQuote(input: $input) { __typename ... on CheckoutQuote { totalFen discountFen coupons { couponId usable } } ... on ErrorResult { errorCode message } } }`;
const SELL = `mutation S($input: CounterSaleInput!) { counterSale(input: $input) { __typename ... on CounterSaleDone { order { id totalFen } changeFen } ... on ErrorResult { errorCode message } } }`;

/** RFC 6238 TOTP (HMAC-SHA1) from a base32 secret, as the shopper's app computes its member code. */
function totp(base32, atMs, step, digits) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / step)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const o = mac[19] & 0x0f;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 10 ** digits).padStart(digits, '0');
}

async function prepare() {
  await ensureDatabase(URL_, { fresh: true });
  execFileSync('node', ['api/dist/scripts/seed-demo.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: URL_ },
  });
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  // Five SKUs at SH-001 with stock for the whole run, each with a barcode the scanner reads.
  const { rows } = await db.query(
    `UPDATE store_stock s SET on_hand = 1000000 FROM store st
      WHERE st.id = s.store_id AND st.code = 'SH-001' AND s.sku_id IN (
        SELECT sku_id FROM store_stock x JOIN store y ON y.id = x.store_id WHERE y.code = 'SH-001' ORDER BY sku_id LIMIT 5)
      RETURNING s.store_id, s.sku_id`,
  );
  const barcodes = [];
  for (const [i, r] of rows.entries()) {
    const first12 = `69012345${String(i).padStart(4, '0')}`;
    const sum = [...first12].reduce((s, d, k) => s + Number(d) * (k % 2 ? 3 : 1), 0);
    const code = `${first12}${(10 - (sum % 10)) % 10}`;
    await db.query(`UPDATE sku SET barcode = $2 WHERE id = $1`, [r.sku_id, code]);
    barcodes.push(code);
  }
  await db.end();
  return { storeId: rows[0].store_id, barcodes };
}

async function main() {
  const { storeId, barcodes } = await prepare();
  const api = await startApi(URL_);
  const gql = graphqlPoster(api.port, 1);
  const timed = async (query, variables, token) => {
    const t0 = performance.now();
    const res = await gql.post(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return [res.data, performance.now() - t0];
  };
  try {
    const clerk = (await gql.post(LOGIN_STAFF, { u: 'clerk.sh001', p: 'linli-clerk-demo' })).data.loginStaff.token;
    const hq = (await gql.post(LOGIN_STAFF, { u: 'hq', p: 'linli-hq-demo' })).data.loginStaff.token;
    // A counter coupon every member holds: ¥3 off, no threshold, HQ-funded.
    const promo = await gql.post(
      CREATE,
      {
        input: {
          kind: 'COUPON',
          name: '门店立减',
          couponKind: 'AMOUNT_OFF',
          thresholdFen: 0,
          offFen: 300,
          channel: 'COUNTER',
          funder: 'HQ',
          storeIds: [storeId],
        },
      },
      hq,
    );
    const promotionId = promo.data.createPromotion.id;
    await gql.post(LAUNCH, { id: promotionId }, hq);
    // One member per sale (a member code is used up at the counter), each with the coupon claimed.
    const members = [];
    for (let i = 0; i < WARMUP + SALES; i++) {
      const token = (await gql.post(LOGIN_SHOPPER, { code: `dev:bench-counter-${randomUUID()}` })).data.loginShopper.token;
      const claimed = (await gql.post(CLAIM, { id: promotionId }, token)).data.claimCoupon;
      if (claimed.__typename !== 'Coupon') throw new Error(`claim: ${JSON.stringify(claimed)}`);
      const held = (await gql.post(SECRET, {}, token)).data.issueMemberCodeSecret;
      members.push({ held, couponId: claimed.id });
    }

    const sales = [];
    const sells = [];
    let cpuAtStart = 0;
    for (let i = 0; i < WARMUP + SALES; i++) {
      if (i === WARMUP) cpuAtStart = cpuSeconds(api.pid);
      const { held, couponId } = members[i];
      let ms = 0;
      const lines = [];
      for (const b of barcodes) {
        const [d, t] = await timed(SKU, { b }, clerk);
        ms += t;
        lines.push({ skuId: d.skuByBarcode.id, quantity: 1 });
      }
      const code = held.prefix + held.reference + totp(held.secret, Date.now(), held.stepSeconds, held.digits);
      const [scan, t1] = await timed(SCAN, { c: code }, clerk);
      if (scan.scanCounterMember.__typename !== 'CounterMember') throw new Error(`member: ${JSON.stringify(scan)}`);
      const cart = { lines, memberToken: scan.scanCounterMember.memberToken, couponId };
      const [q, t2] = await timed(QUOTE, { input: cart }, clerk);
      if (q.counterQuote.__typename !== 'CheckoutQuote' || q.counterQuote.discountFen < 300) throw new Error(`quote: ${JSON.stringify(q)}`);
      const total = q.counterQuote.totalFen;
      const [s, t3] = await timed(
        SELL,
        {
          input: {
            ...cart,
            idempotencyKey: `bench-${randomUUID()}`,
            expectedTotalFen: total,
            payment: { method: 'CASH', tenderedFen: Math.ceil(total / 10_000) * 10_000 },
          },
        },
        clerk,
      );
      if (s.counterSale.__typename !== 'CounterSaleDone') throw new Error(`sale: ${JSON.stringify(s)}`);
      ms += t1 + t2 + t3;
      if (i >= WARMUP) {
        sales.push(ms);
        sells.push(t3);
      }
    }
    // CPU the API spent per sale: what a busy machine cannot inflate the way it inflates wall time.
    const cpuMs = ((cpuSeconds(api.pid) - cpuAtStart) * 1000) / SALES;
    const whole = summary(sales);
    const sell = summary(sells);
    console.log(`API CPU per sale: ${cpuMs.toFixed(1)} ms (load average ${loadavg()[0].toFixed(1)} while it ran)`);
    console.log(`counterSale alone: p50 ${sell.p50} ms, p99 ${sell.p99} ms`);
    console.log(
      `sales: ${SALES} (after ${WARMUP} warm-up), 8 requests each (5 skuByBarcode, scanCounterMember, counterQuote, counterSale)`,
    );
    console.log(`counter sale end to end at the server: p50 ${whole.p50} ms, p99 ${whole.p99} ms (target p99 < 300 ms)`);
  } finally {
    gql.close();
    await api.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
