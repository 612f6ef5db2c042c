// @vitest-environment jsdom
// The weapp build checked with WeChat's own tools that run on Linux: wcc and wcsc compile every WXML, WXS and
// WXSS file, then miniprogram-simulate (exparser, WeChat's component system, in jsdom) renders every page of
// dist/weapp through the wcc-compiled templates, running app.js and each page's lifecycle against the real API.
// It is a simulation, not a phone: no layout, navigation or tab bar, and wx.* are stand-ins (see docs/miniapp.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { wgs84ToGcj02 } from '../../geo-data/src/coords';
import { CITIES } from '../src/lib/places';
import { money } from '../src/lib/money';
import { t } from '../src/strings';
import { c as centre } from '../src/packages/member/centre/strings';
import { linkWords, shareWords } from '../src/packages/promoter/strings';
import { t as groupWords } from '../src/packages/group/strings';
import { NANJING_EAST, catalog, gql, paidPickupOrder, stockNear } from './browser';
import { compileWeapp } from './weapp-sim/compilers';
import { startWeapp, type SimComponent, type WeappRuntime } from './weapp-sim/runtime';
import { wxStandIn, type WxStandIn } from './weapp-sim/wx';

const apiUrl = inject('apiUrl');
const ROOT = path.resolve(__dirname, '..', 'dist', 'weapp');
const SHOPPER_CODE = 'dev:weapp-simulate';

/** Every page the app declares, main package and subpackages, as WeChat reads app.json. */
function declaredPages(): string[] {
  const app = JSON.parse(readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}

const textOf = (page: SimComponent) => (page.dom.textContent ?? '').replace(/\s+/g, ' ');

async function shows(page: SimComponent, ...texts: string[]): Promise<void> {
  for (const text of texts) await expect.poll(() => textOf(page), { timeout: 15_000, message: `page shows "${text}"` }).toContain(text);
}

/** Some element on the page reads exactly `text` (an amount, a code: "¥3.5" must not pass for "¥3.51"). */
async function reads(page: SimComponent, text: string): Promise<void> {
  await expect.poll(() => withText(page, text).length, { timeout: 15_000, message: `an element reads "${text}"` }).toBeGreaterThan(0);
}

/** The innermost elements whose whole text is `text`, in page order. */
function withText(page: SimComponent, text: string): Element[] {
  const all = Array.from(page.dom.querySelectorAll('*')).filter((e) => e.textContent?.trim() === text);
  return all.filter((e) => !all.some((o) => o !== e && e.contains(o)));
}

/** The last element on the page that reads `text`, as a finger would find it. */
function elementWithText(page: SimComponent, text: string): Element {
  const found = withText(page, text);
  if (!found.length) throw new Error(`nothing reads "${text}" on the page`);
  return found[found.length - 1]!;
}

/** A finger's tap: touchstart and touchend on the element, which exparser turns into a bubbling `tap`. */
function tap(el: Element): void {
  const touch = () =>
    new (globalThis as unknown as { Touch: new (o: object) => Touch }).Touch({
      identifier: 1,
      target: el,
      pageX: 10,
      pageY: 10,
      clientX: 10,
      clientY: 10,
    });
  el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, cancelable: true, touches: [touch()], changedTouches: [touch()] }));
  el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, cancelable: true, touches: [], changedTouches: [touch()] }));
}

/**
 * Lets an answer that has arrived reach the page: React's scheduler, then Taro's setData batch, each one task
 * after the other (counted in tasks, not time).
 */
