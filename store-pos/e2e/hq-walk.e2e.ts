// The HQ console walked as an analyst would at 1440×900, a screenshot of every screen: the demo's split rule in
// force and a store share that is not ¥0.00, pages that say why a figure is zero, charts with values on their
// axis, the ranking within 1280 px, the map saying when it has no streets and taking a ready base map.
import { beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TestApi } from './api';
import { SCREENSHOTS, shot, signIn, useApiAndBrowser } from './browser';
import { sql } from './db';
import { handOver, laptop, seedPastOrders } from './hq';
import { DEMO_HQ, skuInStock, storeByCode } from './shop';

const parts = useApiAndBrowser();
let api: TestApi;
let browser: Browser;
beforeAll(() => {
  ({ api, browser } = parts);
});

/** Fills 新建门店 (code, name, city, address, latitude, longitude) and submits it. */
async function createStore(form: Locator, values: [string, string, string, string, string, string]) {
  const labels = ['门店编号', '门店名称', '城市', '地址', '纬度（WGS-84）', '经度（WGS-84）'];
  for (const [i, label] of labels.entries()) await form.getByLabel(label).fill(values[i]!);
  await form.getByRole('button', { name: '新建门店' }).click();
}

async function open(page: Page, link: string, heading: string) {
  await page.getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

test('with no split rule in force, the rules page and the dashboard say why the store share is zero', async () => {
  // The demo's rule, moved a year ahead for this test (and back after).
  await sql(api.dbName, `UPDATE split_rule_set SET effective_at = effective_at + interval '1 year' WHERE version IS NOT NULL`);
  try {
    const store = await storeByCode(api, 'SH-004');
    const lastMonthDay = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 10, 3));
    await seedPastOrders(api, [
      {
        storeId: store.id,
        fulfilment: 'PICKUP',
        goodsFen: 4200,
        paidAt: lastMonthDay.toISOString(),
        acceptMin: 2,
        readyMin: 10,
        skuId: await skuInStock(api, store.id),
        quantity: 1,
      },
    ]);
    const { context, page } = await laptop(browser, api.url);
    await signIn(page, DEMO_HQ);
    await page.waitForURL('**/pos/hq');
    await open(page, '分账规则', '分账规则');
    await page.getByTestId('no-rule-in-force').waitFor();
    expect(await page.getByTestId('no-rule-in-force').innerText()).toContain('门店分成为 0');
    await shot(page, 'hq-walk-rules-none-in-force');

    await open(page, '概览', '经营概览');
    await page.getByRole('button', { name: '上月' }).click();
    await expect
      .poll(
        () =>
          page
            .getByTestId('kpi-orders')
            .locator('.kpi-value')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toBe('1');
    expect(await page.getByTestId('kpi-store-share').locator('.kpi-value').innerText()).toBe('¥0.00');
    expect(await page.getByTestId('share-note').innerText()).toContain('还没有生效的分账规则');
    await shot(page, 'hq-walk-dashboard-no-rule');
    await context.close();
  } finally {
    await sql(api.dbName, `UPDATE split_rule_set SET effective_at = effective_at - interval '1 year' WHERE version IS NOT NULL`);
  }
});

