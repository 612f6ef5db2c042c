// The catalog end to end, across the three apps on one API and database: HQ creates a product with two specs
// and pictures and lists it at SH-001 with a store price; the clerk scans its barcode and receives stock; a
// shopper near SH-001 (the mini-program's H5 build, served by the same API at /m/) sees its picture and the
// store's price, and buys it; the clerk scans it again and finds the unit held for that order.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestApi } from './api';
import { launch, shot, signIn, tablet } from './browser';
import { hqScreen } from './hq';
import { DEMO_CLERK } from './shop';
// The shopper app's own phone: a 375 × 812 touch screen standing near SH-001 (南京东路店).
import { phone as shopperPhone } from '../../miniapp/e2e/browser';
// @ts-expect-error plain ESM script: builds the shopper app's H5 only when its sources changed
import { ensureBuilt } from '../../miniapp/scripts/build-if-stale.mjs';

let api: TestApi;
let browser: Browser;

// The shopper app's build (when stale) takes minutes on a busy machine.
beforeAll(async () => {
  (ensureBuilt as (target: string) => boolean)('h5');
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** Two product photos: a tall bottle shape on a light ground, in two colours. */
async function photos(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'catalog-walk-'));
  const files: string[] = [];
  for (const [i, colour] of ['#c0392b', '#f39c12'].entries()) {
    const bottle = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"><rect width="900" height="900" fill="#f4f1ea"/>` +
        `<rect x="360" y="120" width="180" height="120" rx="20" fill="#555"/><rect x="290" y="220" width="320" height="600" rx="60" fill="${colour}"/>` +
        `<rect x="290" y="420" width="320" height="180" fill="#fff" opacity="0.85"/></svg>`,
    );
    const file = path.join(dir, `bottle-${i + 1}.jpg`);
    await writeFile(file, await sharp(bottle).jpeg().toBuffer());
    files.push(file);
  }
  return files;
}

// Valid EAN-13 codes (the API checks the check digit); the first is the SKU the shopper buys.
const BARCODES = ['6901234567892', '6901234567908', '6901234567915', '6901234567922'];
const SKUS = ['330ml / 原味', '330ml / 桂花', '500ml / 原味', '500ml / 桂花'];

/** The clerk's stock screen with the SKU its scanner names open (the scanner types the code and Enter into the field). */
async function scan(page: Page, barcode: string) {
  await page.getByRole('link', { name: '库存' }).click();
  await page.locator('.stock-table tbody tr').first().waitFor();
  const field = page.getByLabel('商品名称或条码');
  await field.click();
  await page.keyboard.type(barcode, { delay: 5 });
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('adjust-panel');
  try {
    await expect.poll(() => panel.innerText()).toContain('山楂乌龙气泡水');
  } catch (err) {
    await shot(page, 'walk-failed-scan');
    throw err;
  }
  return panel;
}

/** The img inside a Taro <Image> once it has really loaded (its pixels came back from the API). */
async function loadedImage(page: Page, selector: string): Promise<string> {
  const img = page.locator(selector).first();
  await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  return (await img.getAttribute('src'))!;
}