async function renderedSince(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

let wx: WxStandIn;
let app: WeappRuntime;
const opened = new Set<string>();
let open: SimComponent | null = null;
const problems: string[] = [];
const original = { warn: console.warn, error: console.error };

// What the pages should show, read from the API beforehand.
let sh001: { id: string; name: string };
let categories: { id: string; name: string }[];
let product: { id: string; name: string; category: string };
let order: { id: string; code: string; totalFen: number; line: string };
let address: string;
let couponTemplate: { id: string; name: string };
let hqToken: string;

function visit(route: string, query: Record<string, string> = {}): SimComponent {
  if (open) app.close(open);
  opened.add(route);
  open = app.open(route, query);
  return open;
}

beforeAll(async () => {
  // WXMLRT_ warnings (a template not found, a bad expression at run time) and errors fail the page that logs them.
  console.warn = (...args: unknown[]) => {
    if (args.some((a) => String(a).includes('WXMLRT_'))) problems.push(`warn: ${args.map(String).join(' ')}`);
    original.warn(...args);
  };
  console.error = (...args: unknown[]) => {
    problems.push(`error: ${args.map(String).join(' ')}`);
    original.error(...args);
  };

  const { loginShopper } = await gql<{ loginShopper: { token: string } }>(
    apiUrl,
    'mutation ($code: String!) { loginShopper(code: $code) { ... on AuthPayload { token } } }',
    { code: SHOPPER_CODE },
  );
  const token = loginShopper.token;
  // The first products of the catalogue (the home page lists them too) and their stock at the nearest store.
  const products = (await catalog(apiUrl)).slice(0, 12);
  const [here] = await stockNear(
    apiUrl,
    products.flatMap((p) => p.skus.map((s) => s.id)),
    NANJING_EAST,
    1,
  );
  sh001 = here!.store;
  const inStock = products.filter((p) => p.skus.every((s) => (here!.lines.find((l) => l.skuId === s.id)?.available ?? 0) > 2));
  const [bought, shown] = [inStock[0]!, inStock[1]!];
  const { product: detail } = await gql<{ product: { category: { name: string } } }>(
    apiUrl,
    'query ($id: ID!) { product(id: $id) { category { name } } }',
    { id: shown.id },
  );
  product = { id: shown.id, name: shown.name, category: detail.category.name };
  ({ categories } = await gql<{ categories: { id: string; name: string }[] }>(apiUrl, '{ categories { id name } }'));
  const orderId = await paidPickupOrder(apiUrl, token, [{ skuId: bought.skus[0]!.id, quantity: 1 }]);
  const { order: placed } = await gql<{ order: { totalFen: number; pickupCode: { display: string } | null } }>(
    apiUrl,
    'query ($id: ID!) { order(id: $id) { totalFen pickupCode { display } } }',
    { id: orderId },
    token,
  );
  order = { id: orderId, code: placed.pickupCode!.display, totalFen: placed.totalFen, line: bought.name };
  address = `南京东路 ${100 + Math.floor(Math.random() * 800)} 号`;
  await gql(
    apiUrl,
    'mutation ($input: SaveAddressInput!) { saveAddress(input: $input) { __typename } }',
    {
      input: {
        address,
        detail: '3 楼',
        contactName: '王小明',
        contactPhone: '13800138000',
        location: { lat: NANJING_EAST.latitude, lng: NANJING_EAST.longitude, system: 'WGS84' },
      },
    },
    token,
  );

  // A coupon to claim in 领券中心 (a coupon changes no one's total until it is claimed and chosen).
  ({
    loginStaff: { token: hqToken },
  } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  ));
  const { createPromotion } = await gql<{ createPromotion: { id: string; name: string } }>(
    apiUrl,
    'mutation ($input: CreatePromotionInput!) { createPromotion(input: $input) { id name } }',
    {
      input: {
        kind: 'COUPON',
        couponKind: 'AMOUNT_OFF',
        name: '周末无门槛券',
        thresholdFen: 0,
        offFen: 200,
        channel: 'ONLINE',
        funder: 'HQ',
      },
    },
    hqToken,
  );
  couponTemplate = createPromotion;
  await gql(apiUrl, 'mutation ($id: ID!) { launchPromotion(id: $id) { __typename } }', { id: couponTemplate.id }, hqToken);

  const here84 = { lat: NANJING_EAST.latitude, lng: NANJING_EAST.longitude };
  const gcj = wgs84ToGcj02(here84);
  wx = wxStandIn({ apiUrl, loginCode: SHOPPER_CODE, gcj02: { latitude: gcj.lat, longitude: gcj.lng } });
  app = startWeapp(ROOT, wx.api);
});

afterEach(() => {
  const seen = [...new Set(problems.splice(0))];
  expect(seen, 'no WXMLRT_ warning or console error').toEqual([]);
});

afterAll(async () => {
  if (couponTemplate)
    await gql(apiUrl, 'mutation ($id: ID!) { stopPromotion(id: $id) { __typename } }', { id: couponTemplate.id }, hqToken);
  if (open) app.close(open);
  wx?.closeAll();
  Object.assign(console, original);
});

