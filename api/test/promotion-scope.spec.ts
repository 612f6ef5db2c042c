// Scope and stacking through the quote: a coupon scoped to a store group applies at its stores only (a store added to
// the group later is covered), and a 满减 that does not stack with coupons gives way to the coupon chosen, saying why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutQuoteDocument, SaveStoreGroupDocument, type CheckoutInput, type CheckoutQuoteInput } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { claimedCoupon, launchPromotion } from './promotion-helpers';
import { pickupInput } from './orders-helpers';

describe('promotion scope and stacking', () => {
  let t: TestApp;
  let inGroup: string;
  let outside: string;
  let skus: string[];

  beforeAll(async () => {
    t = await startTestApp();
    inGroup = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    outside = (await makeStore(t.em(), { lat: 31.2, lng: 121.45 })).id;
    skus = await makeSkus(t.em(), 1, 6_000);
    for (const s of [inGroup, outside]) await setStock(t.em(), s, skus[0]!, 100);
  });
  afterAll(() => t?.close());

  const quoted = async (input: CheckoutInput, token: string) => {
    const { idempotencyKey: _k, contact: _c, address: _a, ...asked } = input;
    const q = (await t.ok(CheckoutQuoteDocument, { input: asked as CheckoutQuoteInput }, token)).checkoutQuote;
    if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
    return q;
  };

  it('applies a coupon scoped to a store group at the group’s stores only, as the group stands', async () => {
    const group = (await t.ok(SaveStoreGroupDocument, { input: { code: 'EAST', name: '东区', storeIds: [inGroup] } }, t.tokens.hq()))
      .saveStoreGroup;
    const tpl = await launchPromotion(t, [], { name: '东区券', couponKind: 'AMOUNT_OFF', offFen: 700, storeGroupIds: [group.id] });
    const shopper = await t.newShopper();
    const coupon = await claimedCoupon(t, tpl, shopper.token);
    const at = async (storeId: string) =>
      quoted(pickupInput(storeId, [{ skuId: skus[0]!, quantity: 1 }], { couponId: coupon }), shopper.token);
    expect((await at(inGroup)).applied).toMatchObject([{ kind: 'COUPON', amountFen: 700 }]);
    const away = await at(outside);
    expect(away.applied).toEqual([]);
    expect(away.notApplied).toMatchObject([{ kind: 'COUPON', code: 'NOT_FOR_STORE', message: '不适用于本店' }]);
    // The group grows: the coupon follows it (within the campaign book's few seconds for 满减; coupons are read fresh).
    await t.ok(SaveStoreGroupDocument, { input: { code: 'EAST', name: '东区', storeIds: [inGroup, outside] } }, t.tokens.hq());
    expect((await at(outside)).applied).toMatchObject([{ kind: 'COUPON', amountFen: 700 }]);
  });

  it('lets the chosen coupon win over a 满减 that does not stack with coupons, and the quote says why', async () => {
    const mj = await launchPromotion(t, [inGroup], {
      kind: 'FULL_REDUCTION',
      name: '满100减20',
      tiers: [{ thresholdFen: 10_000, offFen: 2_000 }],
      stacksWith: ['FULL_REDUCTION'],
    });
    const tpl = await launchPromotion(t, [inGroup], { name: '满50减5', couponKind: 'AMOUNT_OFF', thresholdFen: 5_000, offFen: 500 });
    const shopper = await t.newShopper();
    const coupon = await claimedCoupon(t, tpl, shopper.token);
    const cart = (couponId?: string) => pickupInput(inGroup, [{ skuId: skus[0]!, quantity: 2 }], couponId ? { couponId } : {});
    // Without the coupon the 满减 applies.
    expect((await quoted(cart(), shopper.token)).applied).toMatchObject([{ kind: 'FULL_REDUCTION', promotionId: mj, amountFen: 2_000 }]);
    const q = await quoted(cart(coupon), shopper.token);
    expect(q.applied).toMatchObject([{ kind: 'COUPON', amountFen: 500 }]);
    expect(q.notApplied).toMatchObject([
      { kind: 'FULL_REDUCTION', promotionId: mj, code: 'NOT_STACKABLE', message: '不可与所选优惠券同享' },
    ]);
    expect(q.totalFen).toBe(11_500);
  });
});
