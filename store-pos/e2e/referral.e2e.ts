// 分销 in the store app and the mini-program, the whole sentence in one flow: HQ sets a category's
// commission rate; a clerk becomes their store's 导购 and links their own WeChat by scanning the QR the store app
// shows (the store app then says it is linked); in the mini-program the clerk shares a product; a shopper opens the
// shared link (bound) and buys; the commission shows frozen to the clerk and in HQ's report; after the after-sales
// window (moved in the database: the API runs on the real clock) it is available; the clerk withdraws it in
// 推广中心: WeChat first refuses the transfer (余额不足: HQ sees why, the money is back), the clerk asks again, HQ
// approves, and it shows withdrawn.
import type { Page } from 'playwright-core';
import { Redis } from 'ioredis';
import { expect, test } from 'vitest';
import {
  OrderPickupCodeDocument,
  ReferralBoundDocument,
  ReleaseDueCommissionsDocument,
  UpdateStoreDocument,
  VerifyPickupDocument,
} from '../../api/test/generated/graphql';
import { SandboxTransfers } from '../../api/src/modules/referral/transfer-sandbox';
// The shopper app (H5, served by the same API at /m/) on phones, as its own browser tests drive it.
import { phone as phoneAt, shopperToken as phoneToken, visible } from '../../miniapp/e2e/browser';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { advance, createClerk, DEMO_HQ, paidPickup, staffToken, storeByCode } from './shop';

const h = useApiAndBrowser();
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** A phone of its own (its own WeChat user) near SH-002, opening the shopper app. */
const phone = () => phoneAt(h.browser, { latitude: 31.2353, longitude: 121.4805 });
/** Opens a page of the shopper app afresh (a new load, as a tap on a shared link would, not a hash change). */
async function open(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
}

