// Flow 4: switching store re-checks the cart against the new store's shelves (the classic bug: goods of the
// old store shown as if the new one had them).
import { expect, inject, test } from 'vitest';
import { catalog, phone, sharedBrowser, shot, stockNear, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('a line the new store has sold out is marked, and the total leaves it out', async () => {
  // A one-SKU product SH-001 has and another open pickup store nearby has sold out.
  const products = (await catalog(apiUrl)).filter((p) => p.skus.length === 1);
  const stores = await stockNear(
    apiUrl,
    products.map((p) => p.skus[0]!.id),
    undefined,
    5,
  );
  const here = stores[0]!;
  let pick: { product: (typeof products)[number]; store: (typeof stores)[number] } | null = null;
  for (const product of products) {
    const sku = product.skus[0]!.id;
    if ((here.lines.find((l) => l.skuId === sku)?.available ?? 0) < 2) continue;
    const other = stores.slice(1).find((s) => s.openNow && s.canPickup && (s.lines.find((l) => l.skuId === sku)?.available ?? 0) === 0);
    if (other) {
      pick = { product, store: other };
      break;
    }
  }
  expect(pick, 'the demo stock has a product sold out at a nearby store').not.toBeNull();
  const { product, store } = pick!;

  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain(here.store.name);
  await visible(page, 'search-entry').click();
  await visible(page, 'search-input').locator('input').fill(product.name.split(' ')[0]!);
  const row = visible(page, 'product-row').filter({ hasText: product.name });
  // The row is ready for a tap once its stock at this store has arrived (the tag a shopper reads).
  await row.locator('.product-row__stock .tag').waitFor();
  await row.locator('.stepper__btn.plus').click({ force: true });
  await expect.poll(() => row.locator('.stepper__value').textContent()).toBe('1');
  await row.locator('.stepper__btn.plus').click({ force: true });
  await expect.poll(() => visible(page, 'cart-bar').textContent()).toContain('(2)');
  await shot(page, '4-01-in-cart-at-first-store');
  await page.goBack();

  await visible(page, 'switch-store').click();
  await visible(page, 'store-option').filter({ hasText: store.store.name }).click();
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 15_000 }).toBe(store.store.name);
  await expect.poll(() => visible(page, 'cart-notice').textContent(), { timeout: 15_000 }).toContain(`${product.name} 在本店已售罄`);
  await shot(page, '4-02-switched-store-notice');

  await page.locator('.weui-tabbar__item', { hasText: '购物车' }).click();
  const line = visible(page, 'cart-line').filter({ hasText: product.name });
  await expect(line.locator('.tag').textContent()).resolves.toBe('本店已售罄');
  await expect(visible(page, 'cart-checkout').textContent()).resolves.toBe('去结算 (0)');
  await shot(page, '4-03-cart-rechecked');
});

test('a store QR (scene=SH-002) opens the app at that store', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/?scene=SH-002#/pages/home/index`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toBe('邻里便利 人民广场店');
  await expect(page.locator('.home__welcome:visible').textContent()).resolves.toBe('欢迎来到 邻里便利 人民广场店');
  await shot(page, '4-04-scene-store-qr');
});
