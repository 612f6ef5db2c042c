// Flow 1: open, nearest store, two products (one with a spec), pickup in a slot, pay in the sandbox, code
// and QR; then the clerk marks it ready through the API and the open order page follows without a reload.
import { expect, inject, test } from 'vitest';
import { catalog, clerkOfSH001, orderIdOf, phone, sharedBrowser, shot, stockUpAtSH001, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('pickup order from the nearest store, paid in the sandbox, turns ready live', async () => {
  const products = (await catalog(apiUrl)).filter((p) => p.name.includes('东方树叶') || p.name.includes('农夫山泉'));
  await stockUpAtSH001(
    apiUrl,
    products.flatMap((p) => p.skus.map((s) => s.id)),
    3,
  );
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);

  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible(page, 'product-row').first().waitFor();
  await shot(page, '1-01-home-nearest-store');

  // A product with one SKU: straight into the cart.
  const tea = visible(page, 'product-row').filter({ hasText: '东方树叶' });
  await tea.locator('.stepper__btn.plus').click();
  // A product with specs: choose 12瓶装 in the picker.
  await visible(page, 'product-row').filter({ hasText: '农夫山泉' }).locator('[data-testid="choose-spec"]').click();
  const picker = visible(page, 'spec-picker');
  await picker.locator('[data-testid="spec-value"]', { hasText: '12瓶装' }).click();
  await shot(page, '1-02-spec-picker');
  await picker.locator('[data-testid="spec-add"]').click();
  // The sheet closes at once; a toast says the goods went in.
  await page.getByText('已加入购物车').waitFor();
  await expect.poll(() => visible(page, 'cart-bar').textContent()).toContain('(2)');
  await shot(page, '1-03-cart-bar');

  await visible(page, 'go-checkout').click();
  await visible(page, 'place-order').waitFor();
  await visible(page, 'checkout-PICKUP').click();
  // Each slot says its day, and the order page later shows the slot chosen here.
  const slot = visible(page, 'slot').first();
  const slotDay = (await slot.locator('.checkout__slot-day').textContent())!;
  expect(slotDay).toMatch(/^(今天|明天) \d{1,2}月\d{1,2}日$/);
  const slotTime = (await slot.locator('.checkout__slot-time').textContent())!.split(' · ')[0]!;
  expect(slotTime).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
  await slot.click();
  await visible(page, 'contact-name').locator('input').fill('王小明');
  await visible(page, 'contact-phone').locator('input').fill('13800138000');
  await shot(page, '1-04-checkout-pickup-slot');
  await visible(page, 'place-order').click();

  await visible(page, 'cashier-pay').waitFor({ timeout: 20_000 });
  // 茉莉花茶 ¥5 + 农夫山泉 12瓶装 ¥22
  await expect(visible(page, 'cashier-amount').textContent()).resolves.toBe('¥27.00');
  await shot(page, '1-05-sandbox-cashier');
  await visible(page, 'cashier-pay').click();

  await visible(page, 'pickup-code').waitFor({ timeout: 20_000 });
  const code = (await visible(page, 'pickup-code').textContent())!.replace(/\s/g, '');
  expect(code).toMatch(/^\d{10}$/);
  await expect(visible(page, 'pickup-qr').count()).resolves.toBe(1);
  await expect.poll(() => visible(page, 'order-state').getAttribute('data-state')).toBe('PAID');
  await expect(visible(page, 'pickup-slot').textContent()).resolves.toBe(`取货时间${slotDay} ${slotTime}`);
  // Paid, not yet accepted: the API offers the shopper to cancel; the store's hours come from the API too.
  await visible(page, 'cancel-order').waitFor();
  await expect(visible(page, 'store-opening').textContent()).resolves.toBe('营业时间：24 小时营业'); // SH-001 of the demo opens around the clock
  await shot(page, '1-06-paid-code-and-qr');

  // The clerk acts through the API; the page must follow on its own.
  const orderId = orderIdOf(page);
  const clerk = await clerkOfSH001(apiUrl);
  await clerk.advance(orderId, 'ACCEPT');
  await clerk.advance(orderId, 'MARK_READY');
  const urlBefore = page.url();
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  // Well inside the page's 30 s fallback poll: this is the myOrderEvents subscription at work.
  await expect.poll(() => visible(page, 'order-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('READY_FOR_PICKUP');
  expect(page.url()).toBe(urlBefore);
  await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
  await expect(visible(page, 'order-state').textContent()).resolves.toBe('可以取货了');
  expect(await visible(page, 'cancel-order').count()).toBe(0);
  await shot(page, '1-07-ready-live');
});
