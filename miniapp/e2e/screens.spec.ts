// What every screen does when the network lets it down, and the frame around the screens in H5: a title bar
// with a back button, an icon for the browser tab.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { phone, sharedBrowser, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

/** Makes the API unreachable for these operations (the request fails as on a phone losing its network). */
async function failOperations(page: Page, names: string[]) {
  const failing = new Set(names);
  await page.route('**/graphql', (route) => {
    const body = route.request().postData() ?? '';
    const name = /"operationName":"(\w+)"/.exec(body)?.[1] ?? /(?:query|mutation)\s+(\w+)/.exec(body)?.[1];
    return name && failing.has(name) ? route.abort('internetdisconnected') : route.fallback();
  });
  return () => page.unroute('**/graphql');
}

test('a read that fails says so and offers a retry, never an empty list', async () => {
  const { page } = await phone(browser());
  const heal = await failOperations(page, ['Products', 'Categories', 'MyOrders']);
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');

  // Home: the product list failed.
  await visible(page, 'read-failed').waitFor();
  await expect(visible(page, 'read-failed').textContent()).resolves.toContain('没有加载出来');
  await shot(page, '7-01-home-read-failed');

  // 分类 and 订单 fail the same way.
  await page.locator('.weui-tabbar__item', { hasText: '分类' }).click();
  await visible(page, 'read-failed').waitFor();
  await expect(visible(page, 'category-tab').count()).resolves.toBe(0);
  await shot(page, '7-02-category-read-failed');
  await page.locator('.weui-tabbar__item', { hasText: '订单' }).click();
  await visible(page, 'read-failed').waitFor();
  await expect(page.getByText('还没有订单').and(page.locator(':visible')).count()).resolves.toBe(0);
  await shot(page, '7-03-orders-read-failed');

  // The network is back: 重试 shows what is there.
  await heal();
  await visible(page, 'retry').click();
  await page.getByText('还没有订单').and(page.locator(':visible')).waitFor();
  await page.locator('.weui-tabbar__item', { hasText: '分类' }).click();
  await visible(page, 'retry').click();
  await visible(page, 'category-tab').first().waitFor();
  await visible(page, 'product-row').first().waitFor();
  await shot(page, '7-04-category-after-retry');
  await page.locator('.weui-tabbar__item', { hasText: '首页' }).click();
  await visible(page, 'retry').click();
  await visible(page, 'product-row').first().waitFor();
});

test('H5 has a title bar with a back button, and the browser finds an icon', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await expect(page.locator('.taro-navigation-bar-title:visible').textContent()).resolves.toBe('邻里');
  await visible(page, 'search-entry').click();
  await visible(page, 'search-input').waitFor();
  await expect.poll(() => page.locator('.taro-navigation-bar-title:visible').textContent()).toBe('搜索');
  await shot(page, '7-05-search-title-bar');
  await page.locator('.taro-navigation-bar-back:visible').click();
  await visible(page, 'search-entry').waitFor();

  for (const url of [`${apiUrl}/favicon.ico`, `${apiUrl}/m/favicon.ico`]) {
    const res = await fetch(url);
    expect(res.status, url).toBe(200);
    expect(res.headers.get('content-type'), url).toMatch(/image/);
  }
});
