// 秒杀 in the browser: HQ puts one unit of a product on a session running now at SH-001 (and another session later);
// the shopper opens 限时秒杀 from home, sees 马上抢 with the countdown on the server's time and 原价, buys through the
// normal checkout at the flash price, pays in the sandbox, and the page then says 已抢光.
import { expect, inject, test } from 'vitest';
import { catalog, gql, phone, sharedBrowser, shot, stockNear, stockUpAtSH001, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('a shopper buys the last flash unit through the checkout and the page turns 已抢光', async () => {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  const tea = (await catalog(apiUrl)).find((p) => p.name.includes('东方树叶'))!;
  const sku = tea.skus[0]!;
  await stockUpAtSH001(apiUrl, [sku.id], 2);
  const [sh001] = await stockNear(apiUrl, [sku.id], undefined, 1);
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const create = (name: string, startsAt: number, endsAt: number, priceFen: number) =>
    gql(
      apiUrl,
      'mutation ($input: CreateFlashSessionInput!) { createFlashSession(input: $input) { id } }',
      {
        input: {
          name,
          startsAt: iso(startsAt),
          endsAt: iso(endsAt),
          items: [{ skuId: sku.id, storeId: sh001!.store.id, priceFen, quota: 1, perUserLimit: 1, perOrderLimit: 1 }],
        },
      },
      loginStaff.token,
    );
  await create('正在抢', minute - 60_000, minute + 3_600_000, sku.priceFen - 100);
  await create('下一场', minute + 2 * 3_600_000, minute + 3 * 3_600_000, sku.priceFen - 200);

  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible(page, 'flash-entry').waitFor();
  await shot(page, 'flash-00-home-entry');
  await visible(page, 'flash-entry').click();
  const item = visible(page, 'flash-item').first();
  await expect.poll(() => visible(page, 'flash-buy').first().textContent(), { timeout: 20_000 }).toBe('马上抢');
  await expect(item.textContent()).resolves.toContain(`原价 ¥${(sku.priceFen / 100).toFixed(2)}`);
  await expect(visible(page, 'flash-countdown').textContent()).resolves.toMatch(/^距结束\d\d:\d\d:\d\d$/);
  await shot(page, 'flash-01-on-now');

  // The later session: 即将开始, counting down to its start.
  await visible(page, 'flash-session').nth(1).click();
  await expect.poll(() => visible(page, 'flash-buy').first().textContent()).toBe('即将开始');
  await expect(visible(page, 'flash-countdown').textContent()).resolves.toMatch(/^距开始0[12]:\d\d:\d\d$/);
  await shot(page, 'flash-02-upcoming');

  await visible(page, 'flash-session').nth(0).click();
  await visible(page, 'flash-buy').first().click();
  await visible(page, 'place-order').waitFor();
  await visible(page, 'checkout-PICKUP').click();
  await visible(page, 'contact-name').locator('input').fill('王小明');
  await visible(page, 'contact-phone').locator('input').fill('13800138000');
  const flashPrice = `¥${((sku.priceFen - 100) / 100).toFixed(2)}`;
  // The total is the quote's (it shows — until the quote arrives).
  await expect.poll(() => visible(page, 'checkout-total').textContent(), { timeout: 20_000 }).toBe(flashPrice);
  await shot(page, 'flash-03-checkout');
  await visible(page, 'place-order').click();
  await visible(page, 'cashier-pay').waitFor({ timeout: 20_000 });
  await expect(visible(page, 'cashier-amount').textContent()).resolves.toBe(flashPrice);
  await visible(page, 'cashier-pay').click();
  await visible(page, 'pickup-code').waitFor({ timeout: 20_000 });
  // The order lists the line at its price and the flash saving as 优惠.
  await expect(visible(page, 'order-discount').textContent()).resolves.toBe('-¥1.00');
  await shot(page, 'flash-04-paid');

  // Back on the flash page: the one unit is gone.
  await page.goto(`${apiUrl}/m/#/packages/flash/sale/index`);
  await expect.poll(() => visible(page, 'flash-buy').first().textContent(), { timeout: 20_000 }).toBe('已抢光');
  await shot(page, 'flash-05-sold-out');
});
