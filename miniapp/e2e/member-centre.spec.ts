// 会员中心 in the h5 app: HQ has set levels; a shopper who collected an order at SH-001 opens 我的 → 会员中心 and
// sees their level, their growth and what the next level takes, their level's benefits, their points, and reaches
// the member code from there. The levels are removed again afterwards: the other flows price without them.
import { afterAll, expect, inject, test } from 'vitest';
import { catalog, clerkOfSH001, gql, paidPickupOrder, phone, sharedBrowser, shopperToken, shot, stockNear, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

async function hqToken(): Promise<string> {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  return loginStaff.token;
}

const setLevels = async (levels: Record<string, unknown>[]) =>
  gql(apiUrl, 'mutation ($levels: [MemberLevelInput!]!) { setMemberLevels(levels: $levels) { id } }', { levels }, await hqToken());

afterAll(() => setLevels([]));

/** HQ's plan, saved (or taken off sale again) through the API. */
const savePlan = async (plan: Record<string, unknown>) =>
  (
    await gql<{ saveMembershipPlan: { id: string } }>(
      apiUrl,
      'mutation ($input: MembershipPlanInput!) { saveMembershipPlan(input: $input) { id } }',
      { input: plan },
      await hqToken(),
    )
  ).saveMembershipPlan.id;

test('会员中心 shows the level, the growth to the next level, the benefits and the points', async () => {
  await setLevels([
    { name: '普通会员', growthThreshold: 0 },
    { name: '银卡会员', growthThreshold: 10, memberPriceBp: 500, pointsMultiplierBp: 15_000, freeDeliveryThresholdFen: 5_000 },
    { name: '金卡会员', growthThreshold: 20_000, memberPriceBp: 1_000, pointsMultiplierBp: 20_000, freeDeliveryThresholdFen: 0 },
  ]);
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await visible(page, 'store-name').waitFor({ timeout: 20_000 });
  const token = await shopperToken(page);

  // An order collected at SH-001: its payment is the shopper's growth (1 a whole yuan).
  const products = (await catalog(apiUrl)).filter((p) => p.skus.length === 1);
  const [sh001] = await stockNear(
    apiUrl,
    products.map((p) => p.skus[0]!.id),
    undefined,
    1,
  );
  const product = products.find((p) => (sh001!.lines.find((l) => l.skuId === p.skus[0]!.id)?.available ?? 0) >= 4)!;
  const orderId = await paidPickupOrder(apiUrl, token, [{ skuId: product.skus[0]!.id, quantity: 4 }]);
  const clerk = await clerkOfSH001(apiUrl);
  await clerk.advance(orderId, 'ACCEPT');
  await clerk.advance(orderId, 'MARK_READY');
  const { order } = await gql<{ order: { totalFen: number; pickupCode: { code: string } } }>(
    apiUrl,
    'query ($id: ID!) { order(id: $id) { totalFen pickupCode { code } } }',
    { id: orderId },
    token,
  );
  expect(await clerk.verify(order.pickupCode.code)).toBe('PickupVerified');
  const growth = Math.floor(order.totalFen / 100);
  expect(growth).toBeGreaterThanOrEqual(10);

  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  await visible(page, 'member-centre-entry').click();
  await expect.poll(() => visible(page, 'member-growth').textContent(), { timeout: 15_000 }).toBe(String(growth));
  await expect(visible(page, 'member-level').locator('.centre__level').textContent()).resolves.toBe('银卡会员');
  await expect(visible(page, 'member-next').textContent()).resolves.toBe(`再获得 ${20_000 - growth} 成长值升级为金卡会员`);
  await expect(visible(page, 'member-benefits').locator('.centre__benefit').allTextContents()).resolves.toEqual([
    '✓会员价 9.5 折',
    '✓积分 1.5 倍',
    '✓外卖满 ¥50.00 免配送费',
  ]);
  await expect(visible(page, 'member-points').textContent()).resolves.toBe(String(growth));
  await expect(visible(page, 'member-ladder').allTextContents()).resolves.toEqual([
    '普通会员成长值 0',
    '银卡会员当前',
    '金卡会员成长值 20000',
  ]);
  await shot(page, '9-01-member-centre');

  await visible(page, 'member-code-entry').click();
  await visible(page, 'member-code').waitFor({ timeout: 15_000 });
  await expect.poll(() => visible(page, 'member-code').getAttribute('data-code')).toMatch(/^96\d{18}$/);
});

test('会员中心 sells 付费会员: the plan is shown, bought through WeChat Pay (the sandbox), and its benefits shown', async () => {
  const plan = {
    name: '邻里 Plus 月卡',
    priceFen: 1_990,
    durationDays: 30,
    memberPriceBp: 1_200,
    pointsMultiplierBp: 20_000,
    freeDeliveryThresholdFen: 0,
  };
  const planId = await savePlan({ ...plan, onSale: true });
  const { page } = await phone(browser());
  try {
    await page.goto(`${apiUrl}/m/`);
    await visible(page, 'store-name').waitFor({ timeout: 20_000 });
    const token = await shopperToken(page);
    await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
    await visible(page, 'member-centre-entry').click();
    const card = visible(page, 'paid-plan');
    await expect.poll(() => card.locator('.centre__plan-name').textContent(), { timeout: 15_000 }).toBe('邻里 Plus 月卡');
    await expect(card.locator('.centre__plan-term').textContent()).resolves.toBe('¥19.90 / 30 天');
    await expect(card.locator('.centre__plan-benefits').textContent()).resolves.toBe('会员价 8.8 折 · 积分 2 倍 · 外卖免配送费');
    await expect(visible(page, 'paid-buy').textContent()).resolves.toBe('立即开通');
    await shot(page, '9-02-member-paid-plan');

    await visible(page, 'paid-buy').click();
    const current = visible(page, 'paid-current');
    await current.waitFor({ timeout: 15_000 });
    const until = new Date(Date.now() + 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await expect(current.locator('.centre__paid-name').textContent()).resolves.toBe(`邻里 Plus 月卡 · 有效期至 ${until}`);
    await expect(current.locator('.centre__benefit').allTextContents()).resolves.toEqual(['✓会员价 8.8 折', '✓积分 2 倍', '✓外卖免配送费']);
    await expect(visible(page, 'paid-buy').textContent()).resolves.toBe('续费');
    await shot(page, '9-03-member-paid-bought');

    // What the shopper now holds is what the API says (the membership started with WeChat's notification).
    const { myMembership } = await gql<{ myMembership: { paid: { planName: string } | null } }>(
      apiUrl,
      'query { myMembership { paid { planName } } }',
      {},
      token,
    );
    expect(myMembership.paid?.planName).toBe('邻里 Plus 月卡');
    // The other flows price without it: HQ refunds this shopper (it ends now), and the plan goes off sale.
    const shopperId = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;
    const { refundMembership } = await gql<{ refundMembership: { refundedFen?: number } }>(
      apiUrl,
      'mutation ($id: ID!) { refundMembership(shopperId: $id) { ... on MembershipRefunded { refundedFen } } }',
      { id: shopperId },
      await hqToken(),
    );
    // Bought seconds ago: the day begun counts as used, 29 of 30 days go back, floored: 1990 × 29 / 30 = 1923.67 → 1923.
    expect(refundMembership.refundedFen).toBe(1_923);
  } finally {
    await savePlan({ ...plan, id: planId, onSale: false });
  }
});