test("WeChat's compilers (wcc, wcsc) accept every WXML, WXS and WXSS file of the build", () => {
  const report = compileWeapp(ROOT);
  expect(report.wxml).toBeGreaterThanOrEqual(declaredPages().length);
  expect(report.wxss).toBeGreaterThanOrEqual(declaredPages().length);
  expect(report.wxs).toBeGreaterThan(0);
});

test('a build for the development API (plain HTTP) tells DevTools not to check domains; the shipped config keeps the check', () => {
  const settings = (file: string) =>
    (JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as { setting: { urlCheck?: boolean } }).setting;
  expect(settings('project.config.json').urlCheck).toBe(true);
  expect(settings('project.private.config.json').urlCheck).toBe(false);
});

describe('every page renders through the compiled templates (a shopper near SH-001)', () => {
  test('home: the nearest store and its products; tapping 外卖 and 自取 moves the switch', async () => {
    const page = visit('pages/home/index');
    await shows(page, sh001.name, product.name, t.mode.DELIVERY, t.mode.PICKUP);
    const selected = () =>
      withText(page, t.mode.DELIVERY)
        .concat(withText(page, t.mode.PICKUP))
        .filter((el) => /\bis-on\b/.test(el.closest('[class*="mode-switch__item"]')?.className ?? ''))
        .map((el) => el.textContent);
    tap(elementWithText(page, t.mode.DELIVERY));
    await expect.poll(selected, { timeout: 5000 }).toEqual([t.mode.DELIVERY]);
    tap(elementWithText(page, t.mode.PICKUP));
    await expect.poll(selected, { timeout: 5000 }).toEqual([t.mode.PICKUP]);
  });

  test('category: tapping a category while the first one is still loading shows the tapped one', async () => {
    const first = categories[0]!;
    expect(first.name).not.toBe(product.category);
    // The first category's products answer only after the tapped one's, as on a slow network.
    const release = wx.hold((body) => body.includes(first.id));
    const page = visit('pages/category/index');
    await shows(page, first.name, product.category);
    tap(elementWithText(page, product.category));
    await shows(page, product.name);
    release();
    await expect.poll(() => wx.pending(), { timeout: 10_000 }).toBe(0);
    await renderedSince();
    expect(textOf(page)).toContain(product.name);
  });

  test('product: name and stock at SH-001; 加入购物车 opens the spec sheet and adds the line', async () => {
    const page = visit('pages/product/index', { id: product.id });
    await shows(page, product.name, t.product.stockAtStore(sh001.name));
    tap(elementWithText(page, t.product.addToCart));
    // The spec sheet opens with the first SKU in stock chosen, its own 加入购物车 below the product's.
    await expect.poll(() => withText(page, t.product.addToCart).length, { timeout: 5000 }).toBe(2);
    tap(elementWithText(page, t.product.addToCart));
    await shows(page, t.cart.checkout(1));
  });

  test('cart: the line just added, at SH-001', async () => {
    const page = visit('pages/cart/index');
    await shows(page, product.name, t.cart.checkout(1));
  });

  test('checkout: the line, pickup at SH-001 and what to pay', async () => {
    const page = visit('pages/checkout/index');
    await shows(page, product.name, t.checkout.pickup, sh001.name);
  });

  test('orders: the paid order', async () => {
    const page = visit('pages/orders/index');
    await shows(page, order.line, sh001.name);
  });

  test('order: the pickup code and the store; 导航到店 opens the store on the map', async () => {
    const page = visit('pages/order/index', { id: order.id });
    await shows(page, sh001.name, order.line);
    await reads(page, order.code);
    tap(elementWithText(page, t.orders.navigate));
    await expect.poll(() => wx.calls('openLocation').map((c) => c.name), { timeout: 5000 }).toContain(sh001.name);
  });

  test('cashier: the amount to pay', async () => {
    const page = visit('pages/cashier/index', { order: order.id, total: String(order.totalFen), prepay: 'wx-simulate' });
    await shows(page, t.cashier.amount, t.cashier.confirm);
    await reads(page, money(order.totalFen));
  });

  test('me: points and the way to addresses', async () => {
    const page = visit('pages/me/index');
    await shows(page, t.me.points, t.me.addresses, t.me.memberCentre);
  });

  test('stores: SH-001 first, sorted by distance', async () => {
    const page = visit('pages/stores/index');
    await shows(page, sh001.name, t.stores.sortedByDistance);
  });

  test('location: the areas of a city to pick by hand; tapping another city shows its areas', async () => {
    const page = visit('pages/location/index');
    const [first, second] = CITIES;
    await shows(page, first!.city, second!.city, ...first!.areas.map((a) => a.label));
    tap(elementWithText(page, second!.city));
    await shows(page, ...second!.areas.map((a) => a.label));
  });

  test('search: the hint', async () => {
    const page = visit('pages/search/index');
    await shows(page, t.search.hint);
  });

  test('address list: the address saved on the server', async () => {
    const page = visit('packages/address/list/index');
    await shows(page, address, t.address.add);
  });

  test('address edit: the form', async () => {
    const page = visit('packages/address/edit/index');
    await shows(page, t.address.detail, t.address.save);
  });

  test('after-sales: the order lines to choose from', async () => {
    const page = visit('packages/aftersale/apply/index', { order: order.id });
    await shows(page, order.line, t.afterSale.submit);
  });

  test('member code: computed on the phone as barcode, QR and digits, with no crypto API of the runtime', async () => {
    // weapp has neither Node's crypto nor WebCrypto (nor TextEncoder): the page's own code must not reach for them.
    expect(readFileSync(path.join(ROOT, 'packages/member/code/index.js'), 'utf8')).not.toMatch(/crypto|TextEncoder/);
    const page = visit('packages/member/code/index');
    await shows(page, t.memberCode.title, t.memberCode.offline);
    await expect.poll(() => /96\d{2}( \d{4}){4}/.test(textOf(page)), { timeout: 15_000, message: 'the 20 digits show' }).toBe(true);
  });

  test('拼团: the offers at the store (or that there is none now)', async () => {
    const page = visit('packages/group/buy/index');
    await expect
      .poll(() => [groupWords.group.start, groupWords.group.none].some((x) => textOf(page).includes(x)), {
        timeout: 15_000,
        message: 'the offers or the empty state shows',
      })
      .toBe(true);
  });

  test('秒杀: the board of sessions (or that there is none now)', async () => {
    const page = visit('packages/flash/sale/index');
    await expect
      .poll(() => [t.flash.none, t.flash.startsIn, t.flash.endsIn].some((x) => textOf(page).includes(x)), {
        timeout: 15_000,
        message: 'the board or its empty state shows',
      })
      .toBe(true);
  });

  test('会员中心: growth, the levels and the way to the member code', async () => {
    const page = visit('packages/member/centre/index');
    await shows(page, centre.growth, centre.levels, centre.showCode);
  });

  test('推广中心: a shopper joins for free and sees what is frozen and what can be withdrawn', async () => {
    const page = visit('packages/promoter/centre/index');
    await shows(page, t.promoter.intro, t.promoter.join);
    tap(elementWithText(page, t.promoter.join));
    await shows(page, t.promoter.frozen, t.promoter.available, t.promoter.buyers);
  });

  test("分享商品: a promoter's share of the product, with the card and the poster", async () => {
    const page = visit('packages/promoter/share/index', { productId: product.id });
    await shows(page, product.name, t.promoter.shareCard, shareWords.poster);
  });

  test('a 小程序码 lands on its opener (it goes on to what was shared)', async () => {
    const page = visit('packages/promoter/open/index', { scene: encodeURIComponent('abcdefghij.p.NONE') });
    await shows(page, shareWords.opening);
  });

  test("a clerk's link code lands on the link page; one that is not a code is refused in words", async () => {
    const page = visit('packages/promoter/link/index', { token: 'not-a-link-code' });
    await shows(page, linkWords.invalid);
  });

  test('coupon centre: the coupon to claim; a tap claims it', async () => {
    const page = visit('packages/coupon/centre/index');
    await shows(page, couponTemplate.name, t.coupon.noThreshold, t.coupon.claim);
    tap(elementWithText(page, t.coupon.claim));
    await shows(page, t.coupon.claimed);
  });

  test('my coupons: the claimed coupon under 可使用', async () => {
    const page = visit('packages/coupon/mine/index');
    await shows(page, t.coupon.tabs.USABLE, t.coupon.tabs.USED, couponTemplate.name);
  });

  test('no page was left out', () => {
    expect([...opened].sort()).toEqual(declaredPages().sort());
  });
});
