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
