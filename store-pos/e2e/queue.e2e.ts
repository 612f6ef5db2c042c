// The live queue: a paid order appears with the alert and is accepted; a rejected order leaves one store's
// queue and enters the next store's; a clerk of a third store never sees it; the queue catches up after the
// API restarts mid-shift. Each test makes its own orders, opens the tab it needs and counts from what it found,
// so the tests pass in any order (run them with --sequence.shuffle to check).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { launch, shot, signIn, tablet } from './browser';
import { sql } from './db';
import {
  afterSaleRequested,
  createClerk,
  DEMO_CLERK,
  paidDelivery,
  paidPickup,
  shopperToken,
  skuInStock,
  staffToken,
  storeByCode,
} from './shop';

let api: TestApi;
let browser: Browser;
let a: { id: string };
let b: { id: string };
let c: { id: string };
let sku: string;
let shopper: string;
const pages: Record<'a' | 'b' | 'c', Page> = {} as never;

async function openQueue(who: { username: string; password: string }): Promise<Page> {
  const { page } = await tablet(browser, api.url);
  await signIn(page, who);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: '订单' }).click();
  await page.getByRole('button', { name: '开始营业' }).click();
  await page.locator('.live-orders[data-audio="on"]').waitFor();
  return page;
}

const card = (page: Page, orderId: string) => page.locator(`[data-order-id="${orderId}"]`);
const alerts = async (page: Page) => Number(await page.locator('.live-orders').getAttribute('data-alerts'));
const count = async (page: Page, tab: string) => Number(await page.getByTestId(`count-${tab}`).textContent());

/** The queue open on one tab, wherever the last test left this tablet. */
async function openTab(page: Page, name: RegExp) {
  await page.getByRole('link', { name: '订单' }).click();
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
  a = await storeByCode(api, 'SH-001');
  b = await storeByCode(api, 'SH-025'); // the nearest store to SH-001
  c = await storeByCode(api, 'SH-002');
  // B must carry the SKU too (not every store stocks every product), or the re-route has nowhere to go.
  sku = await skuInStock(api, a.id, 10, 0, b.id);
  // Only A and B hold this SKU, all three are open now: a re-routed order has exactly one place to go.
  await sql(api.dbName, `UPDATE store_stock SET on_hand = GREATEST(on_hand, 20) WHERE sku_id = $1 AND store_id = ANY($2::uuid[])`, [
    sku,
    [a.id, b.id],
  ]);
  await sql(api.dbName, `UPDATE store_stock SET on_hand = reserved WHERE sku_id = $1 AND NOT store_id = ANY($2::uuid[])`, [
    sku,
    [a.id, b.id],
  ]);
  await sql(api.dbName, `UPDATE store_hours SET opens_min = 0, closes_min = 1440 WHERE store_id = ANY($1::uuid[])`, [[a.id, b.id, c.id]]);
  // The seed closes SH-001 early on 31 December: no special dates, or the test fails on that evening.
  await sql(api.dbName, `DELETE FROM store_hours_exception WHERE store_id = ANY($1::uuid[])`, [[a.id, b.id, c.id]]);
  // A one-item delivery whatever the SKU's price (SH-001 delivers from 20 yuan of goods).
  await sql(api.dbName, `UPDATE store SET min_order_fen = 0 WHERE id = $1`, [a.id]);
  const clerkB = await createClerk(api, b.id, 'clerk.sh025');
  const clerkC = await createClerk(api, c.id, 'clerk.sh002');
  shopper = await shopperToken(api);
  [pages.a, pages.b, pages.c] = await Promise.all([openQueue(DEMO_CLERK), openQueue(clerkB), openQueue(clerkC)]);
});
// A failed test keeps the API's log beside its screenshots: live delivery problems show there, not in the page.
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail')
    writeFileSync(path.join(__dirname, 'screenshots', `api-log-${ctx.task.name.slice(0, 24).replace(/\W+/g, '-')}.txt`), api.output);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('a new paid order appears live with the alert and the clerk accepts it', async () => {
  const page = pages.a;
  await openTab(page, /待接单/);
  await shot(page, 'queue-empty');
  const [paid, accepted] = [await count(page, 'PAID'), await count(page, 'ACCEPTED')];
  // The clerk is at the counter when the order comes in: the alert and the notice reach them there.
  await page.getByRole('link', { name: '核销' }).click();
  await page.waitForURL('**/pos/counter');
  const before = await alerts(page);
  const orderId = await paidPickup(api, a.id, sku, shopper);
  await page.getByTestId('queue-notice').filter({ hasText: '新订单' }).waitFor();
  expect(await alerts(page)).toBe(before + 1);
  await shot(page, 'queue-new-order-at-counter');
  await page.getByTestId('queue-notice').click();
  await card(page, orderId).waitFor();
  expect(await count(page, 'PAID')).toBe(paid + 1);
  await shot(page, 'queue-new-order');
  await card(page, orderId).getByRole('button', { name: '接单' }).click();
  await card(page, orderId).waitFor({ state: 'detached' });
  await expect.poll(() => count(page, 'ACCEPTED')).toBe(accepted + 1);
  await page.getByRole('tab', { name: /备货中/ }).click();
  await card(page, orderId).getByRole('button', { name: '备好了' }).waitFor();
  await shot(page, 'queue-accepted');
});

