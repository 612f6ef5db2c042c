// Headless Debian Chromium through playwright-core, a 10-inch landscape tablet, screenshots as artefacts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { TestApi } from './api';
// @ts-expect-error plain ESM module shared with the repo's scripts
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH as string,
    args: [...(CHROMIUM_ARGS as string[]), '--autoplay-policy=user-gesture-required', ...extraArgs],
  });
}

/** `timezoneId`: the zone the tablet itself is set to (the demo stores are in Asia/Shanghai). */
export async function tablet(
  browser: Browser,
  baseURL: string,
  timezoneId = 'Asia/Shanghai',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    baseURL,
    locale: 'zh-CN',
    timezoneId,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return { context, page };
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Signs in with username and password, as a clerk on their own phone (or before the tablet is enrolled). */
export async function signIn(page: Page, who: { username: string; password: string }) {
  await page.goto('/pos/login');
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Enrols the tablet with a device token (the link HQ hands out), as the counter tablet is set up once. */
export async function enrollTablet(page: Page, deviceToken: string) {
  await page.goto(`/pos/enroll#${deviceToken}`);
  await page.waitForURL('**/pos/unlock');
}

/** Enrols the demo tablet, unlocks it with the demo clerk's PIN and opens 收银, empty. */
export async function openDemoSale(page: Page, device: { token: string; pin: string }) {
  await enrollTablet(page, device.token);
  await page.getByTestId('pin-dots').waitFor();
  await tapKeys(page, device.pin);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: /收银/ }).click();
  await page.getByText('扫描商品条码开始收银').waitFor();
}

/** Taps a PIN (or code) on the big keypad. */
export async function tapKeys(page: Page, digits: string) {
  const keypad = page.getByRole('group', { name: 'keypad' });
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
}

/** A test file's own API (fresh copy of the demo chain) and browser, started before and closed after its tests. */
export function useApiAndBrowser(): { api: TestApi; browser: Browser } {
  const parts = {} as { api: TestApi; browser: Browser };
  beforeAll(async () => {
    [parts.api, parts.browser] = await Promise.all([TestApi.start(), launch()]);
  });
  afterAll(async () => {
    await parts.browser?.close();
    await parts.api?.close();
  });
  return parts;
}
