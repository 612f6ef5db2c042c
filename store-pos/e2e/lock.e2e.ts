// The shared tablet's lock screen: a wrong PIN says how many tries are left, the lock button and idle
// minutes both return to it, and the ended session no longer works.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { MeDocument } from '../../api/test/generated/graphql';
import { TestApi } from './api';
import { enrollTablet, launch, shot, tablet, tapKeys } from './browser';
import { DEMO_DEVICE } from './shop';

let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  [api, browser] = await Promise.all([TestApi.start(), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('a wrong PIN is refused with the tries left; the right one unlocks; locking ends the session', async () => {
  const { page } = await tablet(browser, api.url);
  await enrollTablet(page, DEMO_DEVICE.token);
  await tapKeys(page, '9999');
  await page.getByRole('button', { name: '解锁' }).click();
  await page.getByRole('alert').filter({ hasText: /PIN 不对，还可以试 \d+ 次/ }).waitFor();
  await shot(page, 'unlock-wrong-pin');
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/pos/counter');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('linli.pos.session')!).token as string);
  expect((await api.ok(MeDocument, {}, token)).me).toMatchObject({ role: 'CLERK' });
  await page.getByRole('button', { name: '锁屏' }).click();
  await page.waitForURL('**/pos/unlock');
  await expect.poll(async () => (await api.gql(MeDocument, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('the tablet locks itself after idle minutes', async () => {
  const { page } = await tablet(browser, api.url);
  await page.goto('/pos/login');
  await page.evaluate(() => localStorage.setItem('linli.pos.idleMs', '1500'));
  await enrollTablet(page, DEMO_DEVICE.token);
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  await page.waitForURL('**/pos/unlock', { timeout: 15_000 });
  await shot(page, 'unlock-after-idle');
});
