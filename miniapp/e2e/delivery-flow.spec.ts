// Flow 2: delivery to a new address (saved in the address book on the server, the pin deciding the zone);
// flow 3: a delivery point outside every zone gets the helpful alternative (pick up at a store nearby).
import { expect, inject, test } from 'vitest';
import { phone, sharedBrowser, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

async function fillNewAddress(page: import('playwright-core').Page, area: string, detail: string) {
  await visible(page, 'address-card').click();
  await visible(page, 'add-address').click();
  await visible(page, 'address-area').filter({ hasText: area }).click();
  await visible(page, 'address-detail').locator('input').fill(detail);
  await visible(page, 'address-name').locator('input').fill('陈静');
  await visible(page, 'address-phone').locator('input').fill('13700137000');
}

test('delivery to a new address, paid in the sandbox', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible(page, 'mode-DELIVERY').click();
  // ¥22 of water: above the ¥20 minimum for delivery.
  await visible(page, 'product-row').filter({ hasText: '农夫山泉' }).locator('[data-testid="choose-spec"]').click();
  await visible(page, 'spec-picker').locator('[data-testid="spec-value"]', { hasText: '12瓶装' }).click();
  await visible(page, 'spec-picker').locator('[data-testid="spec-add"]').click();
  await visible(page, 'go-checkout').click();
  await visible(page, 'checkout-DELIVERY').click();

  await fillNewAddress(page, '黄浦 · 南京东路', '南京东路 299 号 12 楼 1203 室');
  await shot(page, '2-01-new-address');
  await visible(page, 'save-address').click();

  await expect.poll(() => visible(page, 'address-card').textContent(), { timeout: 15_000 }).toContain('1203 室');
  await expect.poll(() => visible(page, 'delivery-fee').textContent(), { timeout: 15_000 }).toMatch(/^¥\d/);
  const fee = Number((await visible(page, 'delivery-fee').textContent())!.slice(1));
  await expect(visible(page, 'checkout-total').textContent()).resolves.toBe(`¥${(22 + fee).toFixed(2)}`);
  await shot(page, '2-02-checkout-delivery');
  await visible(page, 'place-order').click();

  await visible(page, 'cashier-pay').waitFor({ timeout: 20_000 });
  await expect(visible(page, 'cashier-amount').textContent()).resolves.toBe(`¥${(22 + fee).toFixed(2)}`);
  await visible(page, 'cashier-pay').click();
  await expect.poll(() => visible(page, 'order-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('PAID');
  await expect(page.locator('.order__deliver-to:visible').textContent()).resolves.toContain('南京东路 299 号 12 楼 1203 室');
  await shot(page, '2-03-delivery-order-paid');
});

test('outside every delivery zone: the app offers pickup at a nearby store and switches to it', async () => {
  // At home in 宝山 大场: stores are a few kilometres away and none delivers there.
  const { page } = await phone(browser(), { latitude: 31.33, longitude: 121.45 });
  await page.goto(`${apiUrl}/m/`);
  await visible(page, 'store-name').waitFor({ timeout: 20_000 });
  await visible(page, 'mode-DELIVERY').click();
  const row = visible(page, 'product-row').filter({ hasText: '农夫山泉' });
  await row.locator('[data-testid="choose-spec"]').click();
  await visible(page, 'spec-picker').locator('[data-testid="spec-value"]', { hasText: '12瓶装' }).click();
  await visible(page, 'spec-picker').locator('[data-testid="spec-add"]').click();
  await visible(page, 'go-checkout').click();
  await visible(page, 'checkout-DELIVERY').click();
  await fillNewAddress(page, '宝山 · 大场', '场中路 3000 弄 5 号');
  await visible(page, 'save-address').click();

  const notice = visible(page, 'quote-refusal');
  await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toMatch(/^你的地址不在配送范围内：.+店 [\d.]+ k?m 可自取，改为自取？/);
  const storeName = /：(.+店) /.exec((await notice.textContent())!)![1]!;
  await shot(page, '3-01-outside-every-zone');

  await visible(page, 'quote-action').click();
  await expect.poll(() => page.locator('.checkout__label:visible').first().textContent(), { timeout: 15_000 }).toBe(`到 ${storeName} 自取`);
  await expect.poll(() => visible(page, 'quote-refusal').count(), { timeout: 15_000 }).toBe(0);
  await shot(page, '3-02-switched-to-pickup');
});
