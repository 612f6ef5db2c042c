// HQ's dashboard in the browser: a past month seeded here shows the figures computed here, chain-wide and for
// one store picked from the ranking.
import { expect, test } from 'vitest';
import { shot, useApiAndBrowser } from './browser';
import { hqScreen, type PastOrder, seedPastOrders } from './hq';
import { skuInStock, storeByCode } from './shop';

const h = useApiAndBrowser();

const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

test('the dashboard shows a seeded October as computed here, and one store from the ranking', async () => {
  const a = await storeByCode(h.api, 'SH-001');
  const b = await storeByCode(h.api, 'SH-002');
  const sku = await skuInStock(h.api, a.id);
  // October 2026 in Shanghai; 02:30Z is 10:30 there, 12:10Z is 20:10.
  const orders: PastOrder[] = [
    {
      storeId: a.id,
      fulfilment: 'PICKUP',
      goodsFen: 3600,
      paidAt: '2026-10-03T02:30:00Z',
      acceptMin: 2,
      readyMin: 15,
      skuId: sku,
      quantity: 2,
    },
    {
      storeId: a.id,
      fulfilment: 'DELIVERY',
      goodsFen: 5400,
      paidAt: '2026-10-03T12:10:00Z',
      acceptMin: 4,
      readyMin: 20,
      skuId: sku,
      quantity: 3,
    },
    {
      storeId: a.id,
      fulfilment: 'PICKUP',
      goodsFen: 1800,
      paidAt: '2026-10-15T02:40:00Z',
      acceptMin: 6,
      readyMin: 25,
      skuId: sku,
      quantity: 1,
    },
    {
      storeId: b.id,
      fulfilment: 'DELIVERY',
      goodsFen: 9000,
      paidAt: '2026-10-20T02:50:00Z',
      acceptMin: 1,
      readyMin: 12,
      skuId: sku,
      quantity: 5,
    },
    {
      storeId: b.id,
      fulfilment: 'PICKUP',
      goodsFen: 2400,
      paidAt: '2026-10-31T15:59:00Z',
      acceptMin: 9,
      readyMin: 30,
      skuId: sku,
      quantity: 1,
    }, // 23:59 on the 31st
    {
      storeId: b.id,
      fulfilment: 'PICKUP',
      goodsFen: 7200,
      paidAt: '2026-10-31T16:00:00Z',
      acceptMin: 3,
      readyMin: 10,
      skuId: sku,
      quantity: 4,
    }, // November: not counted
  ];
  await seedPastOrders(h.api, orders);
  const october = orders.slice(0, 5);
  const total = (o: PastOrder) => o.goodsFen + (o.fulfilment === 'DELIVERY' ? 500 : 0);
  const gmv = october.reduce((s, o) => s + total(o), 0);
  const gmvA = october.filter((o) => o.storeId === a.id).reduce((s, o) => s + total(o), 0);
  const gmvB = gmv - gmvA;
  expect(gmvB).toBeGreaterThan(gmvA); // so SH-002 ranks first

  const { context, page } = await hqScreen(h.browser, h.api.url, '概览');
  await page.getByRole('heading', { name: '经营概览' }).waitFor();
  await page.getByLabel('开始日期').fill('2026-10-01');
  await page.getByLabel('结束日期').fill('2026-10-31');
  const kpi = (id: string) => page.getByTestId(`kpi-${id}`);
  const value = (id: string) => kpi(id).locator('.kpi-value').innerText();
  await expect.poll(() => value('orders')).toBe('5');
  expect(await value('gmv')).toBe(yuan(gmv));
  expect(await value('aov')).toBe(yuan(Math.round(gmv / 5)));
  expect(await kpi('delivery').innerText()).toContain('2 单');
  expect(await kpi('pickup').innerText()).toContain('3 单');
  // Accept minutes 2, 4, 6, 1, 9: the median is 4; ready 15, 20, 25, 12, 30: 20.
  expect(await kpi('to-accept').innerText()).toContain('4 分钟');
  expect(await kpi('to-ready').innerText()).toContain('20 分钟');
  expect(await kpi('on-time').innerText()).toContain('100.0%');
  const rows = page.getByTestId('ranking').locator('tbody tr');
  expect(await rows.count()).toBe(2);
  expect(await rows.nth(0).innerText()).toContain('SH-002');
  expect(await rows.nth(0).innerText()).toContain(yuan(gmvB));
  expect(await rows.nth(1).innerText()).toContain(yuan(gmvA));
  // Hours in Shanghai: three orders at 10, one at 20, one at 23.
  const hours = page.getByTestId('by-hour').locator('[data-value]');
  expect(await hours.nth(10).getAttribute('data-value')).toBe('3');
  expect(await hours.nth(20).getAttribute('data-value')).toBe('1');
  expect(await hours.nth(23).getAttribute('data-value')).toBe('1');
  expect(await page.getByTestId('top-products').locator('tbody tr').first().innerText()).toContain(
    String(october.reduce((s, o) => s + o.quantity, 0)),
  );
  await shot(page, 'hq-dashboard-chain');

  await rows.nth(1).click();
  await expect.poll(() => value('orders')).toBe('3');
  expect(await value('gmv')).toBe(yuan(gmvA));
  expect(await page.getByLabel('门店').inputValue()).toBe(a.id);
  await shot(page, 'hq-dashboard-store');
  await context.close();
});
