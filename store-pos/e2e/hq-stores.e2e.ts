// HQ's store map in the h.browser (no tile server): a point outside a new store's 1 km radius finds no store for
// delivery; HQ draws a larger zone and saves it, and the same point now routes there; a self-intersecting zone
// is refused with the API's reason shown.
import { largeStoreNetwork } from '@linli/geo-data';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AdjustStockDocument, CreateStoreDocument } from '../../api/test/generated/graphql';
import { shot, signIn, useApiAndBrowser } from './browser';
import { hqScreen, laptop } from './hq';
import { sql } from './db';
import { DEMO_HQ, staffToken } from './shop';

const h = useApiAndBrowser();

// Suzhou: no demo store within 50 km.
const STORE = { lat: 31.3, lng: 120.6 };
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** Clicks the map at a WGS-84 point (no basemap, so the map shows WGS-84). */
async function clickMap(page: Page, lat: number, lng: number) {
  const p = await page.evaluate(
    ([la, ln]) => {
      const m = (window as unknown as { __linliMap: { latLngToContainerPoint(x: [number, number]): { x: number; y: number } } }).__linliMap;
      return m.latLngToContainerPoint([la!, ln!]);
    },
    [lat, lng],
  );
  await page.getByTestId('zone-map').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('zone-map').boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

type GeomanMap = { pm: { globalDrawModeEnabled(): boolean; Draw: { Polygon: { _layer?: { getLatLngs(): unknown[] } } } } };

/** Vertices of the shape being drawn, as geoman holds them. */
function drawnVertices(page: Page) {
  return page.evaluate(() => (window as unknown as { __linliMap: GeomanMap }).__linliMap.pm.Draw.Polygon._layer?.getLatLngs().length ?? 0);
}

async function drawPolygon(page: Page, points: [number, number][]) {
  await page.getByRole('button', { name: '绘制新范围' }).click();
  for (const [i, [lat, lng]] of points.entries()) {
    await clickMap(page, lat, lng);
    await expect.poll(() => drawnVertices(page)).toBe(i + 1);
  }
  await clickMap(page, points[0]![0], points[0]![1]); // back on the first vertex closes the shape
  await page.waitForFunction(() => !(window as unknown as { __linliMap: GeomanMap }).__linliMap.pm.globalDrawModeEnabled());
}

type LayerMap = { eachLayer(fn: (l: { getLatLngs?: () => unknown; getRadius?: () => number; getBounds?: () => Bounds }) => void): void };
type Bounds = { getSouth(): number; getNorth(): number; getWest(): number; getEast(): number };

/**
 * The map draws the saved zone: the stores' reload after a save lands when it lands. (The drawn corners land on
 * pixels: within 1e-3°, well apart from the 1 km circle's bounds.)
 */
async function zoneOnMap(page: Page, corners: [number, number][]) {
  const lats = corners.map(([lat]) => lat);
  const lngs = corners.map(([, lng]) => lng);
  const want = { s: Math.min(...lats), n: Math.max(...lats), w: Math.min(...lngs), e: Math.max(...lngs) };
  await page.waitForFunction((w) => {
    let found = false;
    (window as unknown as { __linliMap: LayerMap }).__linliMap.eachLayer((l) => {
      if (!l.getLatLngs || l.getRadius || !l.getBounds) return;
      const b = l.getBounds();
      const near = (a: number, x: number) => Math.abs(a - x) < 1e-3;
      if (near(b.getSouth(), w.s) && near(b.getNorth(), w.n) && near(b.getWest(), w.w) && near(b.getEast(), w.e)) found = true;
    });
    return found;
  }, want);
}

/** The map has moved to the store: its point in view, zoomed in past the whole chain's extent. */
async function mapOnStore(page: Page, at: { lat: number; lng: number }) {
  await page.waitForFunction((p) => {
    const b = (
      window as unknown as { __linliMap: { getBounds(): { contains(x: [number, number]): boolean; getEast(): number; getWest(): number } } }
    ).__linliMap.getBounds();
    return b.contains([p.lat, p.lng]) && b.getEast() - b.getWest() < 0.2;
  }, at);
}

test('HQ draws a larger zone for a store and a point inside it now routes there; a self-intersecting zone is refused', async () => {
  const hq = await staffToken(h.api, DEMO_HQ);
  const { createStore } = await h.api.ok(
    CreateStoreDocument,
    {
      input: {
        code: 'SZ-901',
        name: '苏州测试店',
        city: '苏州',
        address: '苏州工业园区 1 号',
        location: { ...STORE, system: 'WGS84' },
        capabilities: ['PICKUP', 'DELIVERY'],
        hours: ALL_DAY,
        deliveryRadiusM: 1000,
        timeZone: 'Asia/Shanghai',
      },
    },
    hq,
  );
  if (createStore.__typename !== 'Store') throw new Error(JSON.stringify(createStore));
  const [sku] = await sql<{ id: string }>(h.api.dbName, `SELECT id FROM sku ORDER BY code LIMIT 1`);
  await h.api.ok(AdjustStockDocument, { input: { storeId: createStore.id, skuId: sku!.id, delta: 50, reason: 'RECEIVED' } }, hq);

  const { context, page } = await hqScreen(h.browser, h.api.url, '门店地图');
  await page.getByTestId('store-SZ-901').click();
  await mapOnStore(page, STORE);

  // 1.6 km east of the store: outside its 1 km radius.
  const east = { lat: STORE.lat, lng: STORE.lng + 0.0168 };
  await page.getByRole('button', { name: '送达检查' }).click();
  await clickMap(page, east.lat, east.lng);
  await expect
    .poll(() =>
      page
        .getByTestId('route-delivery')
        .innerText()
        .catch(() => ''),
    )
    .toContain('没有门店可以接单');
  expect(await page.getByTestId('route-delivery').innerText()).toContain('SZ-901：不在配送范围');
  expect(await page.getByTestId('route-pickup').innerText()).toContain('SZ-901');
  await shot(page, 'hq-stores-before');
  await page.getByRole('button', { name: '送达检查' }).click();

  // A square about 2 km each way from the store.
  const d = { lat: 0.017, lng: 0.02 };
  const square: [number, number][] = [
    [STORE.lat + d.lat, STORE.lng - d.lng],
    [STORE.lat + d.lat, STORE.lng + d.lng],
    [STORE.lat - d.lat, STORE.lng + d.lng],
    [STORE.lat - d.lat, STORE.lng - d.lng],
  ];
  await drawPolygon(page, square);
  await shot(page, 'hq-stores-drawn');
  await page.getByRole('button', { name: '保存范围' }).click();
  await page.getByRole('status').filter({ hasText: '已保存 SZ-901 的配送范围' }).waitFor();
  const [saved] = await sql<{ zone: { type: string; coordinates: number[][][] } }>(
    h.api.dbName,
    `SELECT delivery_zone AS zone FROM store WHERE code = 'SZ-901'`,
  );
  expect(saved!.zone.type).toBe('Polygon');
  for (const [i, [lat, lng]] of square.entries()) {
    expect(saved!.zone.coordinates[0]![i]![0]).toBeCloseTo(lng, 3);
    expect(saved!.zone.coordinates[0]![i]![1]).toBeCloseTo(lat, 3);
  }

  await page.getByRole('button', { name: '送达检查' }).click();
  await zoneOnMap(page, square);
  await clickMap(page, east.lat, east.lng);
  await expect
    .poll(() =>
      page
        .getByTestId('route-delivery')
        .innerText()
        .catch(() => ''),
    )
    .toContain('SZ-901 苏州测试店');
  await shot(page, 'hq-stores-after');
  await page.getByRole('button', { name: '送达检查' }).click();

  // A bow tie crosses itself: the API refuses it and says where.
  await drawPolygon(page, [square[0]!, square[2]!, square[1]!, square[3]!]);
  await page.getByRole('button', { name: '保存范围' }).click();
  const invalid = page.getByTestId('zone-invalid');
  await invalid.waitFor();
  // The API's reason (PostGIS's "Self-intersection[lng lat]") in Chinese.
  expect(await invalid.innerText()).toMatch(/^配送范围不合规：边界自相交（约在 120\.\d{4}, 31\.\d{4}）/);
  await shot(page, 'hq-stores-invalid');
  const [still] = await sql<{ zone: { coordinates: number[][][] } }>(
    h.api.dbName,
    `SELECT delivery_zone AS zone FROM store WHERE code = 'SZ-901'`,
  );
  expect(still!.zone.coordinates[0]![1]![0]).toBeCloseTo(square[1]![1], 3); // unchanged
  await page.getByRole('button', { name: '取消' }).click();

  // Settings: pause the store, close early on New Year's Eve, the minimum order and the delivery fee tiers.
  const editor = page.getByRole('form', { name: '门店设置' });
  await editor.getByLabel('状态').selectOption('PAUSED');
  await editor.getByRole('button', { name: '添加特殊日期' }).click();
  const eve = editor.getByTestId('exception-0');
  await eve.getByLabel('日期').fill('2026-12-31');
  await eve.getByLabel('全天休息').uncheck();
  await eve.getByLabel('开门').fill('09:00');
  await eve.getByLabel('打烊').fill('20:00');
  await eve.getByLabel('备注').fill('盘点');
  await editor.getByLabel('配送起送价（元）').fill('25');
  // The store's fee tiers start as 3 km ¥5, 5 km ¥8, 20 km ¥12: ¥8.50 for the second, no third.
  expect(await editor.getByTestId('fee-tier-2').getByLabel('距离不超过（公里）').inputValue()).toBe('20');
  await editor.getByTestId('fee-tier-1').getByLabel('配送费（元）').fill('8.5');
  await editor.getByTestId('fee-tier-2').getByRole('button', { name: '删除' }).click();
  await editor.getByRole('button', { name: '保存门店设置' }).click();
  await page.getByRole('status').filter({ hasText: '已保存 SZ-901 的设置' }).waitFor();
  const [st] = await sql<{
    status: string;
    exceptions: { date: string; closed: boolean; opens?: string; closes?: string }[];
    min_order_fen: number;
    delivery_fee_tiers: unknown;
  }>(h.api.dbName, `SELECT status, exceptions, min_order_fen, delivery_fee_tiers FROM store WHERE code = 'SZ-901'`);
  expect(st!.status).toBe('PAUSED');
  expect(st!.exceptions).toEqual([expect.objectContaining({ date: '2026-12-31', closed: false, opens: '09:00', closes: '20:00' })]);
  expect(st!.min_order_fen).toBe(2500);
  expect(st!.delivery_fee_tiers).toEqual([
    { upToM: 3000, feeFen: 500 },
    { upToM: 5000, feeFen: 850 },
  ]);
  // After a reload the early close is there to see and edit.
  await page.reload();
  await page.getByTestId('store-SZ-901').click();
  const again = page.getByRole('form', { name: '门店设置' }).getByTestId('exception-0');
  expect(await again.getByLabel('打烊').inputValue()).toBe('20:00');
  expect(await again.getByLabel('日期').inputValue()).toBe('2026-12-31');
  expect(await page.getByRole('form', { name: '门店设置' }).getByTestId('fee-tier-1').getByLabel('配送费（元）').inputValue()).toBe('8.5');
  await again.scrollIntoViewIfNeeded();
  await shot(page, 'hq-stores-special-date');
  await shot(page, 'hq-stores-settings');

  // A network file with a broken feature: nothing is imported and the feature's problem is listed.
  await page.getByText('导入门店网络（GeoJSON）').click();
  const bad = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [120.7, 31.3] }, properties: { code: 'SZ-902' } }],
  };
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'network.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(bad)) });
  const result = page.getByTestId('import-result');
  await result.waitFor();
  expect(await result.innerText()).toContain('导入被拒绝');
  expect(await result.locator('tbody tr').first().innerText()).toContain('缺少门店名称（name）');
  expect(await result.innerText()).not.toMatch(/must|features are invalid/);
  await shot(page, 'hq-stores-import');
  expect(await sql(h.api.dbName, `SELECT 1 FROM store WHERE code = 'SZ-902'`)).toEqual([]);

  // A store group for Suzhou, then the list filtered by it.
  await page.getByText('门店组', { exact: true }).first().click();
  const groupForm = page.getByRole('form', { name: '门店组' });
  await groupForm.getByLabel('组编号').fill('G-SZ');
  await groupForm.getByLabel('组名称').fill('苏州片区');
  await groupForm.getByLabel('SZ-901 苏州测试店').check();
  await groupForm.getByRole('button', { name: '保存门店组' }).click();
  await expect.poll(() => page.getByTestId('store-groups').innerText()).toContain('苏州片区');
  expect(await page.getByTestId('store-groups').innerText()).toContain('SZ-901');
  await page.getByLabel('门店组', { exact: true }).first().selectOption({ label: '苏州片区' });
  await expect.poll(() => page.locator('.store-list .version').count()).toBe(1);
  await shot(page, 'hq-stores-groups');
  await context.close();
});

