// 分销 in the store app: HQ sets a category's commission rate, a clerk becomes their store's 导购 and reads their
// code, a shopper bound by it buys, and the clerk sees the order and its commission frozen; HQ's report shows it.
import { expect, test } from 'vitest';
import { BindReferralDocument, UpdateStoreDocument } from '../../api/test/generated/graphql';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { createClerk, DEMO_HQ, paidPickup, shopperToken, skuInStock, staffToken, storeByCode } from './shop';

const h = useApiAndBrowser();
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

test('a clerk shares their 导购 code, a bound shopper buys, the commission shows frozen to the clerk and in HQ report', async () => {
  const store = await storeByCode(h.api, 'SH-002');
  await h.api.ok(UpdateStoreDocument, { id: store.id, input: { hours: ALL_DAY, exceptions: [] } }, await staffToken(h.api, DEMO_HQ));
  const sku = await skuInStock(h.api, store.id);
  const [cat] = await sql<{ name: string; price_fen: number }>(
    h.api.dbName,
    `SELECT c.name, COALESCE(sp.price_fen, k.price_fen) AS price_fen FROM sku k JOIN product p ON p.id = k.product_id JOIN category c ON c.id = p.category_id
     LEFT JOIN sku_price sp ON sp.sku_id = k.id AND sp.store_id = $2 WHERE k.id = $1`,
    [sku, store.id],
  );

  // HQ: 12 % on that category.
  const hqSide = await hqScreen(h.browser, h.api.url, '分销');
  await hqSide.page.getByRole('heading', { name: '分销', level: 1 }).waitFor();
  await hqSide.page.getByLabel('分类').selectOption({ label: cat!.name });
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

  // A shopper opens the share (bound), then buys one at the store.
  const shopper = await shopperToken(h.api);
  const bound = (await h.api.ok(BindReferralDocument, { code }, shopper)).bindReferral;
  expect(bound).toMatchObject({ bound: true });
  const orderId = await paidPickup(h.api, store.id, sku, shopper);
  const [line] = await sql<{ net: number }>(
    h.api.dbName,
    `SELECT unit_price_fen * quantity - discount_fen - points_fen AS net FROM order_line WHERE order_id = $1`,
    [orderId],
  );
  const commission = Math.floor((line!.net * 1200) / 10000);
  const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

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
  await hqSide.context.close();
  await context.close();
});
