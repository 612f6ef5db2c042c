// The clerk's back office on the tablet: stock (find, adjust with a reason, journal), today's figures, and
// printing a pick list and a 58 mm receipt.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestApi } from './api';
import { launch, shot, signIn, tablet } from './browser';
import { sql } from './db';
import { DEMO_CLERK, readyPickup, skuInStock, staffToken, storeByCode } from './shop';

let api: TestApi;
let browser: Browser;
let page: Page;
let store: { id: string };

beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
  store = await storeByCode(api, 'SH-001');
  ({ page } = await tablet(browser, api.url));
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('the clerk finds a SKU by code, receives 5 units with a reason, and sees the journal', async () => {
  const skuId = await skuInStock(api, store.id, 1);
  const [sku] = await sql<{ code: string; on_hand: number }>(
    api.dbName,
    `SELECT k.code, s.on_hand FROM sku k JOIN store_stock s ON s.sku_id = k.id WHERE k.id = $1 AND s.store_id = $2`,
    [skuId, store.id],
  );
  await page.getByRole('link', { name: '库存' }).click();
  await page.locator('.stock-table tbody tr').first().waitFor();
  // A barcode scanner types the code and Enter with no field focused.
  await page.locator('.page-title, .topbar').first().click();
  await page.keyboard.type(sku!.code, { delay: 5 });
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('adjust-panel');
  await expect.poll(() => panel.getByTestId('on-hand').textContent()).toBe(String(sku!.on_hand));
  await panel.getByLabel('数量（加为正，减为负）').fill('5');
  await panel.getByRole('radio', { name: '到货' }).click();
  await panel.getByLabel('备注').fill('早班到货');
  await panel.getByRole('button', { name: '调整' }).click();
  await panel.getByText('库存已调整').waitFor();
  await expect.poll(() => panel.getByTestId('on-hand').textContent()).toBe(String(sku!.on_hand + 5));
  // The received row (the seed's import row can read +5 too, for a SKU that started with 5).
  await panel.locator('.journal tr').filter({ hasText: '到货' }).getByText('+5', { exact: true }).waitFor();
  await shot(page, 'stock-adjusted');
  const [after] = await sql<{ on_hand: number }>(api.dbName, `SELECT on_hand FROM store_stock WHERE sku_id = $1 AND store_id = $2`, [
    skuId,
    store.id,
  ]);
  expect(after!.on_hand).toBe(sku!.on_hand + 5);
});

test('the stock table fills the screen, sorts by a tapped heading, and every row offers 调整', async () => {
  // Opened afresh, with no SKU chosen (an earlier test may have left one open beside the table).
  await page.goto('/pos/stock');
  const table = page.locator('.stock-table');
  await table.locator('tbody tr').first().waitFor();
  const content = (await page.locator('main.content').boundingBox())!;
  expect((await table.boundingBox())!.width).toBeGreaterThan(content.width * 0.9);
  const rows = table.locator('tbody tr');
  // The adjust control is on every row, seen without selecting anything first.
  const count = await rows.count();
  expect(await rows.getByRole('button', { name: '调整' }).count()).toBe(count);
  expect(await rows.first().getByRole('button', { name: '调整' }).isVisible()).toBe(true);
  const available = async () => (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
  const heading = page.getByRole('columnheader', { name: /可售/ });
  await heading.getByRole('button').click();
  await expect.poll(() => heading.getAttribute('aria-sort')).toBe('ascending');
  const up = await available();
  expect(up).toEqual([...up].sort((x, y) => x - y));
  await shot(page, 'stock-sorted');
  await heading.getByRole('button').click();
  await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
  const down = await available();
  expect(down).toEqual([...down].sort((x, y) => y - x));
  expect(down[0]).toBeGreaterThan(down.at(-1)!);
  // 调整 on a row opens that SKU's adjustment beside the table.
  const first = rows.first();
  const code = await first.getAttribute('data-sku-code');
  await first.getByRole('button', { name: '调整' }).click();
  const panel = page.getByTestId('adjust-panel');
  await panel.waitFor();
  expect(await table.locator(`tr.row-on[data-sku-code="${code}"]`).count()).toBe(1);
  await shot(page, 'stock-adjust-open');
  await panel.getByRole('button', { name: '关闭' }).click();
  await panel.waitFor({ state: 'detached' });
});

test("today's page counts orders by state; a pick list and a 58 mm receipt print from the order", async () => {
  const order = await readyPickup(api, store.id, await skuInStock(api, store.id, 3), await staffToken(api, DEMO_CLERK));
  await page.getByRole('link', { name: '今日' }).click();
  await expect.poll(() => page.getByTestId('today-READY_FOR_PICKUP').locator('b').textContent()).toBe('1');
  await shot(page, 'today');
  await page.goto(`/pos/print/${order.orderId}?kind=picklist`);
  const printable = page.getByTestId('printable');
  await printable.waitFor();
  expect(await printable.textContent()).toContain('拣货单');
  await page.getByRole('button', { name: '小票' }).click();
  await page.getByRole('button', { name: '58 mm' }).click();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
  const width = await printable.evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(Math.round((58 / 25.4) * 96));
  await shot(page, 'print-receipt-58');
  await page.emulateMedia({ media: 'screen' });
});
