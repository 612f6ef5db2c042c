// HQ's catalog in the browser: HQ creates a product with two specs (a 2 × 2 SKU matrix with barcodes), uploads
// two pictures and makes the second the cover, lists it at SH-001 with a store price, and finds it in the list
// by category, status and store. HQ also imports a sheet with bad rows: they are listed, then the valid rows go in.
import { expect, test } from 'vitest';
import sharp from 'sharp';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaveStoreGroupDocument } from '../../api/test/generated/graphql';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { hqScreen } from './hq';
import { DEMO_CLERK, DEMO_HQ, staffToken, storeByCode } from './shop';

const h = useApiAndBrowser();

/** Two "photos" a phone might take: a bottle-green and an amber square. */
async function photos(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hq-catalog-'));
  const files: string[] = [];
  for (const [i, colour] of ['#2d8f5a', '#e0a030'].entries()) {
    const file = path.join(dir, `photo-${i + 1}.jpg`);
    await writeFile(
      file,
      await sharp({ create: { width: 900, height: 900, channels: 3, background: colour } })
        .jpeg()
        .toBuffer(),
    );
    files.push(file);
  }
  return files;
}

// Valid EAN-13 codes (the API checks the check digit).
const BARCODES = ['6901234567892', '6901234567908', '6901234567915', '6901234567922'];

test('HQ creates a product with two specs and pictures, and lists it at SH-001 with a store price', async () => {
  const { context, page } = await hqScreen(h.browser, h.api.url, '商品');
  await page.getByRole('heading', { name: '商品' }).waitFor();
  await page.getByTestId('product-P-0001').waitFor();
  await shot(page, 'hq-catalog-list');

  await page.getByRole('link', { name: '新建商品' }).click();
  await page.getByRole('heading', { name: '新建商品' }).waitFor();
  await page.getByLabel('编码', { exact: true }).fill('P-TEA-01');
  await page.getByLabel('商品名', { exact: true }).fill('冷泡乌龙茶');
  await page.getByLabel('副标题').fill('0 糖 0 脂');
  await page.getByLabel('单位').fill('瓶');
  await page.getByLabel('状态').selectOption('ON_SALE');
  await page.getByRole('checkbox', { name: '饮料' }).check();
  await page.getByRole('button', { name: '添加规格' }).click();
  await page.getByLabel('规格名').nth(0).fill('规格');
  await page.getByLabel('规格值（用逗号分隔）').nth(0).fill('500ml，1L');
  await page.getByRole('button', { name: '添加规格' }).click();
  await page.getByLabel('规格名').nth(1).fill('口味');
  await page.getByLabel('规格值（用逗号分隔）').nth(1).fill('原味，柠檬');
  const rows = ['500ml / 原味', '500ml / 柠檬', '1L / 原味', '1L / 柠檬'];
  for (const [i, label] of rows.entries()) {
    await page.getByLabel(`${label} 条码`).fill(BARCODES[i]!);
    await page.getByLabel(`${label} 售价（元）`).fill(i < 2 ? '5' : '8.5');
  }
  await shot(page, 'hq-catalog-new-matrix');
  await page.getByRole('button', { name: '保存商品' }).click();
  await page.getByRole('heading', { name: '编辑：冷泡乌龙茶' }).waitFor();
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  expect(await page.getByTestId('sku-matrix').locator('tbody tr').count()).toBe(4);

  await page.getByLabel('上传图片').setInputFiles(await photos());
  await page.getByTestId('picture-1').waitFor();
  const firstSrc = await page.getByTestId('picture-0').locator('img').getAttribute('src');
  await page.getByRole('button', { name: '右移 1' }).click();
  await expect.poll(() => page.getByTestId('picture-1').locator('img').getAttribute('src')).toBe(firstSrc);

  const panel = page.getByTestId('store-panel');
  const sh001 = await panel.getByLabel('门店').locator('option', { hasText: 'SH-001' }).getAttribute('value');
  await panel.getByLabel('门店').selectOption(sh001!);
  await panel.getByRole('button', { name: '全部上架' }).click();
  await page.getByRole('status').filter({ hasText: '已更新 4 个 SKU' }).waitFor();
  await panel.getByLabel('门店价（元）').fill('4.5');
  await panel.getByRole('button', { name: '设置门店价' }).click();
  await page.getByRole('status').filter({ hasText: '门店价已设置' }).waitFor();
  const first = panel.getByTestId('store-sku-P-TEA-01-1');
  await expect.poll(() => first.innerText()).toContain('¥4.50');
  expect(await first.innerText()).toContain('在架');
  expect(await panel.getByTestId('store-sku-P-TEA-01-3').innerText()).toContain('¥8.50');
  await shot(page, 'hq-catalog-editor');

  // In the list: found under 饮料, on sale, at SH-001, with its cover.
  await page.getByRole('link', { name: '商品', exact: true }).first().click();
  await page.getByLabel('搜索商品名、编码或条码').fill('乌龙');
  await page.getByLabel('状态').selectOption('ON_SALE');
  await page.getByLabel('门店').selectOption(sh001!);
  const row = page.getByTestId('product-P-TEA-01');
  await row.waitFor();
  expect(await row.locator('img').getAttribute('src')).toMatch(/\/pictures\/[0-9a-f]{32}\/400\.jpg$/);
  await page.getByLabel('状态').selectOption('DRAFT');
  await row.waitFor({ state: 'detached' });
  await shot(page, 'hq-catalog-list-filtered');
  await context.close();
});