test('the demo split rule settles a store share; every money screen opens on data and reads clearly', async () => {
  await handOver(api, 'SH-003', 'clerk.sh003.walk');
  const { context, page } = await laptop(browser, api.url);
  await page.goto('/pos/login');
  await page.getByRole('heading', { name: '门店与总部登录' }).waitFor();
  await shot(page, 'hq-walk-signin');
  await signIn(page, DEMO_HQ);
  await page.waitForURL('**/pos/hq');
  await page.locator('.home-card').first().waitFor();
  await shot(page, 'hq-walk-home');

  await open(page, '分账规则', '分账规则');
  const versions = page.getByRole('navigation', { name: '版本记录' });
  await versions.getByText('当前生效').waitFor();
  expect(await versions.innerText()).toContain('第 1 版');
  expect(await page.getByTestId('no-rule-in-force').count()).toBe(0);
  await shot(page, 'hq-walk-rules');

  // Dashboard, this month: the hand-over's store share (20 % under the demo rule), figures in ink, axis values.
  await open(page, '概览', '经营概览');
  // The dashboard's figures are a snapshot of at most a few minutes ago: take one that has the hand-over.
  await page.getByRole('button', { name: '刷新数据' }).click();
  const kpi = (id: string) => page.getByTestId(`kpi-${id}`).locator('.kpi-value');
  await expect
    .poll(
      () =>
        kpi('orders')
          .innerText()
          .catch(() => '0'),
      { timeout: 15_000 },
    )
    .not.toBe('0');
  expect(await kpi('store-share').innerText()).not.toBe('¥0.00');
  expect(await page.getByTestId('share-note').count()).toBe(0);
  expect(await kpi('gmv').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(27, 31, 29)');
  expect(await page.getByTestId('by-day-axis').innerText()).toMatch(/¥\d+/);
  expect(await page.getByTestId('by-hour-axis').innerText()).toMatch(/\d+ 单/);
  await shot(page, 'hq-walk-dashboard');
  // The tablet's width: the store ranking shows all its columns without scrolling.
  await page.setViewportSize({ width: 1280, height: 800 });
  const wrap = page.getByTestId('ranking').locator('xpath=..');
  await expect.poll(() => wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByTestId('ranking').scrollIntoViewIfNeeded();
  await shot(page, 'hq-walk-dashboard-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Settlement opens on this month, which has the hand-over.
  await open(page, '结算', '结算');
  const row = page.getByTestId('settlement-SH-003');
  await row.waitFor();
  const monthStart = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 8) + '01';
  expect(await page.getByLabel('开始日期').inputValue()).toBe(monthStart);
  const cells = await row.locator('td').allInnerTexts();
  expect(cells[5]).not.toBe('¥0.00'); // 履约分成
  expect(await page.getByTestId('net-by-store-axis').innerText()).toMatch(/¥\d+/);
  await shot(page, 'hq-walk-settlement');

  await open(page, '员工', '员工与设备');
  await page.getByTestId('staff-clerk.sh003.walk').waitFor();
  await shot(page, 'hq-walk-staff');
  await context.close();
});

test('the store map lists past 100 stores, says when it has no streets and takes a ready base map; HQ creates a store', async () => {
  // 60 closed copies of SH-001 take the chain past one page of 100.
  await sql(
    api.dbName,
    `INSERT INTO store (id, code, name, city, address, phone, lat, lng, time_zone, status, can_pickup, can_deliver, hours, exceptions, delivery_zone,
                        delivery_radius_m, delivery_reach_m, created_at, updated_at, min_order_fen, delivery_fee_tiers, pickup_slot_capacity)
     SELECT gen_random_uuid(), 'ZZ-' || lpad(g::text, 3, '0'), name || ' ' || g, city, address, phone, lat, lng, time_zone, 'CLOSED', can_pickup, can_deliver,
            hours, exceptions, delivery_zone, delivery_radius_m, delivery_reach_m, created_at, updated_at, min_order_fen, delivery_fee_tiers, pickup_slot_capacity
     FROM store, generate_series(1, 60) g WHERE code = 'SH-001'`,
  );
  const [{ n }] = (await sql<{ n: number }>(api.dbName, `SELECT count(*)::int AS n FROM store`)) as [{ n: number }];
  expect(n).toBeGreaterThan(100);
  const { context, page } = await laptop(browser, api.url);
  await signIn(page, DEMO_HQ);
  await page.waitForURL('**/pos/hq');
  await open(page, '门店地图', '门店与配送范围');
  await page.getByTestId('no-basemap').waitFor();
  expect(await page.locator('.leaflet-control-attribution').innerText()).toBe('Leaflet');
  expect(await page.locator('.leaflet-control-attribution svg').count()).toBe(0);
  await expect
    .poll(
      () =>
        page
          .getByTestId('store-count')
          .innerText()
          .catch(() => ''),
      { timeout: 15_000 },
    )
    .toBe(`共 ${n} 家`);
  await page.getByTestId('store-ZZ-060').waitFor();
  await shot(page, 'hq-walk-stores-no-basemap');

  await page.getByLabel('底图服务').selectOption({ label: '高德地图（GCJ-02）' });
  await page.getByTestId('no-basemap').waitFor({ state: 'detached' });
  // No tile server is reachable here: the tiles asked for are AMap's, the credit names it, the setting is kept.
  await expect
    .poll(() => page.locator('img.leaflet-tile').first().getAttribute('src'))
    .toMatch(/^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?/);
  expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('© 高德地图');
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('linli.hq.basemap')))!) as { system: string; preset: string };
  expect(saved).toMatchObject({ system: 'GCJ02', preset: 'amap' });
  await page.reload();
  await page.getByRole('heading', { name: '门店与配送范围', level: 1 }).waitFor();
  expect(await page.getByLabel('底图服务').inputValue()).toBe('amap');
  expect(await page.getByTestId('no-basemap').count()).toBe(0);

  // A new store from the console.
  await expect
    .poll(
      () =>
        page
          .getByTestId('store-count')
          .innerText()
          .catch(() => ''),
      { timeout: 15_000 },
    )
    .toBe(`共 ${n} 家`);
  await page.getByText('新建门店', { exact: true }).first().click();
  const form = page.getByRole('form', { name: '新建门店' });
  await createStore(form, ['SH-901', '徐家汇测试店', '上海', '上海市徐汇区虹桥路 1 号', '31.1955', '121.4374']);
  await page.getByRole('status').filter({ hasText: '已新建门店 SH-901' }).waitFor();
  await page.getByTestId('store-SH-901').waitFor();
  expect(await page.getByTestId('store-count').innerText()).toBe(`共 ${n + 1} 家`);
  const [created] = await sql<{ name: string; delivery_radius_m: number }>(
    api.dbName,
    `SELECT name, delivery_radius_m FROM store WHERE code = 'SH-901'`,
  );
  expect(created).toEqual({ name: '徐家汇测试店', delivery_radius_m: 3000 });
  // The same code again is refused, in Chinese.
  await createStore(form, ['SH-901', '重复', '上海', '上海', '31.2', '121.4']);
  await form.getByRole('alert').filter({ hasText: '门店编号 SH-901 已存在' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/hq-walk-stores.png`, fullPage: true });
  // The pickers page through every store too.
  await open(page, '员工', '员工与设备');
  await expect.poll(() => page.getByLabel('门店', { exact: true }).first().locator('option').count(), { timeout: 15_000 }).toBe(n + 2); // 全部门店 + every store
  await context.close();
});
