// A walk over every screen at 375×812 as a new shopper makes it, with a screenshot of each: the title bar
// (with a back button off the tabs), the screen's own content, and the two quick backs that once left a
// blank page.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { paidPickupOrder, phone, sharedBrowser, shopperToken, shot, stockNear, catalog, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

const title = (page: Page) => page.locator('.taro-navigation-bar-title:visible').textContent();
const tab = (page: Page, name: string) => page.locator('.weui-tabbar__item', { hasText: name }).click();
const back = (page: Page) => page.locator('.taro-navigation-bar-back:visible').click();

test('every screen shows its title and its content', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible(page, 'product-row').first().waitFor();
  await shot(page, '8-01-home');

  await tab(page, '分类');
  await visible(page, 'category-tab').first().waitFor();
  await expect.poll(() => title(page)).toBe('分类');
  await shot(page, '8-02-category');
  await tab(page, '购物车');
  await page.getByText('购物车是空的').or(visible(page, 'cart-line')).first().waitFor();
  await shot(page, '8-03-cart-empty');
  await tab(page, '订单');
  await page.getByText('还没有订单').and(page.locator(':visible')).waitFor();
  await shot(page, '8-04-orders-empty');
  await tab(page, '我的');
  await expect.poll(() => visible(page, 'points').textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
  await shot(page, '8-05-me');

  await tab(page, '首页');
  await visible(page, 'switch-store').click();
  await visible(page, 'store-option').first().waitFor();
  await expect.poll(() => title(page)).toBe('选择门店');
  await shot(page, '8-06-stores');
  await back(page);
  await visible(page, 'place').click();
  await visible(page, 'area').first().waitFor();
  await shot(page, '8-07-location');
  await back(page);

  await visible(page, 'search-entry').click();
  await visible(page, 'search-input').locator('input').fill('牛奶');
  await visible(page, 'product-row').first().waitFor();
  await shot(page, '8-08-search-results');
  await visible(page, 'product-row').first().click();
  await visible(page, 'product-add').waitFor();
  await shot(page, '8-09-product');
  await visible(page, 'product-add').click();
  await visible(page, 'spec-add').click();
  await page.getByText('已加入购物车').waitFor();
  await shot(page, '8-10-added-to-cart');
  await back(page);
  await back(page);

  await tab(page, '购物车');
  await visible(page, 'cart-line').first().waitFor();
  // A stepper's buttons are thumb-sized: at least 44 CSS px each way.
  const box = await visible(page, 'cart-line').first().locator('.stepper__btn.plus').boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await shot(page, '8-11-cart');
  await visible(page, 'cart-checkout').click();
  await visible(page, 'place-order').waitFor();
  await visible(page, 'checkout-PICKUP').click();
  await visible(page, 'slot').first().waitFor();
  await shot(page, '8-12-checkout-pickup');
  await visible(page, 'checkout-DELIVERY').click();
  await visible(page, 'address-card').click();
  await visible(page, 'add-address').waitFor();
  await expect.poll(() => title(page)).toBe('收货地址');
  await shot(page, '8-13-address-list');
  await visible(page, 'add-address').click();
  await visible(page, 'address-area').first().waitFor();
  await shot(page, '8-14-address-edit');

  // An order of this shopper, paid through the API: its page, the cashier and after-sales.
  const token = await shopperToken(page);
  const products = (await catalog(apiUrl)).filter((p) => p.skus.length === 1);
  const [sh001] = await stockNear(
    apiUrl,
    products.map((p) => p.skus[0]!.id),
    undefined,
    1,
  );
  const skuId = sh001!.lines.find((l) => l.available >= 2)!.skuId;
  const orderId = await paidPickupOrder(apiUrl, token, [{ skuId, quantity: 1 }]);
  await page.goto(`${apiUrl}/m/#/pages/order/index?id=${orderId}`);
  await visible(page, 'pickup-code').waitFor({ timeout: 20_000 });
  await expect(visible(page, 'pickup-slot').textContent()).resolves.toBe('取货时间备好即可取货');
  await shot(page, '8-15-order');
  await page.goto(`${apiUrl}/m/#/pages/cashier/index?prepay=demo&total=1250&order=${orderId}`);
  await visible(page, 'cashier-pay').waitFor();
  await shot(page, '8-16-cashier');
  await page.goto(`${apiUrl}/m/#/packages/aftersale/apply/index?order=${orderId}`);
  await visible(page, 'after-sale-line').first().waitFor({ timeout: 20_000 });
  await shot(page, '8-17-after-sale');
});

test('a tab tapped right after two quick backs shows its page', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await visible(page, 'product-row').first().waitFor({ timeout: 20_000 });
  // Three deep: home, a product, checkout.
  await visible(page, 'product-row').first().click();
  await visible(page, 'product-add').click();
  await visible(page, 'spec-add').click();
  await visible(page, 'go-checkout').click();
  await visible(page, 'place-order').waitFor();
  // Two backs 120 ms apart (as fast as a thumb on the browser's back), then 分类 at once.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        history.back();
        setTimeout(() => {
          history.back();
          resolve();
        }, 120);
      }),
  );
  await tab(page, '分类');
  await visible(page, 'category-tab').first().waitFor();
  await expect.poll(() => title(page)).toBe('分类');
  await shot(page, '8-18-tab-after-quick-backs');
});
