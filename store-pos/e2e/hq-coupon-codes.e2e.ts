// HQ hands out coupons besides the coupon centre, in the browser: an HQ-issued coupon made in the editor, a batch of
// single-use 兑换码 made, downloaded as CSV and one redeemed by a shopper (the count goes up), and a batch to a
// segment (home store, no order since a date) previewed, sent after a confirm and followed to the coupons it gave.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RedeemCodeDocument } from '../../api/test/generated/graphql';
import { shot, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { shopperToken, storeByCode } from './shop';

const h = useApiAndBrowser();
/** A date in China, `days` from now (YYYY-MM-DD). */
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('HQ makes 兑换码 for a coupon, downloads them, sees one redeemed, and sends the coupon to a previewed segment', async () => {
  const { page } = await hqScreen(h.browser, h.api.url, '营销');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: '新建优惠券' }).click();
  await page.getByRole('heading', { name: '新建优惠券', level: 1 }).waitFor();
  await page.getByLabel('名称', { exact: true }).fill('传单兑换 5 元券');
  await page.getByLabel('券类型').selectOption('NO_THRESHOLD');
  await page.getByLabel('减（元）').fill('5');
  await page.getByLabel('发放方式').selectOption('HQ');
  await page.getByLabel('发放总量（张，可不填）').fill('500');
  await page.getByTestId('issued-by').scrollIntoViewIfNeeded();
  await shot(page, 'hq-coupon-editor-issuance');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByRole('heading', { name: '编辑：传单兑换 5 元券', level: 1 }).waitFor();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
  const codes = page.getByTestId('codes');
  await codes.waitFor();
  expect(await page.getByTestId('summary').innerText()).toContain('总部定向发放 / 兑换码');
  expect(await page.getByTestId('codes-total').innerText()).toContain('0');

  await codes.getByLabel('生成数量（1–10000）').fill('20');
  await codes.getByRole('button', { name: '生成兑换码' }).click();
  await codes.getByRole('status').filter({ hasText: '已生成 20 个兑换码' }).waitFor();
  await page.getByTestId('codes-list').waitFor();
  expect(await page.getByTestId('codes-total').innerText()).toContain('20');

  const [download] = await Promise.all([page.waitForEvent('download'), codes.getByRole('button', { name: '下载 CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe('code,created_at,redeemed_at');
  expect(rows).toHaveLength(21);
  const code = rows[1]!.split(',')[0]!;

  // A shopper types the first code (with a dash and lower case, as read off a flyer).
  const shopper = await shopperToken(h.api);
  const { redeemCode } = await h.api.ok(RedeemCodeDocument, { code: `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}` }, shopper);
  expect(redeemCode.__typename).toBe('Coupon');
  await page.reload();
  await codes.waitFor();
  await page.getByTestId('codes-redeemed').filter({ hasText: '1' }).waitFor();
  expect(await page.getByTestId('codes-rate').innerText()).toContain('5.0%');
  expect(await page.getByTestId('codes-list').locator('tr', { hasText: code }).innerText()).toContain('已兑换');
  await codes.scrollIntoViewIfNeeded();
  await shot(page, 'hq-coupon-codes');

  // The segment: SH-001 regulars with no paid order since tomorrow (so: all of them). Three more shoppers, and every
  // shopper of this chain made a regular of SH-001, the code's redeemer among them: it already holds the coupon (one
  // each), so the batch reaches all and gives one fewer.
  for (let i = 0; i < 3; i++) await shopperToken(h.api);
  const sh1 = await storeByCode(h.api, 'SH-001');
  const regulars = (await sql(h.api.dbName, `UPDATE shopper SET home_store_id = $1 RETURNING id`, [sh1.id])).length;
  expect(regulars).toBeGreaterThanOrEqual(4);
  const batch = page.getByTestId('batch');
  await batch.getByLabel('常去门店').selectOption({ label: `SH-001 ${sh1.name}` });
  await batch.getByRole('textbox', { name: '自此日起未下单' }).fill(chinaDate(1));
  await batch.getByRole('button', { name: '预估人数' }).click();
  await page
    .getByTestId('segment-size')
    .filter({ hasText: `符合条件的顾客：${regulars} 人` })
    .waitFor();
  await batch.scrollIntoViewIfNeeded();
  await shot(page, 'hq-coupon-segment-preview');
  await batch.getByRole('button', { name: '发送' }).click();
  const confirm = page.getByRole('dialog');
  expect(await confirm.innerText()).toContain(`向 ${regulars} 位顾客各发 1 张「传单兑换 5 元券」？`);
  await confirm.getByRole('button', { name: '发送' }).click();
  const done = page.getByTestId('batches').locator('tbody tr').first();
  await done.filter({ hasText: '已完成' }).waitFor();
  const cells = await done.locator('td').allInnerTexts();
  expect(cells.slice(1, 5)).toEqual([
    `常去 SH-001 ${sh1.name} · ${chinaDate(1)} 起未下单`,
    '已完成',
    String(regulars),
    String(regulars - 1),
  ]);
  await batch.scrollIntoViewIfNeeded();
  await shot(page, 'hq-coupon-batch-sent');
});