type ViewMap = {
  getCenter(): { lat: number; lng: number };
  getZoom(): number;
  containerPointToLatLng(p: [number, number]): { lat: number; lng: number };
  latLngToContainerPoint(p: [number, number]): { x: number; y: number };
  once(event: string, fn: () => void): void;
};
const mapView = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { __linliMap: ViewMap }).__linliMap;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });

test('the map stays where HQ moved it while they work on a zone, and moves only to the store they pick next', async () => {
  const [a, b] = await sql<{ code: string; lat: number; lng: number }>(
    h.api.dbName,
    `SELECT code, ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng FROM store WHERE code IN ('SH-001', 'SH-002') ORDER BY code`,
  );
  const { context, page } = await hqScreen(h.browser, h.api.url, '门店地图');
  await page.getByTestId(`store-${a!.code}`).click();
  await mapOnStore(page, a!);

  // HQ drags the map to look at the ground beside the store.
  const box = (await page.getByTestId('zone-map').boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 120, from.y + 60, { steps: 12 });
  const settled = page.evaluate(
    () => new Promise<void>((r) => (window as unknown as { __linliMap: ViewMap }).__linliMap.once('moveend', r)),
  );
  await page.mouse.up();
  await settled;
  const moved = await mapView(page);

  // A zone drawn around the store (it must hold the store) and saved: the stores are read again, the view stays.
  const corners = await page.evaluate((at) => {
    const m = (window as unknown as { __linliMap: ViewMap }).__linliMap;
    const { x, y } = m.latLngToContainerPoint([at.lat, at.lng]);
    return (
      [
        [-90, -70],
        [90, -70],
        [90, 70],
        [-90, 70],
      ] as const
    ).map(([dx, dy]) => {
      const p = m.containerPointToLatLng([x + dx, y + dy]);
      return [p.lat, p.lng] as [number, number];
    });
  }, a!);
  await drawPolygon(page, corners);
  await page.getByRole('button', { name: '保存范围' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `已保存 ${a!.code} 的配送范围` })
    .waitFor();
  await zoneOnMap(page, corners);
  expect(await mapView(page)).toEqual(moved);
  // Nor does checking a point move it.
  await page.getByRole('button', { name: '送达检查' }).click();
  await page.getByText('点击地图上任意一点').waitFor();
  expect(await mapView(page)).toEqual(moved);
  await shot(page, 'hq-stores-view-kept');
  await page.getByRole('button', { name: '送达检查' }).click();

  // Picking another store is asking to see it: the map centres on its zone (a few hundred metres from the store).
  await page.getByTestId(`store-${b!.code}`).click();
  await expect
    .poll(async () => {
      const v = await mapView(page);
      return v.lat !== moved.lat && Math.hypot(v.lat - b!.lat, v.lng - b!.lng) < 0.01;
    })
    .toBe(true);
  await shot(page, 'hq-stores-view-next-store');
  await context.close();
});

