// The shell: served by the API at /pos/, sign-in by role, a PWA manifest and service worker.
import { expect, test } from 'vitest';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { DEMO_CLERK, DEMO_HQ } from './shop';

const h = useApiAndBrowser();

test('a clerk signs in with username and password and lands at the counter of their store', async () => {
  const { context, page } = await tablet(h.browser, h.api.url);
  await page.goto('/pos/');
  await expect.poll(() => page.url()).toContain('/pos/login');
  await page.getByLabel('用户名').fill(DEMO_CLERK.username);
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('alert').filter({ hasText: '用户名或密码不对' }).waitFor();
  await shot(page, 'shell-login-wrong');
  await page.getByLabel('密码').fill(DEMO_CLERK.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/pos/counter');
  await page.getByText('SH-001').waitFor();
  await shot(page, 'shell-counter');
  // HQ pages are not for clerks.
  await page.goto('/pos/hq');
  await page.waitForURL('**/pos/counter');
  const manifest = await (await fetch(`${h.api.url}/pos/manifest.webmanifest`)).json();
  expect(manifest.start_url).toBe('/pos/');
  const sw = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? 'none'),
      new Promise((r) => setTimeout(() => r('timeout'), 10_000)),
    ]),
  );
  expect(sw).toContain('/pos/sw.js');
  await context.close();
});

test('HQ signs in to the console, not the counter', async () => {
  const { context, page } = await tablet(h.browser, h.api.url);
  await signIn(page, DEMO_HQ);
  await page.waitForURL('**/pos/hq');
  await page.goto('/pos/counter');
  await page.waitForURL('**/pos/hq');
  await page.getByRole('heading', { name: '总部控制台' }).waitFor();
  await shot(page, 'shell-hq');
  // HQ's side navigation is taller than the screen: it scrolls on its own, and the top bar stays where it is.
  const nav = page.locator('.sidenav .navlink');
  await nav.last().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect((await page.getByTestId('who').boundingBox())!.y).toBeGreaterThanOrEqual(0);
  expect(await nav.last().isVisible()).toBe(true);
  await shot(page, 'shell-hq-nav-scrolled');
  await context.close();
});

test("on a clerk's own phone the counter fits the screen with a bottom bar", async () => {
  const context = await h.browser.newContext({
    viewport: { width: 390, height: 844 },
    baseURL: h.api.url,
    locale: 'zh-CN',
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('button', { name: '查询' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'shell-phone-counter');
  await context.close();
});
