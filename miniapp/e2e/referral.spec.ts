// 推广中心: a shopper joins (free) and gets a share link with their code; a friend opens the app through it (bound
// at launch), buys, and the promoter sees the commission frozen and one buyer, nothing available yet.
import { expect, inject, test } from 'vitest';
import { catalog, gql, paidPickupOrder, phone, sharedBrowser, shopperToken, shot, stockNear, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('a promoter joins and shares; a friend opened through the link buys; the promoter sees it frozen', async () => {
  const promoter = await phone(browser());
  await promoter.page.goto(`${apiUrl}/m/#/packages/promoter/centre/index`);
  await promoter.page.getByText('免费加入', { exact: true }).click();
  await visible(promoter.page, 'promoter-frozen').waitFor({ timeout: 20_000 });
  expect(await visible(promoter.page, 'promoter-frozen').textContent()).toBe('¥0.00');
  const promoterToken = await shopperToken(promoter.page);
  const { promoterCentre } = await gql<{ promoterCentre: { promoter: { code: string } } }>(
    apiUrl,
    'query { promoterCentre { promoter { code } } }',
    {},
    promoterToken,
  );
  const code = promoterCentre.promoter.code;
  await shot(promoter.page, '9-00-promoter-joined');

  // The friend opens the shared link: bound after sign-in.
  const friend = await phone(browser());
  await friend.page.goto(`${apiUrl}/m/?ref=${code}`);
  await visible(friend.page, 'store-name').waitFor({ timeout: 20_000 });
  const friendToken = await shopperToken(friend.page);
  const products = (await catalog(apiUrl)).filter((p) => p.skus.length === 1);
  const [sh001] = await stockNear(
    apiUrl,
    products.map((p) => p.skus[0]!.id),
    undefined,
    1,
  );
  const product = products.find((p) => (sh001!.lines.find((l) => l.skuId === p.skus[0]!.id)?.available ?? 0) >= 2)!;
  const sku = product.skus[0]!.id;
  // Bound at launch (after sign-in): wait for it, then buy.
  await expect
    .poll(async () => (await gql<{ referralBound: boolean }>(apiUrl, 'query { referralBound }', {}, friendToken)).referralBound, {
      timeout: 20_000,
    })
    .toBe(true);
  // HQ pays 10 % on this product.
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  await gql(
    apiUrl,
    'mutation ($p: ID!) { setCommissionRule(input: { productId: $p, rateBp: 1000 }) { id } }',
    { p: product.id },
    loginStaff.token,
  );
  await paidPickupOrder(apiUrl, friendToken, [{ skuId: sku, quantity: 2 }]);

  await promoter.page.reload();
  await expect.poll(() => visible(promoter.page, 'promoter-buyers').textContent(), { timeout: 20_000 }).toBe('1');
  expect(await visible(promoter.page, 'promoter-available').textContent()).toBe('¥0.00');
  const { promoterCentre: now } = await gql<{ promoterCentre: { frozenFen: number } }>(
    apiUrl,
    'query { promoterCentre { frozenFen } }',
    {},
    promoterToken,
  );
  expect(now.frozenFen).toBeGreaterThan(0);
  expect(await visible(promoter.page, 'promoter-frozen').textContent()).toBe(`¥${(now.frozenFen / 100).toFixed(2)}`);
  await shot(promoter.page, '9-01-promoter-frozen');
});
