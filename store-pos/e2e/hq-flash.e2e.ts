// HQ's 秒杀 screen: a session made to the minute with one item at SH-001, listed with its sell-through (0 of the
// quota); the session can be stopped.
import { expect, test } from 'vitest';
import { shot, useApiAndBrowser } from './browser';
import { hqScreen } from './hq';
import { storeByCode } from './shop';

const parts = useApiAndBrowser();

test('HQ makes a flash session with an item at SH-001 and sees its sell-through', async () => {
  const { api, browser } = parts;
  const sh001 = await storeByCode(api, 'SH-001');
  const { context, page } = await hqScreen(browser, api.url, '秒杀');
  await page.getByRole('heading', { name: '限时秒杀' }).waitFor();
  await page.getByTestId('flash-name').fill('晚八点场');
  await page.getByTestId('flash-start').fill('20:00');
  await page.getByTestId('flash-end').fill('20:30');
  await page.getByTestId('flash-search').fill('东方树叶');
  const sku = page.getByTestId('flash-sku');
  await expect.poll(() => sku.locator('option').count()).toBeGreaterThan(1);
  await sku.selectOption({ index: 1 });
  await page.getByLabel('门店', { exact: true }).selectOption(sh001.id);
  await page.getByTestId('flash-price').fill('2.9');
  await page.getByLabel('秒杀库存').fill('50');
  await shot(page, 'hq-flash-01-form');
  await page.getByTestId('flash-create').click();
  await page.getByRole('status').filter({ hasText: '场次已创建' }).waitFor();
  const row = page.getByTestId('flash-sessions').locator('tr', { hasText: '晚八点场' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toMatch(/东方树叶[\s\S]*SH-001[\s\S]*¥2\.90[\s\S]*0\/50/);
  await shot(page, 'hq-flash-02-listed');
  await row.getByRole('button', { name: '停止' }).click();
  await expect.poll(() => row.innerText()).toContain('（已停止）');
  await context.close();
});
