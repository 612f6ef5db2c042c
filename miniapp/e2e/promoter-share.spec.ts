// A promoter shares a product from its page: 分享赚佣金 opens the share screen, the H5 link is copied, and the
// poster shows the product with the promoter's 小程序码 (the sandbox draws a real QR PNG of the same scene). A friend
// who scans it lands on that product and is bound to the promoter.
import { expect, inject, test } from 'vitest';
import { catalog, gql, phone, sharedBrowser, shopperToken, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test("a promoter shares a product: link, poster with their 小程序码; a friend's scan opens the product, bound", async () => {
  const product = (await catalog(apiUrl))[0]!;
  const promoter = await phone(browser());
  await promoter.page.goto(`${apiUrl}/m/#/packages/promoter/centre/index`);
  await promoter.page.getByText('免费加入', { exact: true }).click();
  await visible(promoter.page, 'promoter-frozen').waitFor({ timeout: 20_000 });

  await promoter.page.goto(`${apiUrl}/m/#/pages/product/index?id=${product.id}`);
  await visible(promoter.page, 'product-share').click({ timeout: 20_000 });
  await visible(promoter.page, 'share-poster').waitFor({ timeout: 20_000 });
  await promoter.page.locator('.share__name:visible', { hasText: product.name }).waitFor({ timeout: 20_000 });
  await promoter.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: apiUrl });
  // The button is greyed out until the share link has come back: a tap before that does nothing.
  await expect.poll(() => visible(promoter.page, 'share-copy').getAttribute('aria-disabled'), { timeout: 20_000 }).toBe('false');
  await visible(promoter.page, 'share-copy').click();
  await promoter.page.getByText('链接已复制，发给朋友吧').waitFor({ timeout: 10_000 });
  const copied = await promoter.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/m/\\?ref=[a-z0-9]{10}#/pages/product/index\\?id=${product.id}`));
  await visible(promoter.page, 'share-poster').click();
  const code = promoter.page.locator('[data-testid="poster-code"] img, img[data-testid="poster-code"]').first();
  await code.waitFor({ timeout: 20_000 });
  await expect
    .poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 })
    .toBeGreaterThan(280);
  await visible(promoter.page, 'poster').scrollIntoViewIfNeeded();
  await shot(promoter.page, '9-10-promoter-poster');

  // The scene in the poster's code, as the API made it; WeChat would open the opener page with it.
  const token = await shopperToken(promoter.page);
  const { shareCode } = await gql<{ shareCode: { scene: string; imageUrl: string } }>(
    apiUrl,
    'mutation ($p: ID) { shareCode(productId: $p) { ... on ShareCode { scene imageUrl } } }',
    { p: product.id },
    token,
  );
  expect(await code.getAttribute('src')).toBe(shareCode.imageUrl);
  const friend = await phone(browser());
  await friend.page.goto(`${apiUrl}/m/?scene=${encodeURIComponent(shareCode.scene)}#/packages/promoter/open/index`);
  await visible(friend.page, 'product-add').waitFor({ timeout: 20_000 });
  expect(friend.page.url()).toContain(`pages/product/index?id=${product.id}`);
  // Not a promoter: no share button for the friend.
  expect(await visible(friend.page, 'product-share').count()).toBe(0);
  const friendToken = await shopperToken(friend.page);
  await expect
    .poll(async () => (await gql<{ referralBound: boolean }>(apiUrl, 'query { referralBound }', {}, friendToken)).referralBound, {
      timeout: 20_000,
    })
    .toBe(true);
  await shot(friend.page, '9-11-friend-opened-code');
});
