// 收银 on the enrolled SH-001 tablet: a scanner types goods barcodes anywhere on the screen, the clerk picks one
// more item, scans the customer's member code, takes cash and hands back the change, then prints the 58 mm receipt.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { launch, openDemoSale, shot, tablet } from './browser';
import { sql } from './db';
import { DEMO_DEVICE, memberCodeNow, shopperToken, skuInStock, storeByCode } from './shop';

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

/** What a USB scanner does: the digits and Enter, typed wherever the focus is. */
async function scanWithGun(code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

const stock = async (skuId: string) =>
  (await sql<{ on_hand: number }>(api.dbName, `SELECT on_hand FROM store_stock WHERE store_id = $1 AND sku_id = $2`, [store.id, skuId]))[0]!
    .on_hand;

test('scan goods, pick one, scan the member code, take cash, hand back the change and print the receipt', async () => {
  // A demo SKU in stock here gets a real EAN-13 barcode (the demo catalogue has none).
  const scanned = await skuInStock(api, store.id, 10);
  await sql(api.dbName, `UPDATE sku SET barcode = '6901234567892' WHERE id = $1`, [scanned]);
  // Picked by name, so from another product, with one SKU, and a name no other product's contains: the name then
  // shows exactly one row to pick (sku ids are random, and a sibling of the scanned SKU would share its name).
  const [pickedName] = await sql<{ id: string; name: string }>(
    api.dbName,
    `SELECT k.id, p.name FROM store_stock s JOIN sku k ON k.id = s.sku_id JOIN product p ON p.id = k.product_id
      WHERE s.store_id = $1 AND s.on_hand - s.reserved >= 10
        AND p.id <> (SELECT product_id FROM sku WHERE id = $2)
        AND NOT EXISTS (SELECT 1 FROM sku o WHERE o.product_id = p.id AND o.id <> k.id)
        AND NOT EXISTS (SELECT 1 FROM product q WHERE q.id <> p.id AND strpos(q.name, p.name) > 0)
      ORDER BY k.code LIMIT 1`,
    [store.id, scanned],
  );
  const picked = pickedName!.id;
  const before = { scanned: await stock(scanned), picked: await stock(picked) };

  await openDemoSale(page, DEMO_DEVICE);
  await shot(page, 'sale-empty');

  // Two of the scanned goods (scanned twice), then an unknown barcode: the clerk is told, nothing is added.
  await scanWithGun('6901234567892');
  await page.getByRole('list', { name: 'cart' }).getByRole('listitem').first().waitFor();
  await scanWithGun('6901234567892');
  await expect.poll(() => page.getByRole('list', { name: 'cart' }).locator('b').first().textContent()).toBe('2');
  await scanWithGun('6900000000003');
  await page.getByRole('alert').filter({ hasText: '没有条码为 6900000000003 的商品' }).waitFor();

  // One more item picked by name from this store's stock.
  await page.getByRole('button', { name: '选商品' }).click();
  await page.getByLabel('商品名称或编码').fill(pickedName!.name);
  await page.locator('.sale-pick', { hasText: pickedName!.name }).first().click();
  await expect.poll(() => page.getByRole('list', { name: 'cart' }).getByRole('listitem').count()).toBe(2);

  // The customer shows their member code; the scanner gun reads it into the same screen.
  const shopper = await shopperToken(api);
  await scanWithGun(await memberCodeNow(api, shopper));
  await page.getByTestId('sale-member').filter({ hasText: '积分 0' }).waitFor();
  const totalText = (await page.getByTestId('sale-total').textContent())!;
  const totalFen = Math.round(Number(totalText.replace('¥', '')) * 100);
  expect(totalFen).toBeGreaterThan(0);
  await shot(page, 'sale-cart');

  // Cash: the next whole 100 yuan handed over; the change is shown before and after.
  const tenderedYuan = Math.ceil(totalFen / 10_000) * 100 + (totalFen % 10_000 === 0 ? 100 : 0);
  await page.getByRole('button', { name: '现金', exact: true }).click();
  await page.getByLabel('实收（元）').fill(String(tenderedYuan));
  const change = tenderedYuan * 100 - totalFen;
  const changeText = `找零 ¥${Math.floor(change / 100)}.${String(change % 100).padStart(2, '0')}`;
  await page.getByText(changeText).waitFor();
  await shot(page, 'sale-cash');
  await page.getByRole('button', { name: '收现金' }).click();
  await page.getByTestId('sale-change').filter({ hasText: changeText }).waitFor();
  expect(await page.getByTestId('sale-done').textContent()).toContain('会员积分');
  await shot(page, 'sale-done');

  // The goods left this store's stock; the sale is an order of the counter, completed.
  expect(await stock(scanned)).toBe(before.scanned - 2);
  expect(await stock(picked)).toBe(before.picked - 1);
  const [order] = await sql<{ state: string; total_fen: number; channel: string; tender: string; change_fen: number }>(
    api.dbName,
    `SELECT o.state, o.total_fen, c.channel, c.tender, c.change_fen FROM customer_order o JOIN checkout c ON c.id = o.checkout_id
      WHERE o.store_id = $1 ORDER BY o.created_at DESC LIMIT 1`,
    [store.id],
  );
  expect(order).toEqual({ state: 'COMPLETED', total_fen: totalFen, channel: 'COUNTER', tender: 'CASH', change_fen: change });

  // The 58 mm receipt.
  await page.getByRole('link', { name: '打印小票' }).click();
  await page.waitForURL('**/pos/print/**');
  await page
    .locator('.receipt')
    .filter({ hasText: pickedName!.name.slice(0, 4) })
    .waitFor();
  await shot(page, 'sale-receipt');

  // Back from printing: the counter is ready for the next customer, with an empty cart.
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByText('扫描商品条码开始收银').waitFor();

  // The same member comes back with the points they earned, pays part with them and the rest by card.
  await scanWithGun('6901234567892');
  await page.getByRole('list', { name: 'cart' }).getByRole('listitem').first().waitFor();
  await scanWithGun(await memberCodeNow(api, shopper));
  const earned = Math.floor(totalFen / 100);
  await page
    .getByTestId('sale-member')
    .filter({ hasText: `积分 ${earned}` })
    .waitFor();
  const fullText = (await page.getByTestId('sale-total').textContent())!;
  await page.getByLabel('用积分抵扣').check();
  await expect.poll(() => page.getByTestId('sale-total').textContent()).not.toBe(fullText);
  await page.getByText(/积分抵扣（\d+ 分）/).waitFor();
  await shot(page, 'sale-points');
  await page.getByRole('button', { name: '刷卡' }).click();
  await page.getByTestId('sale-done').filter({ hasText: '刷卡' }).waitFor();
  await shot(page, 'sale-card-done');
});
