// Flow 9: promotions. HQ launches a 满减 and coupons through the API; the shopper claims a coupon in 领券中心,
// sees it on the product page, watches 满减 progress in the cart, takes the best coupon and their points at
// checkout and pays exactly what the quote said; 我的 → 优惠券 then lists the coupon as used.
import { afterAll, expect, inject, test } from 'vitest';
import { collectedPickupOrder, gql, phone, sharedBrowser, shopperToken, shot, singleSkuStockedAtSH001, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const launched: string[] = [];
let hqToken = '';

async function hq(): Promise<string> {
  if (hqToken) return hqToken;
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  return (hqToken = loginStaff.token);
}

/** Made and launched by HQ through the API; stopped after the test so no other flow prices with it. */
async function launch(input: Record<string, unknown>): Promise<string> {
  const { createPromotion } = await gql<{ createPromotion: { id: string } }>(
    apiUrl,
    'mutation ($input: CreatePromotionInput!) { createPromotion(input: $input) { id } }',
    { input: { channel: 'ONLINE', funder: 'HQ', ...input } },
    await hq(),
  );
  launched.push(createPromotion.id);
  await gql(apiUrl, 'mutation ($id: ID!) { launchPromotion(id: $id) { __typename } }', { id: createPromotion.id }, await hq());
  return createPromotion.id;
}

afterAll(async () => {
  for (const id of launched) await gql(apiUrl, 'mutation ($id: ID!) { stopPromotion(id: $id) { __typename } }', { id }, await hq());
});

const QUOTE = `query ($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { __typename ... on CheckoutQuote {
  goodsFen totalFen discountFen pointsFen pointsUsed orders { lines { skuId unitPriceFen } } } ... on ErrorResult { message } } }`;

test('claim a coupon, reach a 满减, pay with the best coupon and points exactly the quoted amount', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  const token = await shopperToken(page);

  // Two one-SKU products in stock at SH-001, priced as SH-001 prices them.
  const { sh001, stocked } = await singleSkuStockedAtSH001(apiUrl, 6);
  const priced = await gql<{ checkoutQuote: { orders: { lines: { skuId: string; unitPriceFen: number }[] }[] } }>(
    apiUrl,
    QUOTE,
    { input: { fulfilment: 'PICKUP', storeId: sh001.store.id, lines: stocked.map((p) => ({ skuId: p.skus[0]!.id, quantity: 1 })) } },
    token,
  );
  const priceOf = (p: (typeof stocked)[number]) =>
    priced.checkoutQuote.orders.flatMap((o) => o.lines).find((l) => l.skuId === p.skus[0]!.id)!.unitPriceFen;
  const main = stocked.find((p) => priceOf(p) >= 600 && priceOf(p) <= 3000)!;
  const earner = stocked.find((p) => p !== main && priceOf(p) >= 300 && priceOf(p) <= 2000)!;
  expect(main && earner, 'two products in stock at SH-001 in the price ranges the test needs').toBeTruthy();
  const price = priceOf(main);
  const skuId = main.skus[0]!.id;

  // Points to spend: an earlier order collected at the counter (1 point per whole yuan).
  await collectedPickupOrder(apiUrl, token, [{ skuId: earner.skus[0]!.id, quantity: 1 }]);
  const { myPoints: points } = await gql<{ myPoints: number }>(apiUrl, '{ myPoints }', {}, token);
  expect(points).toBe(Math.floor(priceOf(earner) / 100));

  // HQ's promotions: a 满减 on this product at SH-001 reached with three, and coupons for it.
  const threshold = 3 * price;
  const mj = `满${threshold / 100}减5`;
  await launch({
    kind: 'FULL_REDUCTION',
    name: mj,
    storeIds: [sh001.store.id],
    skuIds: [skuId],
    tiers: [{ thresholdFen: threshold, offFen: 500 }],
  });
  const coupon = `满${price / 100}减3`;
  await launch({
    kind: 'COUPON',
    couponKind: 'AMOUNT_OFF',
    name: coupon,
    skuIds: [skuId],
    thresholdFen: price,
    offFen: 300,
    totalLimit: 500,
    validDays: 7,
  });
  const big = await launch({
    kind: 'COUPON',
    couponKind: 'AMOUNT_OFF',
    name: '满300减30',
    skuIds: [skuId],
    thresholdFen: 30_000,
    offFen: 3_000,
    validDays: 3,
  });
  await launch({ kind: 'COUPON', couponKind: 'AMOUNT_OFF', name: '限量免单券', thresholdFen: 0, offFen: 2_000, totalLimit: 0 });
  // One the shopper already holds (this cart will not reach its threshold); it ends in three days.
  await gql(apiUrl, 'mutation ($p: ID!) { claimCoupon(promotionId: $p) { __typename } }', { p: big }, token);

  // 领券中心 from the home page: each coupon says what the shopper can do with it.
  await visible(page, 'home-coupons').click();
  const claimOf = (name: string) => page.locator(`[data-testid="coupon"][data-name="${name}"]:visible [data-testid="claim"]`);
  await expect.poll(() => claimOf(coupon).getAttribute('data-state'), { timeout: 15_000 }).toBe('CLAIM');
  await expect(claimOf(coupon).textContent()).resolves.toBe('立即领取');
  await expect(claimOf('限量免单券').textContent()).resolves.toBe('已抢光');
  await expect(claimOf('满300减30').textContent()).resolves.toBe('已领取');
  await shot(page, '9-01-coupon-centre');
  await claimOf(coupon).click();
  await expect.poll(() => claimOf(coupon).textContent(), { timeout: 15_000 }).toBe('已领取');
  await shot(page, '9-02-coupon-claimed');

  // The product page offers the coupons that cover it.
  await page.goto(`${apiUrl}/m/#/pages/product/index?id=${main.id}`);
  await expect.poll(() => visible(page, 'coupon-chips').textContent(), { timeout: 15_000 }).toContain(`满${price / 100}减3`);
  await visible(page, 'coupon-chips').click();
  await expect.poll(() => visible(page, 'coupon-sheet').locator('[data-testid="claim"]').allTextContents()).toEqual(['已领取', '已领取']);
  await shot(page, '9-03-product-coupons');
  await visible(page, 'coupon-sheet').locator('.sheet__close').click();
  await visible(page, 'product-add').click();
  await visible(page, 'spec-add').click();
  await page.getByText('已加入购物车').waitFor();

  // The cart: how much more reaches the 满减, then that it is reached.
  await page.goto(`${apiUrl}/m/#/pages/cart/index`);
  await expect
    .poll(() => visible(page, 'full-reduction-progress').textContent(), { timeout: 15_000 })
    .toContain(`再买 ${yuan(threshold - price)} 可减 ¥5.00`);
  await shot(page, '9-04-cart-progress');
  const plus = visible(page, 'cart-line').first().locator('.stepper__btn.plus');
  await plus.click();
  await expect
    .poll(() => visible(page, 'full-reduction-progress').textContent())
    .toContain(`再买 ${yuan(threshold - 2 * price)} 可减 ¥5.00`);
  await plus.click();
  await expect
    .poll(() => visible(page, 'full-reduction-reached').textContent(), { timeout: 15_000 })
    .toContain(`已满足「${mj}」，立减 ¥5.00`);
  await expect(visible(page, 'cart-discount').textContent()).resolves.toBe('已优惠 ¥5.00');
  await expect(visible(page, 'cart-total').textContent()).resolves.toBe(yuan(threshold - 500));
  await shot(page, '9-05-cart-reached');

  // Checkout: the best coupon preselected, the other greyed with its reason; then the points on.
  await visible(page, 'cart-checkout').click();
  await visible(page, 'checkout-PICKUP').click();
  await expect.poll(() => visible(page, 'coupon-value').textContent(), { timeout: 15_000 }).toBe('-¥3.00');
  await expect.poll(() => visible(page, 'checkout-total').textContent()).toBe(yuan(threshold - 800));
  await visible(page, 'coupon-row').click();
  const options = visible(page, 'coupon-option');
  await expect(options.first().getAttribute('data-name')).resolves.toBe(coupon);
  await expect(options.first().textContent()).resolves.toContain('最优');
  const unusable = visible(page, 'coupon-option').filter({ hasText: '满300减30' });
  await expect(unusable.getAttribute('data-usable')).resolves.toBe('0');
  await expect(unusable.locator('[data-testid="coupon-why"]').textContent()).resolves.toMatch(/^还差 ¥[\d.]+/);
  await shot(page, '9-06-coupon-picker');
  await options.first().click();
  await visible(page, 'points-row').click();
  const expected = threshold - 500 - 300 - points;
  await expect.poll(() => visible(page, 'checkout-total').textContent(), { timeout: 15_000 }).toBe(yuan(expected));
  await expect(visible(page, 'points-value').textContent()).resolves.toBe(`用 ${points} 积分抵 ${yuan(points)}`);
  await expect(visible(page, 'discount-row').allTextContents()).resolves.toEqual([
    `满减 · ${mj}-¥5.00`,
    `优惠券 · ${coupon}-¥3.00`,
    `用 ${points} 积分抵 ${yuan(points)}-${yuan(points)}`,
  ]);
  await visible(page, 'contact-name').locator('input').fill('王小明');
  await visible(page, 'contact-phone').locator('input').fill('13800138000');
  await shot(page, '9-07-checkout-coupon-and-points');

  // What the API quotes for the same choices is what the page shows, and what the cashier asks.
  const { myCoupons } = await gql<{ myCoupons: { id: string; state: string; template: { name: string } }[] }>(
    apiUrl,
    '{ myCoupons { id state template { name } } }',
    {},
    token,
  );
  const held = myCoupons.find((c) => c.template.name === coupon)!;
  const quoted = await gql<{ checkoutQuote: { totalFen: number } }>(
    apiUrl,
    QUOTE,
    { input: { fulfilment: 'PICKUP', storeId: sh001.store.id, lines: [{ skuId, quantity: 3 }], couponId: held.id, usePoints: true } },
    token,
  );
  expect(quoted.checkoutQuote.totalFen).toBe(expected);
  await visible(page, 'place-order').click();
  await visible(page, 'cashier-pay').waitFor({ timeout: 20_000 });
  await expect(visible(page, 'cashier-amount').textContent()).resolves.toBe(yuan(expected));
  await shot(page, '9-08-cashier-quoted-amount');
  await visible(page, 'cashier-pay').click();
  await visible(page, 'pickup-code').waitFor({ timeout: 20_000 });

  const after = await gql<{ myPoints: number; myCoupons: { id: string; state: string }[] }>(
    apiUrl,
    '{ myPoints myCoupons { id state } }',
    {},
    token,
  );
  expect(after.myCoupons.find((c) => c.id === held.id)?.state).toBe('USED');
  expect(after.myPoints).toBe(0);

  // 我的 → 优惠券: the coupon is under 已使用; the one still held under 可使用.
  await page.goto(`${apiUrl}/m/#/pages/me/index`);
  await visible(page, 'me-coupons').click();
  await expect
    .poll(() => visible(page, 'held-coupon').allTextContents(), { timeout: 15_000 })
    .toEqual([expect.stringContaining('满300减30')]);
  await expect(visible(page, 'held-coupon').textContent()).resolves.toContain('3 天后到期');
  await shot(page, '9-09-my-coupons-usable');
  await visible(page, 'coupon-tab-USED').click();
  await expect.poll(() => visible(page, 'held-coupon').allTextContents()).toEqual([expect.stringContaining(coupon)]);
  await shot(page, '9-10-my-coupons-used');
});
