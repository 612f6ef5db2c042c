// Member levels over HTTP: HQ sets levels and benefits; growth comes from what the shopper actually paid and a refund
// takes it back exactly; the quote and the checkout show the member price (and 会员包邮) and charge the same; points
// are multiplied by the level; the monthly and birthday coupons are granted once per member and period in the chain's
// time zone; HQ finds a member by phone tail, reference or level and reads their timeline.
import fc from 'fast-check';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { memberBenefits } from '../src/jobs/member-benefits';
import type { JobContext } from '../src/jobs/job-context';
import {
  AdvanceOrderDocument,
  CheckoutQuoteDocument,
  ClaimCouponDocument,
  CouponCentreDocument,
  MemberLevelsDocument,
  MembersDocument,
  MemberTimelineDocument,
  MyCouponsDocument,
  MyMembershipDocument,
  PromotedCheckoutDocument,
  RefundOrderDocument,
  SetMemberLevelsDocument,
  SetMyBirthdayDocument,
  type CheckoutInput,
  type CheckoutQuoteInput,
  type MemberLevelInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { issueMemberSecret } from './member-codes';
import { deliveryInput, handOverPickup, pay, pickupInput } from './orders-helpers';
import { launchPromotion } from './promotion-helpers';

describe('member levels and benefits', () => {
  let t: TestApp;
  let store: string;
  let skuA: string[];
  let skuB: string;
  let catA: string;
  let catB: string;
  let monthly: string;
  let birthday: string;
  const ids: Record<string, string> = {};

  const quote = async (input: CheckoutInput, token: string) => {
    const { idempotencyKey: _k, contact: _c, address: _a, ...asked } = input;
    const q = (await t.ok(CheckoutQuoteDocument, { input: asked as CheckoutQuoteInput }, token)).checkoutQuote;
    if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
    return q;
  };
  const place = async (input: CheckoutInput, token: string) => {
    const c = (await t.ok(PromotedCheckoutDocument, { input }, token)).checkout;
    if (c.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(c));
    return c;
  };
  /** Placed, paid, accepted, made ready and handed over at the counter with the shopper's pickup code. */
  const received = async (input: CheckoutInput, token: string) => {
    const c = await place(input, token);
    await pay(t, c.checkout.id, token);
    const orderId = c.orders[0]!.id;
    for (const event of ['ACCEPT', 'MARK_READY'] as const) await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(store));
    await handOverPickup(t, orderId, store);
    return c;
  };
  const membership = async (token: string) => (await t.ok(MyMembershipDocument, {}, token)).myMembership;
  const pointsOfOrder = async (orderId: string) => {
    const [r] = await query<{ n: string | null }>(
      t.em(),
      `SELECT sum(points) AS n FROM points_entry WHERE order_id = :o::uuid AND kind IN ('AWARD', 'REVERSAL')`,
      { o: orderId },
    );
    return Number(r?.n ?? 0);
  };
  const jobContext = (): JobContext => ({ ...t.runtime, em: t.em() as EntityManager });
  const levels = (): MemberLevelInput[] => [
    { name: '普通会员', growthThreshold: 0, memberPriceBp: 0, pointsMultiplierBp: 10_000, funder: 'HQ', monthlyCouponId: null },
    {
      name: '银卡',
      growthThreshold: 100,
      memberPriceBp: 500,
      categoryPrices: [{ categoryId: catB, offBp: 0 }],
      pointsMultiplierBp: 15_000,
      freeDeliveryThresholdFen: 5_000,
      monthlyCouponId: monthly,
      birthdayCouponId: birthday,
      funder: 'HQ',
    },
    {
      name: '金卡',
      growthThreshold: 1_000,
      memberPriceBp: 1_000,
      categoryPrices: [{ categoryId: catB, offBp: 300 }],
      pointsMultiplierBp: 20_000,
      freeDeliveryThresholdFen: 0,
      monthlyCouponId: monthly,
      birthdayCouponId: birthday,
      funder: 'SPLIT',
      funderStoreBp: 3_000,
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41, deliveryRadiusM: 5_000, minOrderFen: 0 })).id;
    skuA = await makeSkus(t.em(), 2, 1_250);
    [skuB] = (await makeSkus(t.em(), 1, 399)) as [string];
    for (const sku of [...skuA, skuB]) await setStock(t.em(), store, sku, 100_000);
    const cat = async (sku: string) =>
      (
        await query<{ id: string }>(
          t.em(),
          `SELECT p.category_id AS id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
          {
            k: sku,
          },
        )
      )[0]!.id;
    catA = await cat(skuA[0]!);
    catB = await cat(skuB);
    monthly = await launchPromotion(t, [], { name: '会员月券', couponKind: 'AMOUNT_OFF', offFen: 500, thresholdFen: 3_000, validDays: 30 });
    birthday = await launchPromotion(t, [], { name: '生日券', couponKind: 'AMOUNT_OFF', offFen: 1_000, validDays: 7 });
  });
  afterAll(() => t?.close());
  // The coupon test moves the clock to the turn of a month; the others run at the harness's Wednesday noon.
  afterEach(() => t.clock.set('2026-11-18T04:00:00Z'));

  it('lets HQ set levels, and refuses terms that make no sense before writing anything', async () => {
    const bad = async (levels: MemberLevelInput[], field: string) => {
      const res = await t.gql(SetMemberLevelsDocument, { levels }, t.tokens.hq());
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
    };
    const [base, silver] = levels();
    await bad([base!, { ...silver!, growthThreshold: 0 }], 'same threshold');
    await bad([base!, { ...silver!, name: '普通会员' }], 'same name');
    await bad([base!, { ...silver!, monthlyCouponId: catA }], 'not a coupon');
    await bad([base!, { ...silver!, memberPriceBp: 10_001 }], 'over 100 %');
    await bad([base!, { ...silver!, pointsMultiplierBp: 9_999 }], 'below ×1');
    const denied = await t.gql(SetMemberLevelsDocument, { levels: [base!] }, t.tokens.clerk(store));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(MemberLevelsDocument, {}, t.tokens.hq())).memberLevels).toEqual([]);

    const set = (await t.ok(SetMemberLevelsDocument, { levels: levels() }, t.tokens.hq())).setMemberLevels;
    expect(set.map((l) => [l.name, l.growthThreshold, l.memberPriceBp, l.funder, l.funderStoreBp])).toEqual([
      ['普通会员', 0, 0, 'HQ', 0],
      ['银卡', 100, 500, 'HQ', 0],
      ['金卡', 1_000, 1_000, 'SPLIT', 3_000],
    ]);
    for (const l of set) ids[l.name] = l.id;
    // Editing keeps the ids given back.
    const again = (await t.ok(SetMemberLevelsDocument, { levels: levels().map((l) => ({ ...l, id: ids[l.name] })) }, t.tokens.hq()))
      .setMemberLevels;
    expect(again.map((l) => l.id)).toEqual(set.map((l) => l.id));
  });

  it('grows from the net paid, prices a member’s cart at member price in the quote and the checkout alike, multiplies points, and takes growth back exactly on refunds', async () => {
    const s = await t.newShopper();
    expect(await membership(s.token)).toMatchObject({
      growth: 0,
      level: { name: '普通会员' },
      nextLevel: { name: '银卡', growthThreshold: 100 },
      growthToNext: 100,
      points: 0,
    });

    // ¥125 paid at 普通会员 (no member price, ×1 points): growth 125 puts them on 银卡.
    const first = await received(pickupInput(store, [{ skuId: skuA[0]!, quantity: 10 }]), s.token);
    expect(first.checkout.totalFen).toBe(12_500);
    expect(await pointsOfOrder(first.orders[0]!.id)).toBe(125);
    expect(await membership(s.token)).toMatchObject({
      growth: 125,
      level: { name: '银卡' },
      nextLevel: { name: '金卡' },
      growthToNext: 875,
    });

    // At 银卡: 5 % off category A (¥12.50 → ¥11.88, 62 fen a unit), none on category B (its own 0).
    const input = pickupInput(store, [
      { skuId: skuA[0]!, quantity: 3 },
      { skuId: skuA[1]!, quantity: 7 },
      { skuId: skuB, quantity: 2 },
    ]);
    const q = await quote(input, s.token);
    const adj = q.orders[0]!.lines.map((l) => l.adjustments.filter((a) => a.kind === 'MEMBER_PRICE'));
    expect(adj.map((a) => a.map((x) => [x.amountFen, x.promotionId, x.promotionName, x.funder.kind]))).toEqual([
      [[186, ids['银卡'], '银卡', 'HQ']],
      [[434, ids['银卡'], '银卡', 'HQ']],
      [],
    ]);
    expect(q).toMatchObject({ goodsFen: 13_298, discountFen: 620, totalFen: 12_678 });
    const placed = await place(input, s.token);
    expect(placed.checkout).toMatchObject({ goodsFen: 13_298, discountFen: 620, totalFen: 12_678 });
    expect(placed.orders[0]!.lines.map((l) => l.adjustments.map((a) => [a.kind, a.amountFen]))).toEqual([
      [['MEMBER_PRICE', 186]],
      [['MEMBER_PRICE', 434]],
      [],
    ]);
    await pay(t, placed.checkout.id, s.token);
    const orderId = placed.orders[0]!.id;
    for (const event of ['ACCEPT', 'MARK_READY'] as const) await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(store));
    await handOverPickup(t, orderId, store);
    // ¥126.78 paid: growth 126; points 126 × 1.5 = 189 (the level before this order).
    expect(await pointsOfOrder(orderId)).toBe(189);
    expect(await membership(s.token)).toMatchObject({ growth: 251, points: 125 + 189 });

    // One unit of the first line back (its net ¥11.88): ¥114.90 kept → growth 114, points 114 × 1.5 = 171.
    const lineA = placed.orders[0]!.lines[0]!;
    const one = await t.ok(
      RefundOrderDocument,
      { input: { orderId, reason: '破损', lines: [{ lineId: lineA.id, quantity: 1 }] } },
      t.tokens.clerk(store),
    );
    expect(one.refundOrder).toMatchObject({ refundedFen: 1_188 });
    expect(await membership(s.token)).toMatchObject({ growth: 125 + 114 });
    expect(await pointsOfOrder(orderId)).toBe(171);
    // The rest back: the order's growth and points are gone, to the unit.
    await t.ok(RefundOrderDocument, { input: { orderId, reason: '不要了' } }, t.tokens.clerk(store));
    expect(await membership(s.token)).toMatchObject({ growth: 125, level: { name: '银卡' }, points: 125 });
    expect(await pointsOfOrder(orderId)).toBe(0);
  });

  it('charges in the checkout what the quote showed, for random carts at random levels (member price, 会员包邮, exact)', async () => {
    const cart = fc.record({
      growth: fc.constantFrom(0, 100, 999, 1_000, 5_000),
      lines: fc.uniqueArray(fc.record({ sku: fc.integer({ min: 0, max: 2 }), quantity: fc.integer({ min: 1, max: 9 }) }), {
        minLength: 1,
        maxLength: 3,
        selector: (l) => l.sku,
      }),
      delivery: fc.boolean(),
    });
    const skus = () => [...skuA, skuB];
    await fc.assert(
      fc.asyncProperty(cart, async (c) => {
        const s = await t.newShopper();
        if (c.growth > 0)
          await query(
            t.em(),
            `INSERT INTO member_growth (id, shopper_id, order_id, kind, growth, created_at) VALUES (gen_random_uuid(), :s::uuid, gen_random_uuid(), 'AWARD', :g, now())`,
            { s: s.id, g: c.growth },
          );
        const lines = c.lines.map((l) => ({ skuId: skus()[l.sku]!, quantity: l.quantity }));
        const input = c.delivery ? deliveryInput(31.2, 121.412, lines) : pickupInput(store, lines);
        const q = await quote(input, s.token);
        const level = c.growth >= 1_000 ? 1_000 : c.growth >= 100 ? 500 : 0;
        const catBbp = c.growth >= 1_000 ? 300 : 0;
        // Member price exactly: each unit's share off rounded down, times the quantity.
        for (const l of q.orders.flatMap((o) => o.lines)) {
          const bp = l.skuId === skuB ? catBbp : level;
          const member = l.adjustments.filter((a) => a.kind === 'MEMBER_PRICE').reduce((x, a) => x + a.amountFen, 0);
          expect(member).toBe(Math.floor((l.unitPriceFen * bp) / 10_000) * l.quantity);
          expect(l.netFen).toBeGreaterThanOrEqual(0);
        }
        const goodsAtMember = q.orders.flatMap((o) => o.lines).reduce((x, l) => x + l.netFen, 0);
        const free = c.growth >= 1_000 || (c.growth >= 100 && goodsAtMember >= 5_000);
        const feeAdjusted = q.orders.flatMap((o) => o.deliveryAdjustments).filter((a) => a.kind === 'FREE_DELIVERY');
        expect(feeAdjusted.reduce((x, a) => x + a.amountFen, 0)).toBe(free ? q.deliveryFeeFen : 0);
        expect(q.totalFen).toBeGreaterThan(0);
        const placed = await place(input, s.token);
        const { goodsFen, deliveryFeeFen, discountFen, pointsFen, totalFen } = q;
        expect(placed.checkout).toMatchObject({ goodsFen, deliveryFeeFen, discountFen, pointsFen, totalFen });
        expect(placed.orders.flatMap((o) => o.lines.map((l) => [l.skuId, l.discountFen, l.adjustments]))).toEqual(
          q.orders.flatMap((o) => o.lines.map((l) => [l.skuId, l.discountFen, l.adjustments.map(({ promotionName: _n, ...a }) => a)])),
        );
      }),
      { numRuns: 20, seed: 24 },
    );
  });

  it('grants the monthly coupon once per member and month, and the birthday coupon once a year, in the chain’s time zone', async () => {
    const silver = await t.newShopper();
    await query(
      t.em(),
      `INSERT INTO member_growth (id, shopper_id, order_id, kind, growth, created_at) VALUES (gen_random_uuid(), :s::uuid, gen_random_uuid(), 'AWARD', 300, now())`,
      { s: silver.id },
    );
    const plain = await t.newShopper();
    await t.ok(SetMyBirthdayDocument, { birthday: '1990-12-01' }, silver.token);
    const again = await t.gql(SetMyBirthdayDocument, { birthday: '1991-01-01' }, silver.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nonsense = await t.gql(SetMyBirthdayDocument, { birthday: '1990-02-30' }, plain.token);
    expect(nonsense.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Tokens are made at the clock's time, so each read signs in afresh after the clock moves.
    const held = async (shopper: { id: string }, name: string) =>
      (await t.ok(MyCouponsDocument, {}, t.tokens.shopperOf(shopper.id))).myCoupons.filter((c) => c.template.name === name).length;

    // 00:30 on 1 December in Shanghai is still 30 November in UTC: the month is December, the birthday today.
    t.clock.set('2026-11-30T16:30:00Z');
    await Promise.all([memberBenefits({}, jobContext()), memberBenefits({}, jobContext())]);
    await memberBenefits({}, jobContext());
    expect([await held(silver, '会员月券'), await held(silver, '生日券')]).toEqual([1, 1]);
    expect([await held(plain, '会员月券'), await held(plain, '生日券')]).toEqual([0, 0]);
    // The last minute of December in Shanghai: nothing new. The first of January: January's coupon.
    t.clock.set('2026-12-31T15:59:00Z');
    await memberBenefits({}, jobContext());
    expect(await held(silver, '会员月券')).toBe(1);
    t.clock.set('2026-12-31T16:00:00Z');
    await memberBenefits({}, jobContext());
    expect([await held(silver, '会员月券'), await held(silver, '生日券')]).toEqual([2, 1]);
    const [grants] = await query<{ periods: string[] }>(
      t.em(),
      `SELECT array_agg(split_part(grant_key, ':', 1) || ':' || split_part(grant_key, ':', 2) ORDER BY split_part(grant_key, ':', 2), grant_key) AS periods
       FROM coupon_grant WHERE shopper_id = :s::uuid AND issued_by IN ('MONTHLY', 'BIRTHDAY')`,
      { s: silver.id },
    );
    expect(grants!.periods).toEqual(['BIRTHDAY:2026', 'MONTHLY:2026-12', 'MONTHLY:2027-01']);

    // Member coupons are granted, not claimed: not in the coupon centre, and a claim is refused.
    t.clock.set('2026-11-18T04:00:00Z');
    const centre = (await t.ok(CouponCentreDocument, {}, plain.token)).couponCentre;
    expect(centre.map((p) => p.id)).not.toContain(monthly);
    const claim = (await t.ok(ClaimCouponDocument, { promotionId: monthly }, plain.token)).claimCoupon;
    expect(claim.__typename).toBe('CouponNotClaimableError');
  });

  it('lets HQ find members by phone tail, member reference or level, and read a member’s timeline', async () => {
    const s = await t.newShopper();
    const contact = { name: '李四', phone: '13912345678' };
    const c = await received(pickupInput(store, [{ skuId: skuA[0]!, quantity: 9 }], { contact }), s.token);
    const secret = await issueMemberSecret(t, s.token);
    const find = async (vars: { search?: string; levelId?: string }) =>
      (await t.ok(MembersDocument, { ...vars, first: 50 }, t.tokens.hq())).members.nodes;

    const byPhone = await find({ search: '5678' });
    expect(byPhone).toHaveLength(1);
    expect(byPhone[0]).toMatchObject({
      shopperId: s.id,
      phone: '139****5678',
      reference: secret.reference,
      levelName: '银卡',
      growth: 112,
      points: 112,
      orders: 1,
    });
    expect((await find({ search: secret.reference })).map((m) => m.shopperId)).toEqual([s.id]);
    const silver = await find({ levelId: ids['银卡'] });
    expect(silver.map((m) => m.shopperId)).toContain(s.id);
    expect(silver.every((m) => m.growth >= 100 && m.growth < 1_000)).toBe(true);
    expect((await find({ levelId: ids['金卡'] })).map((m) => m.shopperId)).not.toContain(s.id);
    const refused = await t.gql(MembersDocument, { search: '13a' }, t.tokens.hq());
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(MembersDocument, {}, t.tokens.clerk(store))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await t.ok(RefundOrderDocument, { input: { orderId: c.orders[0]!.id, reason: '不要了' } }, t.tokens.clerk(store));
    const timeline = (await t.ok(MemberTimelineDocument, { shopperId: s.id }, t.tokens.hq())).memberTimeline;
    const titles = timeline.map((e) => [e.kind, e.title, e.amountFen, e.points]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['ORDER', expect.stringContaining('自提订单'), 11_250, null],
        ['POINTS', '获得积分', null, 112],
        ['LEVEL', '升级为银卡', null, null],
        ['REFUND', expect.stringContaining('退款'), 11_250, null],
        ['POINTS', '退款扣回积分', null, -112],
        ['LEVEL', '降为普通会员', null, null],
      ]),
    );
  });
});
