// The offline member code end to end: the shopper's phone (the h5 app at /m/) holds its secret, loses its
// connection and still shows a code; the clerk's 会员 page signs the shopper up with it; the same code again is
// refused. Both apps are served by this file's own API.
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { DEMO_CLERK } from './shop';
// @ts-expect-error plain ESM script: builds the shopper app when its sources are newer than its build
import { ensureBuilt } from '../../miniapp/scripts/build-if-stale.mjs';

const parts = useApiAndBrowser();

/** The shopper's phone, near SH-001 (WGS-84, as the browser reports it). */
async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await parts.browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: { latitude: 31.237, longitude: 121.48 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return { context, page };
}

/** Taro h5 keeps earlier pages in the DOM, hidden: only the shown one counts. */
const shown = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`);

test('with no connection the phone still shows a member code; the counter takes it once', async () => {
  ensureBuilt('h5');
  const { api } = parts;
  const { context, page } = await phone();
  await page.goto(`${api.url}/m/`);
  // Signed in (a dev shopper in h5): the app fetches its member-code secret while it has signal.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('linli.member-secret')), { timeout: 20_000 })
    .toMatch(/reference[\\"]+:[\\"]+\d{10}/);

  // The shopper has looked at 我的 and their code before; then the signal goes.
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  await expect.poll(() => shown(page, 'points').textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
  await shot(page, 'member-code-me');
  await shown(page, 'member-code-toggle').click();
  await shown(page, 'member-code').waitFor();
  await page.goBack();
  await shown(page, 'member-code-toggle').waitFor();
  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/graphql', { method: 'POST' }).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');

  await shown(page, 'member-code-toggle').click();
  const card = shown(page, 'member-code');
  await card.waitFor();
  const code = (await card.getAttribute('data-code'))!;
  expect(code).toMatch(/^96\d{18}$/);
  expect((await shown(page, 'member-digits').textContent())!.replace(/\s/g, '')).toBe(code);
  expect(await shown(page, 'member-countdown').textContent()).toMatch(/^\d{1,2} 秒后自动刷新$/);
  // CODE128 set C: start, 10 digit pairs, check, stop: 3 bars a symbol, 4 in the stop.
  expect(await shown(page, 'member-barcode').locator('.barcode__bar').count()).toBe(3 * 12 + 4);
  await shot(page, 'member-code-offline');

  // At the counter: the clerk types (or scans) what the phone shows.
  const { page: counter } = await tablet(parts.browser, api.url);
  await signIn(counter, DEMO_CLERK);
  await counter.getByRole('link', { name: '会员' }).click();
  const submit = async (memberCode: string) => {
    await counter.getByLabel('扫描或输入会员码').fill(memberCode);
    await counter.getByRole('button', { name: '登记为本店会员' }).click();
  };
  const outcome = counter.getByTestId('member-outcome');
  await submit(code);
  await outcome.filter({ hasText: '已登记为本店会员' }).waitFor();
  await shot(counter, 'member-code-counter-bound');
  // The same code a second time (a screenshot passed on, a double scan) is refused, and says what to do.
  await submit(code);
  await outcome.filter({ hasText: '这个码刚用过，请顾客出示刷新后的新码' }).waitFor();
  await shot(counter, 'member-code-counter-replayed');
  await context.close();
});