test('HQ prices and lists the product for a store group: its stores follow, a store price still wins', async () => {
  // The group as the stores page makes it: SH-001 and SH-002.
  const { api, browser } = h;
  const [sh001, sh002] = [await storeByCode(api, 'SH-001'), await storeByCode(api, 'SH-002')];
  await api.ok(
    SaveStoreGroupDocument,
    { input: { code: 'EAST', name: '华东区', storeIds: [sh001.id, sh002.id] } },
    await staffToken(api, DEMO_HQ),
  );
  const { context, page } = await hqScreen(browser, api.url, '商品');
  await page.getByLabel('搜索商品名、编码或条码').fill('P-TEA-01');
  await page.getByTestId('product-P-TEA-01').getByRole('link').first().click();
  await page.getByRole('heading', { name: '编辑：冷泡乌龙茶' }).waitFor();

  const group = page.getByTestId('group-panel');
  await group.getByLabel('门店组', { exact: true }).selectOption({ label: '华东区（2 家门店）' });
  await group.getByRole('button', { name: '全部上架' }).click();
  await page.getByRole('status').filter({ hasText: '已更新 2 家门店的 4 个上架状态' }).waitFor();
  await group.getByLabel('门店组SKU 编码').selectOption({ label: 'P-TEA-01-1 500ml / 原味' });
  await group.getByLabel('门店组价（元）').fill('4.2');
  await group.getByRole('button', { name: '设置门店组价' }).click();
  await page.getByRole('status').filter({ hasText: '门店组价已设置，2 家门店生效' }).waitFor();

  // SH-002 has no price of its own: the group's. SH-001 keeps its own ¥4.50.
  const panel = page.getByTestId('store-panel');
  await panel.getByLabel('门店', { exact: true }).selectOption(sh002.id);
  const row = panel.getByTestId('store-sku-P-TEA-01-1');
  await expect.poll(() => row.innerText()).toContain('¥4.20');
  expect(await row.innerText()).toContain('在架');
  expect(await row.innerText()).toContain('华东区 ¥4.20');
  await panel.getByTestId('store-skus').scrollIntoViewIfNeeded();
  await shot(page, 'hq-catalog-group-price');
  await panel.getByLabel('门店', { exact: true }).selectOption(sh001.id);
  await expect.poll(() => row.innerText()).toContain('本店 ¥4.50');
  await context.close();
});

