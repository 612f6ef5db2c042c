// Headless Chromium on a phone viewport, screenshots into e2e/screenshots/, and the API as a clerk sees it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with the other browser tests
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** Near SH-001 (南京东路店), as a browser reports it: WGS-84. */
export const NANJING_EAST = { latitude: 31.237, longitude: 121.48 };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH as string, args: CHROMIUM_ARGS as string[] });
}

export async function phone(browser: Browser, geolocation = NANJING_EAST): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** A visible element with this test id (Taro h5 keeps earlier pages in the DOM, hidden). */
export const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`);

export async function gql<T = Record<string, unknown>>(apiUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The demo clerk of SH-001 (development accounts), acting through the API as the store tablet would. */
export async function clerkOfSH001(apiUrl: string) {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
  );
  const token = loginStaff.token;
  return {
    async advance(orderId: string, event: 'ACCEPT' | 'MARK_READY' | 'DISPATCH' | 'DELIVER') {
      const data = await gql<{ advanceOrder: { __typename: string; state?: string; message?: string } }>(
        apiUrl,
        'mutation ($orderId: ID!, $event: StoreStepEvent!) { advanceOrder(orderId: $orderId, event: $event) { __typename ... on CustomerOrder { state } ... on ErrorResult { message } } }',
        { orderId, event },
        token,
      );
      if (data.advanceOrder.__typename !== 'CustomerOrder') throw new Error(`advanceOrder ${event}: ${data.advanceOrder.message}`);
      return data.advanceOrder.state;
    },
    async verify(code: string) {
      return gql(apiUrl, 'mutation ($code: String!) { verifyPickup(input: {code: $code}) { __typename } }', { code }, token);
    },
  };
}

/** The order id the order page shows (from its hash route). */
export function orderIdOf(page: Page): string {
  const m = /[?&]id=([^&]+)/.exec(page.url());
  if (!m) throw new Error(`not on an order page: ${page.url()}`);
  return decodeURIComponent(m[1]!);
}
