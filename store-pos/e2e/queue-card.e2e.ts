// What a clerk reads on the order card and the receipt, on a tablet left on UTC in a Shanghai store: the
// store's times, the pickup slot as a window with its day, the accept deadline saying what it is; the new-order
// notice in the top bar, covering nothing; 开始营业 saying it turns the sound on; a 58 mm receipt in columns.
// Each test opens its own tablet and makes its own orders.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { launch, shot, signIn, tablet } from './browser';
import { sql } from './db';
import { DEMO_CLERK, firstFreeSlot, paidPickup, shopperToken, skuInStock, storeByCode } from './shop';

const STORE_ZONE = 'Asia/Shanghai';
let api: TestApi;
let browser: Browser;
let store: { id: string };
let sku: string;
let shopper: string;

const storeDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: STORE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const storeClock = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: STORE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
const card = (page: Page, orderId: string) => page.locator(`[data-order-id="${orderId}"]`);

/** A clerk on a tablet whose own clock is set to UTC, on the queue, sound not yet on. */
async function utcQueue(): Promise<Page> {
  const { page } = await tablet(browser, api.url, 'UTC');
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: '订单' }).click();
  await page.getByRole('tab', { name: /待接单/ }).waitFor();
  return page;
}

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
  store = await storeByCode(api, 'SH-001');
  sku = await skuInStock(api, store.id, 10);
  // Open all day, every day, with no special dates: whatever hour the test runs at, there are slots.
  await sql(api.dbName, `UPDATE store_hours SET opens_min = 0, closes_min = 1440 WHERE store_id = $1`, [store.id]);
  await sql(api.dbName, `DELETE FROM store_hours_exception WHERE store_id = $1`, [store.id]);
  shopper = await shopperToken(api);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test("the card shows the store's times on a UTC tablet: pickup 明天 HH:MM–HH:MM and the accept deadline, each named", async () => {
  const page = await utcQueue();
  const tomorrow = storeDate(new Date(Date.now() + 86_400_000));
  const slot = await firstFreeSlot(api, store.id, tomorrow);
  const orderId = await paidPickup(api, store.id, sku, shopper, slot.startsAt);
  const [row] = await sql<{ accept_by: Date; paid_at: Date }>(api.dbName, `SELECT accept_by, paid_at FROM customer_order WHERE id = $1`, [
    orderId,
  ]);
  const order = card(page, orderId);
  await order.waitFor();
  // Shanghai's 13:05, not the tablet's 05:05.
  expect(await order.textContent()).toContain(`${storeClock(row!.paid_at)} 付款`);
  // The slot as the shopper chose it (the API's label is the store's wall clock), with its day.
  await order
    .getByTestId('pickup-slot')
    .filter({ hasText: `取货 明天 ${slot.label.replace('-', '–')}` })
    .waitFor();
  expect(await order.getByTestId('accept-by').textContent()).toBe(`请在 ${storeClock(row!.accept_by)} 前接单`);
  await shot(page, 'queue-card-slot-utc-tablet');
});

test('the new-order notice sits in the top bar, green, over nothing on the page', async () => {
  const page = await utcQueue();
  // One order on screen, then another arrives while the clerk is about to print the first one's pick list.
  const first = await paidPickup(api, store.id, sku, shopper);
  await card(page, first).waitFor();
  await paidPickup(api, store.id, sku, shopper);
  const notice = page.getByTestId('queue-notice').filter({ hasText: '新订单' });
  await notice.waitFor();
  await shot(page, 'queue-notice-new-order');
  const noticeBox = (await notice.boundingBox())!;
  const contentTop = (await page.locator('main.content').boundingBox())!.y;
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(contentTop);
  // Every button on the first card is what a tap there reaches.
  for (const button of await card(page, first).locator('button, a').all()) {
    const hit = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!top && el.contains(top);
    });
    expect(hit, (await button.textContent()) ?? '').toBe(true);
  }
  const background = await notice.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(198, 40, 40)');
});

test('开始营业 says it turns the new-order sound on, and the bar says when it is on', async () => {
  const page = await utcQueue();
  const startShift = page.getByRole('button', { name: /开始营业/ });
  expect(await startShift.textContent()).toContain('开启新订单提示音');
  await shot(page, 'queue-start-shift');
  await startShift.click();
  await page.getByTestId('sound-on').filter({ hasText: '提示音已开' }).waitFor();
  await page.locator('.live-orders[data-audio="on"]').waitFor();
});

test('a 58 mm receipt keeps "12盒装" whole and sets quantity and amount in their own columns, within the paper', async () => {
  const [milk] = await sql<{ id: string }>(api.dbName, `SELECT id FROM sku WHERE code = 'SKU-0024'`);
  await sql(api.dbName, `UPDATE store_stock SET on_hand = GREATEST(on_hand, reserved + 5) WHERE sku_id = $1 AND store_id = $2`, [
    milk!.id,
    store.id,
  ]);
  const orderId = await paidPickup(api, store.id, milk!.id, shopper);
  const [line] = await sql<{ name: string }>(api.dbName, `SELECT name FROM order_line WHERE order_id = $1`, [orderId]);
  const { page } = await tablet(browser, api.url, 'UTC');
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.goto(`/pos/print/${orderId}?kind=receipt&width=58`);
  const text = page.getByTestId('receipt-text');
  await text.waitFor();
  const lines = (await text.textContent())!.split('\n');
  expect(lines).toContain(line!.name);
  expect(lines[lines.indexOf(line!.name) + 1]).toMatch(/¥42\.90 +x1 +¥42\.90$/);
  await shot(page, 'print-receipt-58-columns');
  // On paper: nothing runs past the printable width, in the printer's own font.
  await page.emulateMedia({ media: 'print' });
  const fits = await text.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, font: getComputedStyle(el).fontFamily }));
  expect(fits.scroll).toBeLessThanOrEqual(fits.client);
  expect(fits.font).toContain('Noto Sans Mono CJK SC');
  await page.emulateMedia({ media: 'screen' });
});
