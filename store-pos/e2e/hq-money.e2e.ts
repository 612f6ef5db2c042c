// HQ's money pages in the browser: a draft rule set edited in percent, the API's violation shown on its rule,
// fixed, previewed against this month, published; an order paid and handed over afterwards is settled with the
// new shares, and the settlement CSV downloads with a BOM and the report's rows.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { hamilton } from '../../api/test/oracles';
import { shot, useApiAndBrowser } from './browser';
import { handOver, hqScreen } from './hq';

const h = useApiAndBrowser();

test('HQ edits a draft, sees and fixes a violation, previews, publishes; a new order settles with the new shares; the CSV has its rows', async () => {
  // An order completed before the new rules, for the preview to recompute.
  const before = await handOver(h.api, 'SH-003', 'clerk.sh003.e2e');

  const { context, page } = await hqScreen(h.browser, h.api.url, '分账规则');
  await page.getByRole('heading', { name: '分账规则', level: 1 }).waitFor();
  await page.getByRole('button', { name: '新建草稿', exact: true }).click();
  await page.getByLabel('履约门店 % 1').waitFor();

  // 40 % + 5 % to stores passes the 30 % profit-sharing cap: publishing is refused, the reason next to the rule.
  await page.getByLabel('履约门店 % 1').fill('40');
  await page.getByRole('button', { name: '发布' }).click();
  const rule = page.getByTestId('rule-0');
  await expect.poll(() => rule.innerText()).toContain('门店分成合计超过微信分账上限');
  await page.getByRole('alert').filter({ hasText: '规则有问题' }).waitFor();
  await shot(page, 'hq-rules-violation');

  await page.getByLabel('履约门店 % 1').fill('22');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByRole('status').filter({ hasText: '草稿已保存' }).waitFor();
  expect(await rule.innerText()).not.toContain('上限');
  await expect.poll(() => rule.locator('td.num').last().innerText()).toBe('73'); // HQ: 100 − 22 − 5

  // Preview this month: the order handed over before shows what SH-003 would get under the draft.
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await page.getByRole('button', { name: '本月' }).first().click();
  await page.getByRole('button', { name: '试算', exact: true }).click();
  const preview = page.getByTestId('preview');
  await preview.waitFor();
  const [fulfilBefore] = hamilton(before.totalFen, [2200, 7800]);
  expect(await preview.innerText()).toContain('SH-003');
  expect(await preview.innerText()).toContain(`¥${(fulfilBefore! / 100).toFixed(2)}`);
  await page.getByTestId('share-chart').locator('svg').waitFor();
  await shot(page, 'hq-rules-preview');

  await page.getByRole('button', { name: '发布' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /已发布为第 \d+ 版/ })
    .waitFor();
  await expect.poll(() => page.getByRole('navigation', { name: '版本记录' }).innerText()).toContain('当前生效');
  await shot(page, 'hq-rules-published');

  // Paid after publishing, handed over now: split 22 % to the store, the rest (referring share included, the
  // shopper has no home store) to HQ.
  const after = await handOver(h.api, 'SH-002', 'clerk.sh002.e2e');
  const [fulfil, hqShare] = hamilton(after.totalFen, [2200, 7800]);
  await page.getByRole('link', { name: '结算', exact: true }).click();
  await page.getByRole('heading', { name: '结算', level: 1 }).waitFor();
  await page.getByRole('button', { name: '本月' }).click();
  const row = page.getByTestId('settlement-SH-002');
  await expect.poll(() => row.innerText().catch(() => '')).toContain(`¥${(fulfil! / 100).toFixed(2)}`);
  expect(await row.innerText()).toContain(`¥${(hqShare! / 100).toFixed(2)}`);
  // Both hand-overs are in the pickup audit log.
  await expect.poll(async () => (await page.getByTestId('pickup-audit').innerText()).split('已交货').length - 1).toBeGreaterThanOrEqual(2);
  await shot(page, 'hq-settlement');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads UTF-8 only with a BOM
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'store_code,business_day,orders,gross_fen,refund_fen,fee_fen,fulfilling_share_fen,referring_share_fen,hq_share_fen,net_payable_fen',
  );
  const mine = lines.slice(1).filter((l) => l.startsWith('SH-002,'));
  expect(mine).toEqual([`SH-002,${today},1,${after.totalFen},0,0,${fulfil},0,${hqShare},${fulfil}`]);
  expect(lines.slice(1).some((l) => l.startsWith('SH-003,'))).toBe(true);
  await context.close();
});
