// A QR verified through the camera: Chromium's fake camera plays a video of the shopper's QR code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { TestApi } from './api';
import { launch, shot, signIn, tablet } from './browser';
import { sql } from './db';
import { DEMO_CLERK, readyPickup, skuInStock, staffToken, storeByCode } from './shop';
import { writeQrY4m } from './y4m';

let api: TestApi;
let browser: Browser;
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('the clerk holds the QR to the camera, sees the preview and hands over', async () => {
  api = await TestApi.start();
  const store = await storeByCode(api, 'SH-001');
  const order = await readyPickup(api, store.id, await skuInStock(api, store.id, 5), await staffToken(api, DEMO_CLERK));
  const video = path.join(mkdtempSync(path.join(tmpdir(), 'pos-cam-')), 'qr.y4m');
  writeQrY4m(video, order.qrToken);
  browser = await launch([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  const { page } = await tablet(browser, api.url);
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('button', { name: '扫码' }).click();
  const preview = page.getByTestId('preview');
  await preview.waitFor({ timeout: 60_000 }).catch(async (err) => {
    await shot(page, 'camera-failed');
    throw err;
  });
  await shot(page, 'camera-preview');
  expect(await preview.textContent()).toContain('王**');
  await page.getByRole('button', { name: '确认交货' }).click();
  await page.getByTestId('feedback').filter({ hasText: '交货成功' }).waitFor();
  await shot(page, 'camera-success');
  const [row] = await sql<{ state: string }>(api.dbName, `SELECT state FROM customer_order WHERE id = $1`, [order.orderId]);
  expect(row!.state).toBe('PICKED_UP');
});
