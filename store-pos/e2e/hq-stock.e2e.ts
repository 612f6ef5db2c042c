// HQ's stock sheets in the console: a store's stock exported, a sheet with bad rows reported row by row with
// nothing applied, then its valid rows applied, and SH-001's count changed as the sheet said.
import { expect, test } from 'vitest';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { shot, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { storeByCode } from './shop';

const parts = useApiAndBrowser();

test('HQ exports a store’s stock, sees a bad sheet’s rows reported with nothing applied, then applies the valid rows', async () => {
  const { api, browser } = parts;
  const sh001 = await storeByCode(api, 'SH-001');
  const [sku] = await sql<{ code: string; on_hand: number; reserved: number }>(
    api.dbName,
    `SELECT k.code, ss.on_hand, ss.reserved FROM store_stock ss JOIN sku k ON k.id = ss.sku_id
      WHERE ss.store_id = $1 ORDER BY k.code LIMIT 1`,
    [sh001.id],
  );
  const { context, page } = await hqScreen(browser, api.url, '门店库存');
  await page.getByRole('heading', { name: '门店库存' }).waitFor();
  await page.getByText('先选择门店').waitFor();
  await page.getByLabel('门店', { exact: true }).selectOption(sh001.id);
  const panel = page.getByTestId('stock-import');
  await panel.getByRole('heading', { name: 'SH-001 邻里便利 南京东路店' }).waitFor();

  // The export: an .xlsx of SH-001's SKUs and their counts.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出库存' }).click()]);
  expect(download.suggestedFilename()).toBe('库存-SH-001.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'SKU编码', '商品名称', '规格', '在库数量']);
  const exported = new Map<string, string>();
  sheet.eachRow((row, n) => n > 1 && exported.set(String(row.getCell(1).value), String(row.getCell(4).value)));
  expect(exported.get(sku!.code)).toBe(String(sku!.on_hand));

  // A sheet with one good row and two bad ones.
  const dir = await mkdtemp(path.join(tmpdir(), 'hq-stock-'));
  const file = path.join(dir, '库存导入.csv');
  const counted = sku!.reserved + 37;
  await writeFile(file, ['SKU编码,商品名称,规格,在库数量', `${sku!.code},,,${counted}`, 'NO-SUCH-SKU,,,5', `${sku!.code},,,-3`].join('\n'));
  await panel.getByLabel('导入文件（.xlsx 或 .csv）').setInputFiles(file);
  const errors = panel.getByTestId('import-errors');
  await errors.waitFor();
  expect(await errors.locator('tbody tr').count()).toBe(2);
  await errors.getByText('没有编码为 NO-SUCH-SKU 的 SKU').waitFor();
  await panel.getByRole('alert').filter({ hasText: '未导入任何内容' }).waitFor();
  const [before] = await sql<{ on_hand: number }>(
    api.dbName,
    `SELECT on_hand FROM store_stock ss JOIN sku k ON k.id = ss.sku_id WHERE ss.store_id = $1 AND k.code = $2`,
    [sh001.id, sku!.code],
  );
  expect(before!.on_hand).toBe(sku!.on_hand);
  await shot(page, 'hq-stock-import-errors');

  await panel.getByRole('button', { name: '只导入无误的行' }).click();
  await panel.getByRole('status').filter({ hasText: '已导入：1 个 SKU 的在库数量有变化' }).waitFor();
  const [after] = await sql<{ on_hand: number }>(
    api.dbName,
    `SELECT on_hand FROM store_stock ss JOIN sku k ON k.id = ss.sku_id WHERE ss.store_id = $1 AND k.code = $2`,
    [sh001.id, sku!.code],
  );
  expect(after!.on_hand).toBe(counted);
  await shot(page, 'hq-stock-import-done');
  await context.close();
});
