// Headless Chromium on a phone viewport, screenshots into e2e/screenshots/, and the API as a clerk sees it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
// @ts-expect-error plain ESM helper shared with the other browser tests
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** Near SH-001 (南京东路店), as a browser reports it: WGS-84. */
export const NANJING_EAST = { latitude: 31.237, longitude: 121.48 };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH as string, args: CHROMIUM_ARGS as string[] });
}

/** One Chromium per spec file, launched before its tests and closed after them; call at the file's top level. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
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
  // What a user would see once the page stops moving: page transitions and toasts have finished.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** A visible element with this test id (Taro h5 keeps earlier pages in the DOM, hidden). */
export const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`);

export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
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
async function clerkToken(apiUrl: string): Promise<string> {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
  );
  return loginStaff.token;
}

export async function clerkOfSH001(apiUrl: string) {
  const token = await clerkToken(apiUrl);
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
      const data = await gql<{ verifyPickup: { __typename: string } }>(
        apiUrl,
        'mutation ($code: String!) { verifyPickup(input: {code: $code}) { __typename } }',
        { code },
        token,
      );
      return data.verifyPickup.__typename;
    },
    async approveAfterSale(id: string) {
      const data = await gql<{ approveAfterSale: { __typename: string } }>(
        apiUrl,
        'mutation ($id: ID!) { approveAfterSale(id: $id) { __typename } }',
        { id },
        token,
      );
      return data.approveAfterSale.__typename;
    },
  };
}

/**
 * The files of a run share one API and database, and earlier files buy the demo's few units (SH-001 holds 5 东方树叶):
 * a test that needs goods on the shelf receives them first, as the clerk would.
 */
export async function stockUpAtSH001(apiUrl: string, skuIds: string[], atLeast: number): Promise<void> {
  const [sh001] = await stockNear(apiUrl, skuIds, NANJING_EAST, 1);
  const token = await clerkToken(apiUrl);
  for (const skuId of skuIds) {
    const delta = atLeast - (sh001!.lines.find((l) => l.skuId === skuId)?.available ?? 0);
    if (delta <= 0) continue;
    const { adjustStock } = await gql<{ adjustStock: { __typename: string } }>(
      apiUrl,
      'mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { __typename } }',
      { input: { skuId, storeId: sh001!.store.id, delta, reason: 'RECEIVED', note: 'e2e' } },
      token,
    );
    if (adjustStock.__typename !== 'StockLevel') throw new Error(`adjustStock: ${adjustStock.__typename}`);
  }
}

/** The order id the order page shows (from its hash route). */
export function orderIdOf(page: Page): string {
  const m = /[?&]id=([^&]+)/.exec(page.url());
  if (!m) throw new Error(`not on an order page: ${page.url()}`);
  return decodeURIComponent(m[1]!);
}

/** The session token the app in this page signed in with (Taro keeps storage as JSON in localStorage). */
export async function shopperToken(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('linli.token')), { timeout: 15_000 }).toBeTruthy();
  // Taro's h5 storage wraps each value as {"data": …}; the app stores JSON text in it.
  const raw = (await page.evaluate(() => localStorage.getItem('linli.token')))!;
  return JSON.parse((JSON.parse(raw) as { data: string }).data) as string;
}

/** Stock of SKUs at the stores nearest a point, as the API reports it. */
export async function stockNear(apiUrl: string, skuIds: string[], at = NANJING_EAST, first = 5) {
  const data = await gql<{
    availability: {
      stores: {
        openNow: boolean;
        canPickup: boolean;
        store: { id: string; name: string; code: string };
        lines: { skuId: string; available: number }[];
      }[];
    };
  }>(
    apiUrl,
    'query ($lines: [CartLineInput!]!, $lat: Float!, $lng: Float!, $first: Int!) { availability(lines: $lines, location: {lat: $lat, lng: $lng, system: WGS84}, fulfilment: PICKUP, first: $first) { ... on AvailabilityReport { stores { openNow canPickup store { id name code } lines { skuId available } } } } }',
    { lines: skuIds.map((skuId) => ({ skuId, quantity: 1 })), lat: at.latitude, lng: at.longitude, first },
  );
  return data.availability.stores;
}

export async function catalog(apiUrl: string) {
  const data = await gql<{ products: { nodes: { id: string; name: string; skus: { id: string; priceFen: number }[] }[] } }>(
    apiUrl,
    '{ products(first: 100) { nodes { id name skus { id priceFen } } } }',
  );
  return data.products.nodes;
}

/** A pickup order at SH-001 placed and paid through the API for this shopper; returns its id. */
export async function paidPickupOrder(apiUrl: string, token: string, lines: { skuId: string; quantity: number }[]): Promise<string> {
  const [sh001] = await stockNear(
    apiUrl,
    lines.map((l) => l.skuId),
    NANJING_EAST,
    1,
  );
  const placed = await gql<{ checkout: { checkout?: { id: string }; orders?: { id: string }[]; message?: string } }>(
    apiUrl,
    'mutation ($input: CheckoutInput!) { checkout(input: $input) { ... on CheckoutPlaced { checkout { id } orders { id } } ... on ErrorResult { message } } }',
    {
      input: {
        idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        lines,
        fulfilment: 'PICKUP',
        storeId: sh001!.store.id,
        contact: { name: '李华', phone: '13900139000' },
      },
    },
    token,
  );
  if (!placed.checkout.checkout) throw new Error(`checkout refused: ${placed.checkout.message}`);
  const pay = await gql<{ payCheckout: { package: string } }>(
    apiUrl,
    'mutation ($id: ID!) { payCheckout(checkoutId: $id) { ... on PaymentParams { package } } }',
    { id: placed.checkout.checkout.id },
    token,
  );
  const res = await fetch(`${apiUrl}/sandbox/wechatpay/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prepayId: pay.payCheckout.package.replace('prepay_id=', '') }),
  });
  if (res.status !== 200) throw new Error(`sandbox pay: ${res.status}`);
  return placed.checkout.orders![0]!.id;
}

/** The one-SKU products SH-001 has at least `atLeast` of, and SH-001 itself (as the API reports its stock). */
export async function singleSkuStockedAtSH001(apiUrl: string, atLeast: number) {
  const products = (await catalog(apiUrl)).filter((p) => p.skus.length === 1);
  const [sh001] = await stockNear(
    apiUrl,
    products.map((p) => p.skus[0]!.id),
    NANJING_EAST,
    1,
  );
  const stocked = products.filter((p) => (sh001!.lines.find((l) => l.skuId === p.skus[0]!.id)?.available ?? 0) >= atLeast);
  return { sh001: sh001!, stocked };
}

/** A pickup order at SH-001 paid, readied and handed over against its code through the API (as the clerk does). */
export async function collectedPickupOrder(apiUrl: string, token: string, lines: { skuId: string; quantity: number }[]): Promise<string> {
  const orderId = await paidPickupOrder(apiUrl, token, lines);
  const clerk = await clerkOfSH001(apiUrl);
  await clerk.advance(orderId, 'ACCEPT');
  await clerk.advance(orderId, 'MARK_READY');
  const { order } = await gql<{ order: { pickupCode: { code: string } } }>(
    apiUrl,
    'query ($id: ID!) { order(id: $id) { pickupCode { code } } }',
    { id: orderId },
    token,
  );
  expect(await clerk.verify(order.pickupCode.code)).toBe('PickupVerified');
  return orderId;
}
