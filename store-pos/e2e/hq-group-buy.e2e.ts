// HQ's 拼团 screen: an offer for 东方树叶 at SH-001 (3-person groups, 2 hours, 到期自动成团 on) is made and listed
// with its group price against the list price and its groups open/formed/failed (none yet); with no group started
// yet its name and price are changed; it can be stopped.
import { expect, test } from 'vitest';
import { shot, useApiAndBrowser } from './browser';
import { hqScreen } from './hq';

const parts = useApiAndBrowser();

test('HQ makes a 拼团 offer at SH-001 and sees it listed with its groups', async () => {
  const { api, browser } = parts;
  const { context, page } = await hqScreen(browser, api.url, '拼团');
  await page.getByRole('heading', { name: '拼团' }).waitFor();
  await page.getByLabel('活动名称').fill('周末三人团');
  await page.getByLabel('搜索商品').fill('东方树叶');
  const sku = page.getByLabel('商品规格');
  await expect.poll(() => sku.locator('option').count()).toBeGreaterThan(1);
  await sku.selectOption({ index: 1 });
  await page.getByLabel('拼团价（元）').fill('2.5');
  await page.getByLabel('成团人数').fill('3');
  await page.getByLabel('成团时限').fill('2');
  await page.getByLabel('结束日期').fill('2099-12-31');
  await page.getByRole('radio', { name: '指定门店' }).check();
  await page.getByRole('checkbox', { name: /SH-001/ }).check();
  await expect(page.getByRole('checkbox', { name: '到期自动成团' }).isChecked()).resolves.toBe(true);
  await shot(page, 'hq-group-buy-01-form');
  await page.getByRole('button', { name: '创建拼团' }).click();
  await page.getByRole('status').filter({ hasText: '拼团已创建' }).waitFor();
  const row = page.getByTestId('group-buy-offers').locator('tr', { hasText: '周末三人团' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toMatch(/东方树叶[\s\S]*¥2\.50[\s\S]*3 人团 · 2 小时内成团[\s\S]*到期自动成团[\s\S]*SH-001/);
  await expect(row.locator('td.num').allInnerTexts()).resolves.toEqual(['0', '0', '0']);
  await row.scrollIntoViewIfNeeded();
  await shot(page, 'hq-group-buy-02-listed');

  // No group has started on it yet: HQ changes its name and price; the SKU and the rule stay as they were.
  await row.getByRole('button', { name: '修改' }).click();
  await page.getByTestId('group-buy-editing').waitFor();
  await expect(page.getByLabel('商品规格').isDisabled()).resolves.toBe(true);
  await expect(page.getByLabel('成团人数').isDisabled()).resolves.toBe(true);
  await expect(page.getByLabel('拼团价（元）').inputValue()).resolves.toBe('2.50');
  await page.getByLabel('活动名称').fill('周末三人团 加量');
  await page.getByLabel('拼团价（元）').fill('2.2');
  await page.getByLabel('活动名称').scrollIntoViewIfNeeded();
  await shot(page, 'hq-group-buy-03-editing');
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.getByRole('status').filter({ hasText: '拼团已修改' }).waitFor();
  const edited = page.getByTestId('group-buy-offers').locator('tr', { hasText: '周末三人团 加量' });
  await expect.poll(() => edited.innerText()).toMatch(/¥2\.20[\s\S]*3 人团 · 2 小时内成团[\s\S]*SH-001/);
  await expect(page.getByRole('button', { name: '创建拼团' }).isVisible()).resolves.toBe(true);
  await edited.scrollIntoViewIfNeeded();
  await shot(page, 'hq-group-buy-04-edited');
  await edited.getByRole('button', { name: '停止' }).click();
  await expect.poll(() => edited.innerText()).toContain('（已停止）');
  await expect(edited.getByRole('button', { name: '修改' }).count()).resolves.toBe(0);
  await context.close();
});
