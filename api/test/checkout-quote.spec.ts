// The checkout quote over HTTP: it charges what checkout then charges (random carts over seeded promotions), says why
// promotions do not apply, preselects the best coupon, refuses another shopper's coupon, and writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CheckoutQuoteDocument,
  PromotedCheckoutDocument,
  SaveAddressDocument,
  type CheckoutInput,
  type CheckoutQuoteInput,
  type CreatePromotionInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { claimCoupon, claimedCoupon, launchPromotion } from './promotion-helpers';
import { query } from '../src/common/sql';
import { deliveryInput, pickupInput } from './orders-helpers';

describe('checkout quote', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let skus: string[];
  const templates: Record<string, string> = {};

  const create = (input: Partial<CreatePromotionInput>) => launchPromotion(t, [store, other], input);
  const claimed = (promotionId: string, token: string) => claimedCoupon(t, promotionId, token);
  const quote = async (input: CheckoutInput, token: string) => {
    const { idempotencyKey: _k, contact: _c, address: _a, ...asked } = input;
    return (await t.ok(CheckoutQuoteDocument, { input: asked as CheckoutQuoteInput }, token)).checkoutQuote;
  };
  const quoted = async (input: CheckoutInput, token: string) => {
    const q = await quote(input, token);
    if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
    return q;
  };
  const checkout = async (input: CheckoutInput, token: string) => (await t.ok(PromotedCheckoutDocument, { input }, token)).checkout;

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    other = (await makeStore(t.em(), { lat: 31.2, lng: 121.43 })).id;
    skus = [...(await makeSkus(t.em(), 2, 1250)), ...(await makeSkus(t.em(), 2, 399))];
    // The store lacks the last SKU and the other store the first, so some delivery carts are split over both.
    for (const sku of skus.slice(0, 3)) await setStock(t.em(), store, sku, 100_000);
    for (const sku of skus.slice(1)) await setStock(t.em(), other, sku, 100_000);
    await create({ kind: 'FULL_REDUCTION', name: '满100减10', storeIds: [store], tiers: [{ thresholdFen: 10_000, offFen: 1_000 }] });
    await create({
      kind: 'FULL_REDUCTION',
      name: '别店满30减3',
      storeIds: [other],
      tiers: [
        { thresholdFen: 3_000, offFen: 300 },
        { thresholdFen: 8_000, offFen: 1_000 },
      ],
      funder: 'STORE',
    });
    await create({ kind: 'FULL_REDUCTION', name: '昨日满减', endsAt: '2026-11-17T16:00:00Z', tiers: [{ thresholdFen: 100, offFen: 50 }] });
    templates.fifty = await create({ name: '满50减5', couponKind: 'AMOUNT_OFF', thresholdFen: 5_000, offFen: 500, perUserLimit: 100 });
    templates.percent = await create({
      name: '九折券',
      couponKind: 'PERCENT_OFF',
      offBp: 1_000,
      capFen: 800,
      funder: 'SPLIT',
      funderStoreBp: 5_000,
      perUserLimit: 100,
    });
    templates.big = await create({ name: '满200减20', couponKind: 'AMOUNT_OFF', thresholdFen: 20_000, offFen: 2_000, perUserLimit: 100 });
    templates.otherStore = await create({ name: '别店券', couponKind: 'AMOUNT_OFF', offFen: 100, storeIds: [other], perUserLimit: 100 });
    templates.delivery = await create({ name: '运费券', couponKind: 'DELIVERY_OFF', offFen: 300, perUserLimit: 100 });
  });
  afterAll(() => t?.close());

  it('charges what checkout then charges, for random carts over the seeded promotions', async () => {
    const line = fc.record({ sku: fc.integer({ min: 0, max: 3 }), quantity: fc.integer({ min: 1, max: 12 }) });
    const cart = fc.record({
      lines: fc.uniqueArray(line, { minLength: 1, maxLength: 4, selector: (l) => l.sku }),
      fulfilment: fc.constantFrom('PICKUP_STORE', 'PICKUP_OTHER', 'DELIVERY'),
      coupon: fc.constantFrom(undefined, 'fifty', 'percent', 'big', 'otherStore', 'delivery'),
      usePoints: fc.boolean(),
    });
    let placedCount = 0;
    await fc.assert(
      fc.asyncProperty(cart, async (c) => {
        const shopper = await t.newShopper();
        const couponId = c.coupon ? await claimed(templates[c.coupon]!, shopper.token) : undefined;
        const lines = c.lines.map((l) => ({ skuId: skus[l.sku]!, quantity: l.quantity }));
        const extra = { couponId, usePoints: c.usePoints };
        const input =
          c.fulfilment === 'DELIVERY'
            ? deliveryInput(31.2, 121.42, lines, extra)
            : pickupInput(c.fulfilment === 'PICKUP_STORE' ? store : other, lines, extra);
        const q = await quote(input, shopper.token);
        const placed = await checkout(input, shopper.token);
        if (q.__typename !== 'CheckoutQuote') {
          // The checkout names a chosen coupon that does not apply before the delivery minimum; the quote, which
          // lists such a coupon's reason instead of refusing, answers the minimum.
          const either = q.__typename === 'BelowMinimumOrderError' && couponId ? ['CouponNotUsableError'] : [];
          expect([q.__typename, ...either]).toContain(placed.__typename);
          return;
        }
        const refused = q.notApplied.find((n) => n.kind === 'COUPON');
        if (refused) {
          // Checkout refuses a coupon that does not apply, with the reason the quote gave.
          expect(placed).toMatchObject({ __typename: 'CouponNotUsableError', problem: refused.code, message: refused.message });
          return;
        }
        if (placed.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(placed));
        placedCount++;
        const { goodsFen, deliveryFeeFen, discountFen, pointsFen, pointsUsed, totalFen } = q;
        expect(placed.checkout).toMatchObject({ goodsFen, deliveryFeeFen, discountFen, pointsFen, pointsUsed, totalFen });
        const byStore = (orders: { storeId: string; lines: unknown[]; totalFen: number; discountFen: number }[]) =>
          orders.map((o) => [o.storeId, o.totalFen, o.discountFen, o.lines]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(
          byStore(
            placed.orders.map((o) => ({
              storeId: o.store.id,
              totalFen: o.totalFen,
              discountFen: o.discountFen,
              lines: o.lines.map((l) => [l.skuId, l.quantity, l.discountFen, l.pointsFen, l.adjustments]),
            })),
          ),
        ).toEqual(
          byStore(
            q.orders.map((o) => ({
              ...o,
              lines: o.lines.map((l) => [
                l.skuId,
                l.quantity,
                l.discountFen,
                l.pointsFen,
                l.adjustments.map(({ promotionName: _n, ...a }) => a),
              ]),
            })),
          ),
        );
      }),
      { numRuns: 40, seed: 22 },
    );
    // The loop is worthless if nothing was ever placed.
    expect(placedCount).toBeGreaterThan(10);
  }, 120_000);

  it('says why each promotion did not apply: the shortfall, another store, expired', async () => {
    const s = await t.newShopper();
    // ¥37.50 at the store: 满100减10 is ¥62.50 short; the other store's 满减 and yesterday's do not apply.
    const q = await quoted(pickupInput(store, [{ skuId: skus[0]!, quantity: 3 }]), s.token);
    expect(q).toMatchObject({ goodsFen: 3_750, discountFen: 0, totalFen: 3_750, applied: [] });
    // Campaigns made in the same instant (the test clock) come in id order: compare as a set.
    const reasons = q.notApplied.map((n) => [n.name, n.code, n.message, n.shortFen]);
    expect(reasons).toHaveLength(3);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['满100减10', 'BELOW_THRESHOLD', '还差 ¥62.5 可减 ¥10', 6_250],
        ['别店满30减3', 'NOT_FOR_STORE', '不适用于本店', null],
        ['昨日满减', 'EXPIRED', '已过期', null],
      ]),
    );
  });

  it('lists the coupons for the cart, preselects the one that saves the most, and says why the others do not apply', async () => {
    const s = await t.newShopper();
    const fifty = await claimed(templates.fifty!, s.token);
    const percent = await claimed(templates.percent!, s.token);
    const big = await claimed(templates.big!, s.token);
    const otherStore = await claimed(templates.otherStore!, s.token);
    const expired = await claimed(templates.fifty!, s.token);
    await query(t.em(), `UPDATE coupon SET valid_until = '2026-11-18T00:00:00Z' WHERE id = :id::uuid`, { id: expired });
    // ¥75 at the store: 九折 takes ¥7.50 (under its ¥8 cap), 满50减5 ¥5.
    const q = await quoted(pickupInput(store, [{ skuId: skus[1]!, quantity: 6 }]), s.token);
    expect(q.bestCouponId).toBe(percent);
    const row = (c: (typeof q.coupons)[number]) => [c.couponId, c.usable, c.best, c.savingFen, c.problem, c.message];
    // Usable first, the most saving first; the rest each with its reason.
    expect(q.coupons.slice(0, 2).map(row)).toEqual([
      [percent, true, true, 750, null, null],
      [fifty, true, false, 500, null, null],
    ]);
    expect(q.coupons.slice(2).map(row)).toEqual(
      expect.arrayContaining([
        [expired, false, false, 0, 'EXPIRED', '已过期'],
        [big, false, false, 0, 'BELOW_THRESHOLD', '还差 ¥125 可减 ¥20'],
        [otherStore, false, false, 0, 'NOT_FOR_STORE', '不适用于本店'],
      ]),
    );
    expect(q.coupons).toHaveLength(5);
    // Choosing it prices with it: the adjustment names it, the total is what the picker promised.
    const chosen = await quoted(pickupInput(store, [{ skuId: skus[1]!, quantity: 6 }], { couponId: percent }), s.token);
    expect(chosen).toMatchObject({ discountFen: 750, totalFen: 6_750, applied: [{ kind: 'COUPON', name: '九折券', amountFen: 750 }] });
    expect(chosen.orders[0]!.lines[0]!.adjustments).toEqual([
      {
        kind: 'COUPON',
        promotionId: templates.percent,
        promotionName: '九折券',
        amountFen: 750,
        funder: { kind: 'SPLIT', storeBp: 5_000 },
      },
    ]);
    // A chosen coupon that does not apply is priced without, and says why.
    const below = await quoted(pickupInput(store, [{ skuId: skus[1]!, quantity: 6 }], { couponId: big }), s.token);
    expect(below.totalFen).toBe(7_500);
    expect(below.notApplied.find((n) => n.kind === 'COUPON')).toMatchObject({
      name: '满200减20',
      code: 'BELOW_THRESHOLD',
      message: '还差 ¥125 可减 ¥20',
      shortFen: 12_500,
      offFen: 2_000,
    });
  });

  it("refuses another shopper's coupon and a coupon that does not exist, typed", async () => {
    const a = await t.newShopper();
    const b = await t.newShopper();
    const mine = await claimed(templates.fifty!, a.token);
    const cart = (couponId: string) => pickupInput(store, [{ skuId: skus[0]!, quantity: 5 }], { couponId });
    expect(await quote(cart(mine), b.token)).toMatchObject({
      __typename: 'CouponNotUsableError',
      errorCode: 'COUPON_NOT_USABLE',
      problem: 'NOT_YOURS',
      message: '这张券不属于你',
    });
    expect(await quote(cart('nope'), a.token)).toMatchObject({ __typename: 'CouponNotUsableError', problem: 'NOT_FOUND' });
    const res = await t.gql(
      CheckoutQuoteDocument,
      { input: { lines: [{ skuId: skus[0]!, quantity: 1 }], fulfilment: 'DELIVERY' } },
      a.token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('quotes a delivery to a saved address as to its point, and refuses an address that is not yours', async () => {
    const a = await t.newShopper();
    const b = await t.newShopper();
    const { saveAddress } = await t.ok(
      SaveAddressDocument,
      {
        input: {
          contactName: '李雷',
          contactPhone: '13900139000',
          address: '上海市长宁区测试路 1 号',
          location: { lat: 31.2, lng: 121.42, system: 'WGS84' },
        },
      },
      a.token,
    );
    if (saveAddress.__typename !== 'Address') throw new Error(JSON.stringify(saveAddress));
    const lines = skus.map((skuId) => ({ skuId, quantity: 4 }));
    const byPoint = await quoted(deliveryInput(31.2, 121.42, lines), a.token);
    const { checkoutQuote } = await t.ok(
      CheckoutQuoteDocument,
      { input: { lines, fulfilment: 'DELIVERY', addressId: saveAddress.id } },
      a.token,
    );
    expect(checkoutQuote).toEqual(byPoint);
    expect(
      (await t.ok(CheckoutQuoteDocument, { input: { lines, fulfilment: 'DELIVERY', addressId: saveAddress.id } }, b.token)).checkoutQuote,
    ).toMatchObject({ __typename: 'AddressNotFoundError' });
  });

  it('writes nothing', async () => {
    const s = await t.newShopper();
    const coupon = await claimed(templates.percent!, s.token);
    const tables = await query<{ name: string }>(
      t.em(),
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
      {},
    );
    // Every row of every table, as text: a count or a value that moved shows.
    const snapshot = async () => {
      const sums: Record<string, string> = {};
      for (const { name } of tables) {
        const [row] = await query<{ n: string; h: string | null }>(
          t.em(),
          `SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM "${name}" x`,
          {},
        );
        sums[name] = `${row!.n}:${row!.h}`;
      }
      return sums;
    };
    const before = await snapshot();
    const q = await quoted(
      deliveryInput(
        31.2,
        121.42,
        skus.map((skuId) => ({ skuId, quantity: 9 })),
        { couponId: coupon, usePoints: true },
      ),
      s.token,
    );
    expect(q.discountFen).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });
});
