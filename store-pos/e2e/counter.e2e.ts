// The pickup counter on the enrolled SH-001 tablet: PIN unlock, keypad, a keyboard-wedge scanner, and what
// the clerk sees for each outcome.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { enrollTablet, launch, shot, tablet, tapKeys } from './browser';
import { DEMO_CLERK, DEMO_DEVICE, readyPickup, skuInStock, staffToken, storeByCode } from './shop';

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

test('a clerk unlocks the store tablet with a PIN, types the code on the keypad, checks the preview and hands over', async () => {
  const order = await readyPickup(api, store.id, sku, clerk);
  await enrollTablet(page, DEMO_DEVICE.token);
  await page.getByTestId('pin-dots').waitFor();
  await tapKeys(page, DEMO_DEVICE.pin);
  await shot(page, 'unlock-pin');
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
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
  await page.getByRole('button', { name: '下一位' }).click().catch(() => undefined);
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
  await page.getByRole('button', { name: '下一位' }).click().catch(() => undefined);
  await tapCode('1234567890');
  await page.getByRole('button', { name: '查询' }).click();
  const feedback = page.getByTestId('feedback');
  await feedback.filter({ hasText: '取货码不对' }).waitFor();
  expect(await feedback.textContent()).toMatch(/还可以试 \d+ 次/);
  await shot(page, 'counter-wrong-code');
});
