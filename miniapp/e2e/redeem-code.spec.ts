// 兑换码 from a flyer: HQ makes a batch of single-use codes for an HQ-issued coupon (through the API); a shopper types
// one in 我的 → 优惠券, the coupon arrives in the list, and the same code typed again is refused with the reason.
// An HQ-issued coupon is in no coupon centre and is held by this shopper only, so no other flow sees it.
import { afterAll, expect, inject, test } from 'vitest';
import { gql, phone, sharedBrowser, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');
let promotionId = '';

async function hq(): Promise<string> {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  return loginStaff.token;
}

afterAll(async () => {
  if (promotionId) await gql(apiUrl, 'mutation ($id: ID!) { stopPromotion(id: $id) { __typename } }', { id: promotionId }, await hq());
});

test('a shopper redeems a 兑换码 in 我的 → 优惠券; the coupon arrives; the same code again is refused', async () => {
  // HQ: a 6 元 no-threshold coupon issued by HQ only, launched, and three codes for it.
  const name = `传单兑换 6 元券 ${Date.now() % 100_000}`;
  const token = await hq();
  const { createPromotion } = await gql<{ createPromotion: { id: string } }>(
    apiUrl,
    'mutation ($input: CreatePromotionInput!) { createPromotion(input: $input) { id } }',
    {
      input: {
        kind: 'COUPON',
        couponKind: 'AMOUNT_OFF',
        name,
        thresholdFen: 0,
        offFen: 600,
        issuedBy: 'HQ',
        channel: 'ONLINE',
        funder: 'HQ',
      },
    },
    token,
  );
  promotionId = createPromotion.id;
  await gql(apiUrl, 'mutation ($id: ID!) { launchPromotion(id: $id) { __typename } }', { id: promotionId }, token);
  const { generateRedemptionCodes } = await gql<{ generateRedemptionCodes: { __typename: string; codes?: { code: string }[] } }>(
    apiUrl,
    'mutation ($p: ID!) { generateRedemptionCodes(promotionId: $p, count: 3) { __typename ... on RedemptionCodePage { codes { code } } } }',
    { p: promotionId },
    token,
  );
  expect(generateRedemptionCodes.__typename).toBe('RedemptionCodePage');
  const code = generateRedemptionCodes.codes![0]!.code;

  // A new shopper (this browser context's own) opens 我的 → 优惠券: nothing held yet.
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await visible(page, 'store-name').waitFor({ timeout: 20_000 });
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  await visible(page, 'me-coupons').click({ timeout: 20_000 });
  await visible(page, 'redeem-code').waitFor({ timeout: 20_000 });
  expect(await visible(page, 'held-coupon').count()).toBe(0);

  // Typed as a flyer prints it (in two groups) and in lower case: redeemed, and the coupon is in the list.
  const typed = `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
  await visible(page, 'redeem-code').locator('input').fill(typed);
  await visible(page, 'redeem').click();
  await expect.poll(() => visible(page, 'redeem-answer').textContent(), { timeout: 20_000 }).toBe(`兑换成功：${name}`);
  const held = page.locator('[data-testid="held-coupon"]:visible', { hasText: name });
  await held.waitFor({ timeout: 20_000 });
  expect(await held.count()).toBe(1);
  expect(await visible(page, 'coupon-tab-USABLE').textContent()).toContain('(1)');
  await shot(page, '9-20-redeem-code-ok');

  // The same code again (once the success toast has gone): refused with the reason, and still one coupon.
  await page.getByText('领取成功').waitFor({ state: 'hidden', timeout: 10_000 });
  await visible(page, 'redeem-code').locator('input').fill(code);
  await visible(page, 'redeem').click();
  await expect.poll(() => visible(page, 'redeem-answer').textContent(), { timeout: 20_000 }).toBe('这个兑换码已经用过了');
  expect(await page.locator('[data-testid="held-coupon"]:visible', { hasText: name }).count()).toBe(1);
  await shot(page, '9-21-redeem-code-used');
});
