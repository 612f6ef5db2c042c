// HQ console helpers for the browser tests: a laptop viewport, and orders of a past period written straight into
// the database as the API would have left them (paid, accepted, made ready, handed over).
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { UpdateStoreDocument, VerifyPickupDocument } from '../../api/test/generated/graphql';
import type { TestApi } from './api';
import { signIn } from './browser';
import { sql } from './db';
import { createClerk, DEMO_HQ, readyPickup, skuInStock, staffToken, storeByCode } from './shop';

export async function laptop(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return { context, page };
}

/** HQ signed in on a laptop and on one screen of the console (the name of its link in the side navigation). */
export async function hqScreen(browser: Browser, baseURL: string, link: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await laptop(browser, baseURL);
  await signIn(page, DEMO_HQ);
  await page.waitForURL('**/pos/hq');
  await page.getByRole('link', { name: link, exact: true }).click();
  return { context, page };
}

export interface PastOrder {
  storeId: string;
  fulfilment: 'PICKUP' | 'DELIVERY';
  goodsFen: number;
  /** When it was paid (UTC ISO). */
  paidAt: string;
  acceptMin: number;
  readyMin: number;
  skuId: string;
  quantity: number;
}

/** Writes paid, handed-over orders with their line and steps; returns their ids. */
export async function seedPastOrders(api: TestApi, orders: PastOrder[]): Promise<string[]> {
  const [shopper] = await sql<{ id: string }>(api.dbName, `INSERT INTO shopper (id, openid) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `seed-${randomUUID()}`,
  ]);
  const [checkout] = await sql<{ id: string }>(
    api.dbName,
    `INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no, payment_expires_at, created_at)
     VALUES (gen_random_uuid(), $1, 'seed', 'h', 'PAID', 'PICKUP', 1, 0, 1, $2, now(), now()) RETURNING id`,
    [shopper!.id, `LLSEED${Date.now()}`],
  );
  const ids: string[] = [];
  for (const o of orders) {
    const id = randomUUID();
    ids.push(id);
    const fee = o.fulfilment === 'DELIVERY' ? 500 : 0;
    const paid = new Date(o.paidAt);
    const at = (min: number) => new Date(paid.getTime() + min * 60_000).toISOString();
    await sql(
      api.dbName,
      `INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, distance_m,
                                   contact_name, contact_phone, stock, paid_at, pickup_deadline, handed_over_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::int, $8::int, $7::int + $8::int, 800, '王', '13800138000', 'CONSUMED', $9::timestamptz, $10::timestamptz, $11::timestamptz, $9::timestamptz, $11::timestamptz)`,
      [
        id,
        checkout!.id,
        shopper!.id,
        o.storeId,
        o.fulfilment,
        o.fulfilment === 'PICKUP' ? 'PICKED_UP' : 'DELIVERED',
        o.goodsFen,
        fee,
        paid.toISOString(),
        o.fulfilment === 'PICKUP' ? at(24 * 60) : null,
        at(o.readyMin + 30),
      ],
    );
    await sql(
      api.dbName,
      `INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity)
       SELECT gen_random_uuid(), $1, 1, k.id, k.code, p.name, $3::int / $4::int, $4::int FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = $2`,
      [id, o.skuId, o.goodsFen, o.quantity],
    );
    await sql(
      api.dbName,
      `INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, at) VALUES
         (gen_random_uuid(), $1, 'PAID', 'ACCEPTED', 'ACCEPT', $2, 'seed', $3),
         (gen_random_uuid(), $1, 'ACCEPTED', $4, $5, $2, 'seed', $6)`,
      [
        id,
        o.storeId,
        at(o.acceptMin),
        o.fulfilment === 'PICKUP' ? 'READY_FOR_PICKUP' : 'DISPATCHED',
        o.fulfilment === 'PICKUP' ? 'MARK_READY' : 'DISPATCH',
        at(o.readyMin),
      ],
    );
  }
  return ids;
}

const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** A pickup paid, made ready and handed over now at a store (opened all day first), by a new clerk of it. */
export async function handOver(api: TestApi, storeCode: string, username: string) {
  const store = await storeByCode(api, storeCode);
  // Open whatever the hour the test runs at (the demo stores close at night).
  const { updateStore } = await api.ok(
    UpdateStoreDocument,
    { id: store.id, input: { hours: ALL_DAY, exceptions: [] } },
    await staffToken(api, DEMO_HQ),
  );
  if (updateStore.__typename !== 'Store') throw new Error(JSON.stringify(updateStore));
  const clerk = await createClerk(api, store.id, username);
  const token = await staffToken(api, clerk);
  const sku = await skuInStock(api, store.id);
  const ready = await readyPickup(api, store.id, sku, token);
  const { verifyPickup } = await api.ok(VerifyPickupDocument, { input: { code: ready.code } }, token);
  if (verifyPickup.__typename !== 'PickupVerified') throw new Error(`not handed over: ${JSON.stringify(verifyPickup)}`);
  const [o] = await sql<{ total_fen: number }>(api.dbName, `SELECT total_fen FROM customer_order WHERE id = $1`, [ready.orderId]);
  return { store, orderId: ready.orderId, totalFen: o!.total_fen };
}