test('HQ creates and lists a product, the shopper sees its picture and store price and buys it, the clerk scans it', async () => {
  // HQ: the product, its 2 × 2 matrix, pictures, listing and a store price at SH-001.
  const hq = await hqScreen(browser, api.url, '商品');
  await hq.page.getByRole('link', { name: '新建商品' }).click();
  await hq.page.getByLabel('编码', { exact: true }).fill('P-WALK-01');
  await hq.page.getByLabel('商品名', { exact: true }).fill('山楂乌龙气泡水');
  await hq.page.getByLabel('副标题').fill('真果汁 0 脂');
  await hq.page.getByLabel('单位').fill('瓶');
  await hq.page.getByLabel('状态').selectOption('ON_SALE');
  await hq.page.getByRole('checkbox', { name: '饮料' }).check();
  await hq.page.getByRole('button', { name: '添加规格' }).click();
  await hq.page.getByLabel('规格名').nth(0).fill('规格');
  await hq.page.getByLabel('规格值（用逗号分隔）').nth(0).fill('330ml，500ml');
  await hq.page.getByRole('button', { name: '添加规格' }).click();
  await hq.page.getByLabel('规格名').nth(1).fill('口味');
  await hq.page.getByLabel('规格值（用逗号分隔）').nth(1).fill('原味，桂花');
  for (const [i, label] of SKUS.entries()) {
    await hq.page.getByLabel(`${label} 条码`).fill(BARCODES[i]!);
    await hq.page.getByLabel(`${label} 售价（元）`).fill(i < 2 ? '6' : '8');
  }
  await hq.page.getByRole('button', { name: '保存商品' }).click();
  await hq.page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await hq.page.getByLabel('上传图片').setInputFiles(await photos());
  await hq.page.getByTestId('picture-1').waitFor();
  const panel = hq.page.getByTestId('store-panel');
  const sh001 = await panel.getByLabel('门店').locator('option', { hasText: 'SH-001' }).getAttribute('value');
  await panel.getByLabel('门店').selectOption(sh001!);
  await panel.getByRole('button', { name: '全部上架' }).click();
  await hq.page.getByRole('status').filter({ hasText: '已更新 4 个 SKU' }).waitFor();
  await panel.getByLabel('SKU 编码').selectOption({ label: 'P-WALK-01-1 330ml / 原味' });
  await panel.getByLabel('门店价（元）').fill('4.5');
  await panel.getByRole('button', { name: '设置门店价' }).click();
  await hq.page.getByRole('status').filter({ hasText: '门店价已设置' }).waitFor();
  await expect.poll(() => panel.getByTestId('store-sku-P-WALK-01-1').innerText()).toContain('¥4.50');
  await shot(hq.page, 'walk-1-hq-listed-with-store-price');
  await hq.context.close();

  // The clerk: the scanner finds the new SKU by its barcode; 12 bottles arrive.
  const clerk = await tablet(browser, api.url);
  await signIn(clerk.page, DEMO_CLERK);
  await clerk.page.waitForURL('**/pos/counter');
  const received = await scan(clerk.page, BARCODES[0]!);
  expect(await received.innerText()).toContain('330ml');
  await received.getByLabel('数量（加为正，减为负）').fill('12');
  await received.getByRole('radio', { name: '到货' }).click();
  await received.getByRole('button', { name: '调整' }).click();
  await expect.poll(() => received.getByTestId('on-hand').textContent()).toBe('12');
  await shot(clerk.page, 'walk-2-clerk-received-by-barcode');

  // The shopper near SH-001: finds it, sees its picture and SH-001's price, and buys it for pickup.
  const { context: shopper, page: phone } = await shopperPhone(browser);
  const visible = (id: string) => phone.locator(`[data-testid="${id}"]:visible`);
  await phone.goto(`${api.url}/m/`);
  await expect.poll(() => visible('store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible('search-entry').click();
  await visible('search-input').locator('input').fill('山楂');
  const row = visible('product-row').filter({ hasText: '山楂乌龙气泡水' });
  await row.waitFor();
  expect(await loadedImage(phone, '[data-testid="product-row"]:visible img')).toMatch(/\/pictures\/[0-9a-f]{32}\/\d+\.(jpg|webp)$/);
  await shot(phone, 'walk-3-shopper-search-with-picture');
  await row.locator('.product-row__name').click();
  await visible('gallery').waitFor();
  expect(await loadedImage(phone, '[data-testid="gallery"]:visible img')).toMatch(/\/pictures\/[0-9a-f]{32}\/800\.(jpg|webp)$/);
  // SH-001 charges ¥4.50 for 330ml 原味 (the chain ¥6): the page's lowest price is the store's.
  await expect.poll(() => phone.locator('.product__price:visible').textContent()).toContain('¥4.50');
  await shot(phone, 'walk-4-shopper-product-gallery-store-price');
  await visible('product-add').click();
  const picker = visible('spec-picker');
  await picker.locator('[data-testid="spec-value"]', { hasText: '330ml' }).click();
  await picker.locator('[data-testid="spec-value"]', { hasText: '原味' }).click();
  await expect.poll(() => picker.locator('.sheet__price').textContent()).toBe('¥4.50');
  await shot(phone, 'walk-5-shopper-spec-picker-store-price');
  await picker.locator('[data-testid="spec-add"]').click();
  await visible('go-checkout').click();
  await visible('place-order').waitFor();
  await visible('checkout-PICKUP').click();
  await visible('slot').first().click();
  await visible('contact-name').locator('input').fill('王小明');
  await visible('contact-phone').locator('input').fill('13800138000');
  await visible('place-order').click();
  await visible('cashier-pay').waitFor({ timeout: 20_000 });
  await expect(visible('cashier-amount').textContent()).resolves.toBe('¥4.50');
  await visible('cashier-pay').click();
  await visible('pickup-code').waitFor({ timeout: 20_000 });
  await expect.poll(() => visible('order-state').getAttribute('data-state')).toBe('PAID');
  await shot(phone, 'walk-6-shopper-paid');
  await shopper.close();

  // The clerk scans it again: one of the 12 is now held for the shopper's order.
  await clerk.page.getByRole('link', { name: '今日' }).click();
  const held = await scan(clerk.page, BARCODES[0]!);
  await expect.poll(() => held.getByTestId('reserved').textContent()).toBe('1');
  expect(await held.getByTestId('available').textContent()).toBe('11');
  await shot(clerk.page, 'walk-7-clerk-scan-after-sale');
  await clerk.context.close();
});