test('a clerk links their WeChat, shares a product; a shopper buys through it; frozen, available after the window, withdrawn', async () => {
  const store = await storeByCode(h.api, 'SH-002');
  const hqToken = await staffToken(h.api, DEMO_HQ);
  await h.api.ok(UpdateStoreDocument, { id: store.id, input: { hours: ALL_DAY, exceptions: [] } }, hqToken);
  // A one-SKU product in stock here at 5 yuan or more, so 12 % of it is at least the 0.3 yuan 商家转账 pays.
  const [item] = await sql<{ sku: string; product: string; name: string; price_fen: number }>(
    h.api.dbName,
    `SELECT k.id AS sku, p.id AS product, c.name, COALESCE(sp.price_fen, k.price_fen) AS price_fen
     FROM sku k JOIN product p ON p.id = k.product_id JOIN category c ON c.id = p.category_id
     JOIN store_stock st ON st.sku_id = k.id AND st.store_id = $1
     LEFT JOIN sku_price sp ON sp.sku_id = k.id AND sp.store_id = $1
     WHERE st.on_hand - st.reserved >= 5 AND COALESCE(sp.price_fen, k.price_fen) >= 500
       AND (SELECT count(*) FROM sku o WHERE o.product_id = p.id) = 1
     ORDER BY k.id LIMIT 1`,
    [store.id],
  );
  expect(item, 'a one-SKU product of 5 yuan or more in stock at SH-002').toBeTruthy();
  const cat = item!;

  // HQ: 12 % on that category.
  const hqSide = await hqScreen(h.browser, h.api.url, '分销');
  await hqSide.page.getByRole('heading', { name: '分销', level: 1 }).waitFor();
  await hqSide.page.getByLabel('分类').selectOption({ label: cat.name });
  await hqSide.page.getByLabel('佣金 %').fill('12');
  await hqSide.page.getByRole('button', { name: '保存比例' }).click();
  await expect.poll(() => hqSide.page.getByTestId('commission-rules').innerText()).toContain('12.00%');

  // The clerk joins as 导购 and reads their code.
  const clerk = await createClerk(h.api, store.id, 'daogou.sh002.e2e');
  const { context, page } = await tablet(h.browser, h.api.url);
  await signIn(page, clerk);
  await page.getByRole('link', { name: '导购', exact: true }).click();
  await page.getByRole('button', { name: '成为导购' }).click();
  const code = (await page.getByTestId('daogou-code').innerText()).trim();
  expect(code).toMatch(/^[a-z0-9]{10}$/);
  await shot(page, 'daogou-joined');

  // The clerk links their own WeChat: the store app shows a QR; their phone opens what it holds.
  await page.getByRole('button', { name: '显示关联码' }).click();
  const qr = page.getByTestId('daogou-link-qr');
  await qr.waitFor();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  const link = (await page.getByTestId('daogou-link-url').innerText()).trim();
  expect(link).toContain('/m/#/packages/promoter/link/index?token=');
  // The shopper app's origin as the API's links name it (its PUBLIC_URL): a phone keeps its WeChat session there.
  const app = new URL(link).origin;
  await qr.scrollIntoViewIfNeeded();
  await shot(page, 'daogou-link-code');
  const clerkPhone = await phone();
  await clerkPhone.page.goto(link);
  await visible(clerkPhone.page, 'staff-linked').waitFor({ timeout: 30_000 });
  await shot(clerkPhone.page, 'daogou-phone-linked');
  // The store app notices by itself (it asks every few seconds while the code is shown).
  await page.getByTestId('daogou-linked').waitFor({ timeout: 20_000 });
  await shot(page, 'daogou-linked');

  // In the mini-program the clerk is the 导购, and shares the product from its page.
  await clerkPhone.page.getByText('去推广中心').click();
  await visible(clerkPhone.page, 'promoter-clerk').waitFor({ timeout: 20_000 });
  await open(clerkPhone.page, `${app}/m/#/pages/product/index?id=${cat.product}`);
  await visible(clerkPhone.page, 'product-share').click({ timeout: 30_000 });
  await clerkPhone.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app });
  // The button is greyed out until the share link has come back: a tap before that does nothing.
  await expect.poll(() => visible(clerkPhone.page, 'share-copy').getAttribute('aria-disabled'), { timeout: 20_000 }).toBe('false');
  await visible(clerkPhone.page, 'share-copy').click();
  await clerkPhone.page.getByText('链接已复制，发给朋友吧').waitFor({ timeout: 10_000 });
  const shared = await clerkPhone.page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toContain(`?ref=${code}#/pages/product/index?id=${cat.product}`);

  // A shopper opens the shared link (bound to the clerk at launch) and buys one at the store.
  const shopperPhone = await phone();
  await shopperPhone.page.goto(shared);
  await visible(shopperPhone.page, 'product-add').waitFor({ timeout: 30_000 });
  const shopper = await phoneToken(shopperPhone.page);
  await expect.poll(async () => (await h.api.ok(ReferralBoundDocument, {}, shopper)).referralBound, { timeout: 20_000 }).toBe(true);
  const orderId = await paidPickup(h.api, store.id, cat.sku, shopper);
  const [line] = await sql<{ net: number }>(
    h.api.dbName,
    `SELECT unit_price_fen * quantity - discount_fen - points_fen AS net FROM order_line WHERE order_id = $1`,
    [orderId],
  );
  const commission = Math.floor((line!.net * 1200) / 10000);
  expect(commission).toBeGreaterThanOrEqual(30);

  // Frozen: the clerk sees it in the store app, HQ in the report.
  await page.reload();
  await expect.poll(() => page.getByTestId('daogou-orders').innerText()).toBe('1');
  expect(await page.getByTestId('daogou-buyers').innerText()).toBe('1');
  expect(await page.getByTestId('daogou-frozen').innerText()).toBe(yuan(commission));
  expect(await page.getByTestId('daogou-available').innerText()).toBe('¥0.00');
  await shot(page, 'daogou-frozen');
  await hqSide.page.reload();
  const report = hqSide.page.getByTestId('commission-report');
  await expect.poll(() => report.innerText()).toContain('daogou.sh002.e2e');
  expect(await report.innerText()).toContain(yuan(commission));
  await shot(hqSide.page, 'hq-referral');

  // Handed over at the counter; then the after-sales window passes (moved back in the database) and the sweep's
  // release runs: available.
  const clerkToken = await staffToken(h.api, clerk);
  await advance(h.api, clerkToken, orderId, 'ACCEPT');
  await advance(h.api, clerkToken, orderId, 'MARK_READY');
  const { order } = await h.api.ok(OrderPickupCodeDocument, { id: orderId }, shopper);
  const { verifyPickup } = await h.api.ok(VerifyPickupDocument, { input: { code: order!.pickupCode!.code } }, clerkToken);
  expect(verifyPickup.__typename).toBe('PickupVerified');
  expect((await h.api.ok(ReleaseDueCommissionsDocument, {}, hqToken)).releaseDueCommissions).toBe(0);
  await sql(h.api.dbName, `UPDATE customer_order SET handed_over_at = handed_over_at - interval '60 days' WHERE id = $1`, [orderId]);
  expect((await h.api.ok(ReleaseDueCommissionsDocument, {}, hqToken)).releaseDueCommissions).toBe(1);
  await page.reload();
  await expect.poll(() => page.getByTestId('daogou-available').innerText()).toBe(yuan(commission));
  expect(await page.getByTestId('daogou-frozen').innerText()).toBe('¥0.00');
  await shot(page, 'daogou-available');

  // The clerk withdraws it in 推广中心 (to the WeChat they linked). The first transfer WeChat refuses for want of
  // funds (the sandbox answers NOT_ENOUGH once): HQ sees why under 打款异常 and the money is back to withdraw.
  const withdraw = async () => {
    await open(clerkPhone.page, `${app}/m/#/packages/promoter/centre/index`);
    await expect.poll(() => visible(clerkPhone.page, 'promoter-available').textContent(), { timeout: 20_000 }).toBe(yuan(commission));
    await clerkPhone.page.locator('.promoter__input:visible input').fill((commission / 100).toFixed(2));
    await visible(clerkPhone.page, 'promoter-withdraw').click();
    await clerkPhone.page.getByText('已提交，等待审核').waitFor({ timeout: 20_000 });
    await hqSide.page.reload();
    const review = hqSide.page.getByTestId('withdrawals');
    await expect.poll(() => review.innerText()).toContain(yuan(commission));
    await review.getByRole('button', { name: '通过并打款' }).first().click();
  };
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  await new SandboxTransfers(redis, `linli-test:${h.api.dbName}:sandbox:transfers`).failNext({
    op: 'transfer',
    status: 403,
    code: 'NOT_ENOUGH',
    message: '商户运营账户资金不足',
  });
  await redis.quit();
  await withdraw();
  await hqSide.page.getByRole('status').filter({ hasText: '打款失败，金额已退回' }).waitFor();
  const outcomes = hqSide.page.getByTestId('withdrawal-outcomes');
  await expect.poll(() => outcomes.innerText()).toContain('商户运营账户余额不足：充值后请推广员重新提现（商户运营账户资金不足）');
  expect(await outcomes.innerText()).toContain('打款失败，金额已退回推广员');
  await outcomes.scrollIntoViewIfNeeded();
  await shot(hqSide.page, 'hq-referral-transfer-failed');
  // Dealt with (the account topped up, the clerk told): HQ marks it, and 打款异常 has nothing left to show.
  await outcomes.getByRole('button', { name: '已处理' }).click();
  await outcomes.waitFor({ state: 'detached' });

  // Topped up: the clerk asks again (the money came back), HQ approves, paid.
  await withdraw();
  await hqSide.page.getByRole('status').filter({ hasText: '已打款' }).waitFor();
  await hqSide.page.getByText('没有待审核的提现').waitFor();
  await shot(hqSide.page, 'hq-referral-paid');
  await clerkPhone.page.reload();
  await clerkPhone.page.getByText(`已提现 ${yuan(commission)}，到账微信零钱`).waitFor({ timeout: 20_000 });
  expect(await visible(clerkPhone.page, 'promoter-available').textContent()).toBe('¥0.00');
  await shot(clerkPhone.page, 'daogou-phone-withdrawn');

  for (const c of [hqSide.context, context, clerkPhone.context, shopperPhone.context]) await c.close();
});
