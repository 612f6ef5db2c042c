// A screen whose code cannot be fetched (the API, which serves the app, restarting while a clerk opens it) says so
// inside the frame and opens by itself once the API answers, and an ended session still returns the tablet to the
// PIN. Before this, the router's developer page replaced the whole app and the tablet stayed on it.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SignOutDocument } from '../../api/test/generated/graphql';
import { enrollTablet, shot, tablet, tapKeys, useApiAndBrowser } from './browser';
import { sql } from './db';
import { DEMO_DEVICE, ordersUntilSessionEndSeen, shopperToken, skuInStock, storeByCode } from './shop';

const h = useApiAndBrowser();
const TODAY_CHUNK = /\/pos\/assets\/today-[^/]*\.js$/;

/**
 * The API away for this tablet: the 今日 screen's code and the health check both fail until `back()`. On the
 * context, not the page: the app's service worker fetches the code, and page routes do not see its requests.
 */
async function apiAway(page: Page): Promise<() => Promise<void>> {
  const context = page.context();
  await context.route(TODAY_CHUNK, (r) => r.abort('connectionrefused'));
  await context.route('**/health', (r) => r.abort('connectionrefused'));
  return async () => {
    await context.unroute(TODAY_CHUNK);
    await context.unroute('**/health');
  };
}

async function unlockedTablet() {
  const { page } = await tablet(h.browser, h.api.url);
  await enrollTablet(page, DEMO_DEVICE.token);
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  return page;
}

test('a screen that could not load says why inside the frame and opens by itself once the API answers', async () => {
  const page = await unlockedTablet();
  const back = await apiAway(page);
  await page.getByRole('link', { name: /今日/ }).click();
  const fault = page.getByTestId('page-error');
  await fault.filter({ hasText: '这一页没能打开' }).filter({ hasText: '连上后会自动重新打开' }).waitFor();
  // The frame stays: the clerk can still go to another screen.
  await page.getByRole('link', { name: /核销/ }).waitFor();
  await shot(page, 'page-error-chunk');
  await back();
  await page.getByTestId('today-READY_FOR_PICKUP').waitFor();
  expect(await fault.count()).toBe(0);
  expect(page.url()).toMatch(/\/pos\/today$/);
});

test('a session that ends while a screen shows the fault still returns the tablet to the PIN', async () => {
  const store = await storeByCode(h.api, 'SH-001');
  const sku = await skuInStock(h.api, store.id);
  await sql(h.api.dbName, `UPDATE store_stock SET on_hand = reserved + 100 WHERE store_id = $1 AND sku_id = $2`, [store.id, sku]);
  const shopper = await shopperToken(h.api);
  const page = await unlockedTablet();
  await apiAway(page);
  await page.getByRole('link', { name: /今日/ }).click();
  await page.getByTestId('page-error').waitFor();
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('linli.pos.session')!).token as string);
  await h.api.ok(SignOutDocument, {}, token);
  await ordersUntilSessionEndSeen(page, h.api, { storeId: store.id, skuId: sku, shopper }, '/pos/today', /\/pos\/unlock$/);
  await page.getByTestId('session-ended').filter({ hasText: '登录已失效，请重新登录' }).waitFor();
});
