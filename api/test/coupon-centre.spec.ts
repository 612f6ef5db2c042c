// The coupon centre narrowed to goods: a product page or a cart asks which claimable coupons cover its SKUs
// (by SKU, by the product's category, at the store), through GraphQL over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouponCentreForDocument } from './generated/graphql';
import { makeSkus, makeStore } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { claimedCoupon, launchPromotion } from './promotion-helpers';
import { query } from '../src/common/sql';

describe('coupon centre for goods', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let a: string;
  let b: string;
  const tpl: Record<'bySku' | 'byCategory' | 'otherStore' | 'all', string> = { bySku: '', byCategory: '', otherStore: '', all: '' };

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    other = (await makeStore(t.em(), { lat: 31.2, lng: 121.43 })).id;
    // Two products, each in a category of its own.
    [a] = await makeSkus(t.em(), 1, 1000);
    [b] = await makeSkus(t.em(), 1, 1000);
    const [{ category_id: categoryOfB }] = await query<{ category_id: string }>(
      t.em(),
      `SELECT p.category_id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: b },
    );
    const coupon = { couponKind: 'AMOUNT_OFF' as const, offFen: 100, thresholdFen: 0 };
    tpl.bySku = await launchPromotion(t, [], { ...coupon, name: '单品券', skuIds: [a!] });
    tpl.byCategory = await launchPromotion(t, [], { ...coupon, name: '品类券', categoryIds: [categoryOfB] });
    tpl.otherStore = await launchPromotion(t, [other], { ...coupon, name: '他店券' });
    tpl.all = await launchPromotion(t, [], { ...coupon, name: '全场券' });
  });
  afterAll(() => t?.close());

  const mine = (ids: string[]) =>
    Object.entries(tpl)
      .filter(([, id]) => ids.includes(id))
      .map(([k]) => k)
      .sort();

  it('lists only the templates whose scope covers one of the SKUs, at the store when given', async () => {
    const { token } = await t.newShopper();
    const ask = async (skuIds: string[] | null, storeId: string | null) =>
      mine((await t.ok(CouponCentreForDocument, { skuIds, storeId }, token)).couponCentre.map((p) => p.id));
    expect(await ask([a!], store)).toEqual(['all', 'bySku']);
    expect(await ask([b!], store)).toEqual(['all', 'byCategory']);
    expect(await ask([a!, b!], store)).toEqual(['all', 'byCategory', 'bySku']);
    expect(await ask([a!], other)).toEqual(['all', 'bySku', 'otherStore']);
    // No store yet: the store axis is not asked.
    expect(await ask([b!], null)).toEqual(['all', 'byCategory', 'otherStore']);
    expect(await ask(['not-an-id'], store)).toEqual([]);
    // Without goods, the whole centre as before.
    expect(await ask(null, null)).toEqual(['all', 'byCategory', 'bySku', 'otherStore']);
  });

  it('says how many of each the shopper holds', async () => {
    const { token } = await t.newShopper();
    await claimedCoupon(t, tpl.bySku, token);
    const { couponCentre } = await t.ok(CouponCentreForDocument, { skuIds: [a!], storeId: store }, token);
    expect(couponCentre.find((p) => p.id === tpl.bySku)?.mine).toBe(1);
    expect(couponCentre.find((p) => p.id === tpl.all)?.mine).toBe(0);
  });

  it('refuses more than 100 SKUs at once', async () => {
    const { token } = await t.newShopper();
    const res = await t.gql(CouponCentreForDocument, { skuIds: Array.from({ length: 101 }, () => a!), storeId: store }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