test('a delivery order offers only its next step: accept, dispatch, delivered', async () => {
  const page = pages.a;
  await openTab(page, /待接单/);
  const orderId = await paidDelivery(api, { lat: 31.2366, lng: 121.4812 }, sku, shopper);
  const order = card(page, orderId);
  await order.getByRole('button', { name: '接单' }).click();
  await page.getByRole('tab', { name: /备货中/ }).click();
  await order.getByRole('button', { name: '发出配送' }).waitFor();
  expect(await order.getByRole('button', { name: '备好了' }).count()).toBe(0);
  await order.getByRole('button', { name: '发出配送' }).click();
  await page.getByRole('tab', { name: /配送中/ }).click();
  await order.getByRole('button', { name: '已送达' }).waitFor();
  await shot(page, 'queue-dispatched');
  await order.getByRole('button', { name: '已送达' }).click();
  await order.waitFor({ state: 'detached' });
  const [row] = await sql<{ state: string }>(api.dbName, `SELECT state FROM customer_order WHERE id = $1`, [orderId]);
  expect(row!.state).toBe('DELIVERED');
});

test("a rejected order leaves this store's queue and enters the next store's; a third store never sees it", async () => {
  await Promise.all([openTab(pages.a, /待接单/), openTab(pages.b, /待接单/), openTab(pages.c, /待接单/)]);
  const orderId = await paidPickup(api, a.id, sku, shopper);
  await card(pages.a, orderId).waitFor();
  const bAlerts = await alerts(pages.b);
  await card(pages.a, orderId).getByRole('button', { name: '拒单' }).click();
  await shot(pages.a, 'queue-reject-dialog');
  await pages.a.getByRole('dialog').getByRole('button', { name: '商品缺货' }).click();
  await card(pages.a, orderId).waitFor({ state: 'detached' });
  // The notice first: it shows for a few seconds only, while the card stays.
  await pages.b.getByTestId('queue-notice').filter({ hasText: '转来的订单' }).waitFor();
  await card(pages.b, orderId).waitFor();
  expect(await alerts(pages.b)).toBe(bAlerts + 1);
  await shot(pages.b, 'queue-rerouted-in');
  expect(await card(pages.c, orderId).count()).toBe(0);
  expect(await alerts(pages.c)).toBe(0);
  expect(await pages.c.getByTestId('count-PAID').textContent()).toBe('0');
  const [row] = await sql<{ store_id: string }>(api.dbName, `SELECT store_id FROM customer_order WHERE id = $1`, [orderId]);
  expect(row!.store_id).toBe(b.id);
});

test('an after-sales request arrives live; the clerk approves one (refund) and declines another with a reason', async () => {
  const page = pages.a;
  await openTab(page, /待接单/);
  const clerk = await staffToken(api, DEMO_CLERK);
  const open = await count(page, 'AFTER_SALES');
  const before = await alerts(page);
  const first = await afterSaleRequested(api, a.id, sku, clerk, '瓶子裂了');
  await page.getByTestId('queue-notice').filter({ hasText: '新的售后申请' }).waitFor();
  // One alert for the order when it was paid, one for the request.
  expect(await alerts(page)).toBe(before + 2);
  await expect.poll(() => count(page, 'AFTER_SALES')).toBe(open + 1);
  await page.getByRole('tab', { name: /售后/ }).click();
  const firstCard = page.locator(`[data-aftersale-id="${first.afterSaleId}"]`);
  await firstCard.filter({ hasText: '瓶子裂了' }).waitFor();
  await shot(page, 'queue-aftersale');
  await firstCard.getByRole('button', { name: '同意退款' }).click();
  await firstCard.waitFor({ state: 'detached' });
  const second = await afterSaleRequested(api, a.id, sku, clerk, '不想要了');
  const secondCard = page.locator(`[data-aftersale-id="${second.afterSaleId}"]`);
  await secondCard.getByRole('button', { name: '拒绝' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '商品无质量问题' }).click();
  await secondCard.waitFor({ state: 'detached' });
  const rows = await sql<{ id: string; state: string; decline_reason: string | null }>(
    api.dbName,
    `SELECT id, state, decline_reason FROM after_sale WHERE id = ANY($1::uuid[])`,
    [[first.afterSaleId, second.afterSaleId]],
  );
  expect(rows.find((r) => r.id === first.afterSaleId)).toMatchObject({ state: 'APPROVED' });
  expect(rows.find((r) => r.id === second.afterSaleId)).toMatchObject({ state: 'DECLINED', decline_reason: '商品无质量问题' });
});

test('the queue says the connection dropped, reconnects by itself and catches up after the API restarts', async () => {
  const page = pages.a;
  await openTab(page, /待接单/);
  await api.stop();
  // Every tablet sees the drop (and, below, the way back), so the tests after this one find them live.
  const all = Object.values(pages);
  await Promise.all(all.map((p) => p.getByTestId('offline-banner').waitFor()));
  await shot(page, 'queue-offline');
  await api.launch();
  // Paid the moment the API is back, before the tablet's socket has necessarily resubscribed.
  const orderId = await paidPickup(api, a.id, sku, shopper);
  await card(page, orderId).waitFor({ timeout: 20_000 });
  await Promise.all(all.map((p) => p.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 20_000 })));
  await shot(page, 'queue-caught-up');
});