test('HQ imports a network of 600 stores and follows its progress, checked then written in batches', async () => {
  const { context, page } = await laptop(h.browser, h.api.url);
  // The upload goes once the console has asked to follow the import's progress (its socket frame is sent), so the
  // first batches' events cannot pass before the subscription.
  let subscribed!: () => void;
  const following = new Promise<void>((resolve) => (subscribed = resolve));
  // (The console opens its socket at sign-in, so this listens from the start.)
  page.on('websocket', (ws) => ws.on('framesent', (f) => String(f.payload).includes('storeNetworkImportProgress') && subscribed()));
  await signIn(page, DEMO_HQ);
  await page.waitForURL('**/pos/hq');
  await page.getByRole('link', { name: '门店地图', exact: true }).click();
  await page.getByText('导入门店网络（GeoJSON）').click();
  // Every line the progress shows is kept, however briefly it shows it.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __importTexts: string[] }).__importTexts = []);
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=import-progress] p')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // Its answer is held until the screenshot of the progress has been taken.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    if (!route.request().postData()?.includes('importStoreNetwork')) return route.continue();
    await following;
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  const network = largeStoreNetwork(600, 'E2E');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'network.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(network)) });
  await page.getByTestId('import-progress').getByText('正在写入：600 / 600').waitFor();
  await page.getByTestId('import-progress').scrollIntoViewIfNeeded();
  await shot(page, 'hq-stores-import-progress');
  release();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  expect(await result.innerText()).toContain('导入完成：新增 600 家，更新 0 家');
  await result.scrollIntoViewIfNeeded();
  await shot(page, 'hq-stores-import-done');
  const texts = await page.evaluate(() => (window as unknown as { __importTexts: string[] }).__importTexts);
  expect(texts[0]).toBe('正在上传 600 个要素…');
  expect(texts).toContain('正在写入：500 / 600');
  expect(texts.some((t) => /^正在校验：\d+ \/ 600$/.test(t))).toBe(true);
  expect(await sql<{ n: string }>(h.api.dbName, `SELECT count(*) AS n FROM store WHERE code LIKE 'E2E-%'`)).toEqual([{ n: '600' }]);
  await context.close();
});
