// 改价 and 整单折扣 on the SH-001 tablet, then 退货: the clerk HQ granted discounts lowers one line's price and takes
// 9.5折 off the sale with a tapped reason, takes cash, then the customer brings one unit back; the clerk finds the
// sale by its receipt number, refunds that unit and is told, large, how much cash to hand back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { launch, openDemoSale, shot, tablet } from './browser';
import { sql } from './db';
import { DEMO_DEVICE, skuInStock, storeByCode } from './shop';

let api: TestApi;
let browser: Browser;
let page: Page;
let store: { id: string };

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
  store = await storeByCode(api, 'SH-001');
  ({ page } = await tablet(browser, api.url));
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function scanWithGun(code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

const fenOf = (text: string | null) => Math.round(Number(text!.replace(/[^0-9.]/g, '')) * 100);
const stock = async (skuId: string) =>
  (await sql<{ on_hand: number }>(api.dbName, `SELECT on_hand FROM store_stock WHERE store_id = $1 AND sku_id = $2`, [store.id, skuId]))[0]!
    .on_hand;

test('the clerk lowers a price and discounts the sale within their grant, then refunds one unit and hands back the cash', async () => {
  const sku = await skuInStock(api, store.id, 10);
  await sql(api.dbName, `UPDATE sku SET barcode = '6901234567809' WHERE id = $1`, [sku]);
  await sql(api.dbName, `UPDATE staff_user SET discount_granted = false WHERE store_id = $1 AND role = 'CLERK'`, [store.id]);
  await openDemoSale(page, DEMO_DEVICE);

  // Without HQ's grant the clerk is offered no 改价 and no 整单折扣 (the API would refuse them anyway).
  await scanWithGun('6901234567809');
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBeGreaterThan(0);
  await page.getByRole('button', { name: '现金', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /改价$/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '整单折扣' }).count()).toBe(0);
  expect(await page.getByTestId('sale-grant').count()).toBe(0);
  await shot(page, 'sale-no-grant');

  // HQ grants SH-001's clerks discounts of up to 30 % and ¥50 a sale; the next visit to 收银 offers them, with the cap.
  await sql(
    api.dbName,
    `UPDATE staff_user SET discount_granted = true, discount_max_bp = 3000, discount_max_fen = 5000 WHERE store_id = $1 AND role = 'CLERK'`,
    [store.id],
  );
  await page.getByRole('link', { name: /核销/ }).click();
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: /收银/ }).click();
  await page.getByText('扫描商品条码开始收银').waitFor();
  await page.getByTestId('sale-grant').waitFor();
  expect(await page.getByTestId('sale-grant').textContent()).toBe('你的优惠上限：商品金额的 30%，每单 ¥50.00');
  const before = await stock(sku);

  // Three units, scanned; the store's price is what the first one costs.
  await scanWithGun('6901234567809');
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBeGreaterThan(0);
  const listFen = fenOf(await page.getByTestId('sale-total').textContent());
  await scanWithGun('6901234567809');
  await scanWithGun('6901234567809');
  await expect.poll(() => page.getByRole('list', { name: 'cart' }).locator('b').first().textContent()).toBe('3');
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBe(listFen * 3);

  // 改价: one yuan off the unit price, reason 临期.
  const newUnit = listFen - 100;
  await page.getByRole('button', { name: /改价$/ }).click();
  await page.getByLabel('新单价（元）').fill((newUnit / 100).toFixed(2));
  await page.getByRole('button', { name: '临期' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBe(newUnit * 3);

  // 整单折扣 9.5折 for a regular customer.
  await page.getByRole('button', { name: '整单折扣' }).click();
  await page.getByRole('button', { name: '9.5折' }).click();
  await page.getByRole('button', { name: '老顾客' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  const expected = newUnit * 3 - Math.floor((newUnit * 3 * 500) / 10_000);
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBe(expected);
  await page.getByRole('button', { name: /店员优惠：9\.5折/ }).waitFor();
  await shot(page, 'sale-discount');

  // Cash, the exact amount.
  await page.getByRole('button', { name: '现金', exact: true }).click();
  await page.getByLabel('实收（元）').fill((expected / 100).toFixed(2));
  await page.getByRole('button', { name: '收现金' }).click();
  await page.getByTestId('sale-done').waitFor();
  const [order] = await sql<{ id: string; total_fen: number }>(
    api.dbName,
    `SELECT o.id, o.total_fen FROM customer_order o WHERE o.store_id = $1 ORDER BY o.created_at DESC LIMIT 1`,
    [store.id],
  );
  expect(order!.total_fen).toBe(expected);
  expect(await stock(sku)).toBe(before - 3);

  // The customer brings one unit back with the receipt: 退货, receipt number typed, one unit, refund.
  await page.getByRole('button', { name: '下一位顾客' }).click();
  await page.getByRole('link', { name: /退货/ }).click();
  await page.waitForURL('**/pos/refund');
  await page.getByLabel(/小票单号/).fill(`#${order!.id.slice(0, 8).toUpperCase()}`);
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByText('可退 3').waitFor();
  // The sale says which clerk lowered which price from what to what, and the 整单折扣 on what was left.
  const clerkNotes = await page.getByTestId('refund-clerk').locator('li').allTextContents();
  expect(clerkNotes).toHaveLength(2);
  expect(clerkNotes[0]).toMatch(new RegExp(`改价：.+ ¥${(listFen / 100).toFixed(2)}→¥${(newUnit / 100).toFixed(2)} ×3$`));
  expect(clerkNotes[1]).toMatch(new RegExp(`整单折扣：¥${((newUnit * 3) / 100).toFixed(2)}→¥${(expected / 100).toFixed(2)}$`));
  await page.getByRole('list', { name: '退货商品' }).getByRole('button', { name: /\+$/ }).click();
  await page.getByRole('button', { name: /确认退款 · 退 1 件/ }).waitFor();
  await shot(page, 'refund-choose');
  await page.getByRole('button', { name: /确认退款/ }).click();
  // One unit of three: floor(total·1/3), handed back in cash.
  const back = Math.floor(expected / 3);
  await page.getByTestId('refund-back').filter({ hasText: '请退给顾客现金' }).waitFor();
  expect(fenOf(await page.getByTestId('refund-back').textContent())).toBe(back);
  expect(await page.getByTestId('refund-receipt').textContent()).toContain('×1');
  await shot(page, 'refund-done');
  expect(await stock(sku)).toBe(before - 2);
  const [refund] = await sql<{ amount_fen: number }>(api.dbName, `SELECT amount_fen FROM refund WHERE order_id = $1`, [order!.id]);
  expect(refund!.amount_fen).toBe(back);
});
