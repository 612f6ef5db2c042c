// The pickup counter on the enrolled SH-001 tablet: PIN unlock, keypad, a keyboard-wedge scanner, and what
// the clerk sees for each outcome.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { enrollTablet, launch, shot, tablet, tapKeys } from './browser';
import { DEMO_CLERK, DEMO_DEVICE, memberCodeNow, readyPickup, shopperToken, skuInStock, staffToken, storeByCode } from './shop';

let api: TestApi;
let browser: Browser;
let page: Page;
let clerk: string;
let store: { id: string };
let sku: string;

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
  store = await storeByCode(api, 'SH-001');
  sku = await skuInStock(api, store.id, 10);
  clerk = await staffToken(api, DEMO_CLERK);
  ({ page } = await tablet(browser, api.url));
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const tapCode = (code: string) => tapKeys(page, code);
/** Clears the last outcome, when one is shown. */
async function nextCustomer() {
  const next = page.getByRole('button', { name: '下一位' });
  if (await next.isVisible()) await next.click();
}

test('a clerk unlocks the store tablet with a PIN, types the code on the keypad, checks the preview and hands over', async () => {
  const order = await readyPickup(api, store.id, sku, clerk);
  await enrollTablet(page, DEMO_DEVICE.token);
  await page.getByTestId('pin-dots').waitFor();
  await tapKeys(page, DEMO_DEVICE.pin);
  await shot(page, 'unlock-pin');
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  // Whoever unlocked is named in the top bar: every action from here is stamped with them.
  await page.getByTestId('who').filter({ hasText: '南京东路店店员' }).waitFor();
  await tapCode(order.code);
  await expect.poll(() => page.getByTestId('code-display').textContent()).toBe(order.code.replace(/(\d{5})(?=\d)/g, '$1 '));
  await shot(page, 'counter-keypad');
  await page.getByRole('button', { name: '查询' }).click();
  const preview = page.getByTestId('preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain('王**');
  expect(await preview.textContent()).toContain('待取货');
  await shot(page, 'counter-preview');
  await page.getByRole('button', { name: '确认交货' }).click();
  await page.getByTestId('feedback').filter({ hasText: '交货成功' }).waitFor();
  await shot(page, 'counter-success');

  // The same code again: already picked up, when and by whom.
  await page.getByRole('button', { name: '下一位' }).click();
  await tapCode(order.code);
  await page.getByRole('button', { name: '查询' }).click();
  const feedback = page.getByTestId('feedback');
  await feedback.filter({ hasText: '已经取过货了' }).waitFor();
  expect(await feedback.textContent()).toContain('clerk.sh001');
  await shot(page, 'counter-already');
});

test("a scanner's keystrokes verify a QR without tapping into a field", async () => {
  const order = await readyPickup(api, store.id, sku, clerk);
  await nextCustomer();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.type(order.qrToken, { delay: 2 });
  await page.keyboard.press('Enter');
  await page.getByTestId('preview').waitFor();
  // The scanner's Enter on the preview, or a tap: both hand over.
  await page.getByRole('button', { name: '确认交货' }).click();
  await page.getByTestId('feedback').filter({ hasText: '交货成功' }).waitFor();
  const { sql } = await import('./db');
  const [row] = await sql<{ state: string }>(api.dbName, `SELECT state FROM customer_order WHERE id = $1`, [order.orderId]);
  expect(row!.state).toBe('PICKED_UP');
});

test('a wrong code says so and how many tries are left', async () => {
  await nextCustomer();
  await tapCode('1234567890');
  await page.getByRole('button', { name: '查询' }).click();
  const feedback = page.getByTestId('feedback');
  await feedback.filter({ hasText: '取货码不对' }).waitFor();
  expect(await feedback.textContent()).toMatch(/还可以试 \d+ 次/);
  await shot(page, 'counter-wrong-code');
});

test('a shopper shows their member code; the clerk types it and signs them up to this store', async () => {
  const shopper = await shopperToken(api);
  // What the shopper's app computes on the phone from its secret (the phone itself: member-code.e2e.ts).
  const showCode = () => memberCodeNow(api, shopper);
  const first = await showCode();
  await page.getByRole('link', { name: '会员' }).click();
  await page.getByLabel('扫描或输入会员码').fill(first);
  await page.getByRole('button', { name: '登记为本店会员' }).click();
  const outcome = page.getByTestId('member-outcome');
  await outcome.filter({ hasText: '已登记为本店会员' }).waitFor();
  expect(await outcome.textContent()).toContain('积分：0');
  await shot(page, 'members-bound');
  // Scanned again (a scanner gun types the barcode's digits and Enter): already this store's member, first bind stays.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.type(await showCode(), { delay: 2 });
  await page.keyboard.press('Enter');
  await outcome.filter({ hasText: '已是 SH-001 的会员' }).waitFor();
  // Nobody else's code: a made-up one is refused.
  await page.getByLabel('扫描或输入会员码').fill('96123456789012345678');
  await page.getByRole('button', { name: '登记为本店会员' }).click();
  await outcome.filter({ hasText: '会员码无效' }).waitFor();
});

test('after too many wrong codes the counter says it is locked and until when', async () => {
  await page.getByRole('link', { name: '核销' }).click();
  const feedback = page.getByTestId('feedback');
  for (let i = 0; i < 6; i++) {
    await nextCustomer();
    await tapCode('1234567890');
    await page.getByRole('button', { name: '查询' }).click();
    await feedback.waitFor();
    if ((await feedback.textContent())?.includes('已锁定')) break;
  }
  await feedback.filter({ hasText: '输错太多次，已锁定' }).waitFor();
  expect(await feedback.textContent()).toMatch(/\d{2}:\d{2} 前不能手输取货码，扫码仍可用/);
  await shot(page, 'counter-locked');
});
