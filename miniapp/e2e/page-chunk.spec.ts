// A page's code that fails to download (the network dropped as the shopper tapped) must not leave the tap doing
// nothing: the app says so, and the next tap opens the page once the network is back.
import { expect, inject, test } from 'vitest';
import { phone, sharedBrowser, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('a page whose code did not download says so, and opens on the next tap once it can', async () => {
  const { context, page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await visible(page, 'store-name').waitFor({ timeout: 20_000 });
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  await visible(page, 'me-coupons').waitFor({ timeout: 20_000 });
  // From here no script downloads: the coupon page's code is not loaded yet.
  const refused: string[] = [];
  await context.route(/\/m\/js\/.*\.js$/, (route) => (refused.push(route.request().url()), route.abort('internetdisconnected')));
  await visible(page, 'me-coupons').click();
  await page.getByText('网络不稳，页面没有打开').waitFor({ timeout: 10_000 });
  expect(refused.length).toBeGreaterThan(0);
  await shot(page, '9-30-page-chunk-failed');
  expect(await visible(page, 'redeem-code').count()).toBe(0);
  // The network is back: the same tap opens the page.
  await context.unroute(/\/m\/js\/.*\.js$/);
  await visible(page, 'me-coupons').click();
  await visible(page, 'redeem-code').waitFor({ timeout: 20_000 });
});