test('HQ imports a sheet: the bad rows are listed with nothing applied, then the valid rows go in', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'hq-import-'));
  const file = path.join(dir, '商品导入.csv');
  await writeFile(
    file,
    [
      '商品编码,商品名称,分类编码,单位,SKU编码,规格,条码,价格(元)',
      'P-IMP-01,导入的苏打水,DRINK,瓶,P-IMP-01-1,,6901234567939,3.5',
      'P-IMP-02,条码错的商品,DRINK,瓶,P-IMP-02-1,,6901234567930,3',
      'P-IMP-03,没有价格的商品,DRINK,瓶,P-IMP-03-1,,,',
    ].join('\n'),
  );
  const { context, page } = await hqScreen(h.browser, h.api.url, '商品');
  await page.getByRole('heading', { name: '商品' }).waitFor();
  await page.getByText('导入/导出').click();
  await page.getByLabel('导入文件（.xlsx 或 .csv）').setInputFiles(file);
  const errors = page.getByTestId('import-errors');
  await errors.waitFor();
  expect(await errors.locator('tbody tr').count()).toBe(2);
  await errors.getByText('条码校验位不对').waitFor();
  await errors.getByText('价格不能为空').waitFor();
  await page.getByRole('alert').filter({ hasText: '未导入任何内容' }).waitFor();
  await shot(page, 'hq-catalog-import-errors');
  await page.getByRole('button', { name: '只导入无误的行' }).click();
  await page.getByRole('status').filter({ hasText: '新建商品 1' }).waitFor();
  await page.getByLabel('搜索商品名、编码或条码').fill('导入的苏打水');
  await page.getByTestId('product-P-0001').waitFor({ state: 'detached' });
  await page.getByTestId('product-P-IMP-01').waitFor();
  await shot(page, 'hq-catalog-import-done');
  await context.close();
});

test('the category page shows the two-level tree and adds a child category', async () => {
  const { context, page } = await hqScreen(h.browser, h.api.url, '分类');
  await page.getByRole('heading', { name: '商品分类' }).waitFor();
  const tree = page.getByTestId('category-tree');
  await tree.getByText('饮料').waitFor();
  await tree.locator('li', { hasText: '饮料' }).first().getByRole('button', { name: '添加子分类' }).click();
  await page.getByLabel('名称').fill('茶饮');
  await page.getByLabel('编码').fill('DRINK-TEA');
  await page.getByLabel('图标').fill('🍵');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('status').filter({ hasText: '分类已保存' }).waitFor();
  await tree.getByText('茶饮').waitFor();
  await shot(page, 'hq-catalog-categories');
  await context.close();
});

test('the clerk at SH-001 finds the new product by scanning its barcode and receives stock', async () => {
  // The first test listed P-TEA-01 at SH-001 (nothing on hand yet).
  const { page } = await tablet(h.browser, h.api.url);
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: '库存' }).click();
  await page.locator('.stock-table tbody tr').first().waitFor();
  // The scanner types the barcode and Enter with no field focused.
  await page.locator('.page-title, .topbar').first().click();
  await page.keyboard.type(BARCODES[1]!, { delay: 5 });
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('adjust-panel');
  await expect.poll(() => panel.innerText()).toContain('冷泡乌龙茶');
  expect(await panel.innerText()).toContain('柠檬');
  expect(await panel.getByTestId('on-hand').textContent()).toBe('0');
  await panel.getByLabel('数量（加为正，减为负）').fill('12');
  await panel.getByRole('radio', { name: '到货' }).click();
  await panel.getByRole('button', { name: '调整' }).click();
  await panel.getByText('库存已调整').waitFor();
  await expect.poll(() => panel.getByTestId('on-hand').textContent()).toBe('12');
  await shot(page, 'stock-scanned-barcode');
});
