// Member price through the one pricing pipeline, over random carts and levels: exact to the fen, never below 0,
// 会员包邮 exactly when the goods at member prices reach the threshold, and the other stages still add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart } from '../pricing/pipeline';
import type { CartLine, Funder, PricingInput } from '../pricing/pricing.types';
import { levelFor, memberUnitPrice, nextLevel, offBpFor, type LevelTerms } from './levels';
import { memberBenefitPricing } from './paid-plans';

const CATS = ['c1', 'c2', 'c3'];
const NOW = new Date('2026-12-07T08:00:00Z');

const funderArb: fc.Arbitrary<Funder> = fc.oneof(
  fc.constant<Funder>({ kind: 'HQ' }),
  fc.constant<Funder>({ kind: 'STORE' }),
  fc.integer({ min: 0, max: 10_000 }).map((storeBp): Funder => ({ kind: 'SPLIT', storeBp })),
);
const levelArb: fc.Arbitrary<LevelTerms> = fc.record({
  id: fc.constant('L1'),
  name: fc.constant('金卡'),
  growthThreshold: fc.integer({ min: 0, max: 10_000 }),
  memberPriceBp: fc.oneof(fc.constant(0), fc.constant(10_000), fc.integer({ min: 0, max: 10_000 })),
  categoryPrices: fc.uniqueArray(fc.record({ categoryId: fc.constantFrom(...CATS), offBp: fc.integer({ min: 0, max: 10_000 }) }), {
    selector: (c) => c.categoryId,
    maxLength: 3,
  }),
  pointsMultiplierBp: fc.integer({ min: 10_000, max: 30_000 }),
  freeDeliveryThresholdFen: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  monthlyCouponId: fc.constant(null),
  birthdayCouponId: fc.constant(null),
  funder: funderArb,
});
const linesArb: fc.Arbitrary<CartLine[]> = fc
  .array(
    fc.record({
      storeId: fc.constantFrom('s1', 's2'),
      skuId: fc.constantFrom('k1', 'k2', 'k3'),
      categoryId: fc.option(fc.constantFrom(...CATS), { nil: null }),
      unitPriceFen: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 99_999 })),
      quantity: fc.integer({ min: 1, max: 30 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((ls) => ls.map((l, i) => ({ ...l, key: `L${i}` })));

const input = (lines: CartLine[], level: LevelTerms | undefined, feeFen: number, extra: Partial<PricingInput> = {}): PricingInput => ({
  now: NOW,
  channel: 'ONLINE',
  lines,
  deliveries: [{ storeId: 's1', feeFen }],
  fullReductions: [],
  ...memberBenefitPricing(level, undefined),
  ...extra,
});

describe('member levels', () => {
  it('puts a growth value on the highest level it reaches, and names the next', () => {
    const levels = [
      { id: 'a', growthThreshold: 0 },
      { id: 'c', growthThreshold: 5_000 },
      { id: 'b', growthThreshold: 1_000 },
    ];
    expect([0, 999, 1_000, 4_999, 5_000, 99_999].map((g) => levelFor(levels, g)?.id)).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect([0, 999, 1_000, 5_000].map((g) => nextLevel(levels, g)?.id)).toEqual(['b', 'b', 'c', undefined]);
    expect(levelFor([{ growthThreshold: 100 }], 99)).toBeUndefined();
  });

  it('takes the share off each unit rounded down to the fen: 95 折 of ¥9.99 is ¥9.50 (49.95 fen off → 49)', () => {
    expect(memberUnitPrice(999, 500)).toBe(950);
    expect(memberUnitPrice(1, 9_999)).toBe(1);
    expect(memberUnitPrice(1, 10_000)).toBe(0);
    expect(memberUnitPrice(12_345, 0)).toBe(12_345);
  });

  it('prices random carts at random levels exactly, never below 0, funded as the level says', () => {
    fc.assert(
      fc.property(linesArb, levelArb, fc.integer({ min: 0, max: 2_000 }), (lines, level, feeFen) => {
        const priced = priceCart(input(lines, level, feeFen));
        for (const [i, l] of priced.lines.entries()) {
          const off = Number((BigInt(lines[i]!.unitPriceFen) * BigInt(offBpFor(level, l.categoryId))) / 10_000n) * l.quantity;
          const member = l.adjustments.filter((a) => a.kind === 'MEMBER_PRICE');
          expect(member.reduce((s, a) => s + a.amountFen, 0)).toBe(off);
          for (const a of member) expect(a).toMatchObject({ promotionId: 'L1', funder: level.funder });
          expect(l.netFen).toBe(l.grossFen - off);
          expect(l.netFen).toBeGreaterThanOrEqual(0);
        }
        const goodsAtMember = priced.lines.reduce((s, l) => s + l.netFen, 0);
        const free = level.freeDeliveryThresholdFen !== null && goodsAtMember >= level.freeDeliveryThresholdFen;
        expect(priced.deliveries[0]!.netFen).toBe(free ? 0 : feeFen);
        expect(priced.payFen).toBe(priced.goodsFen + priced.deliveryFeeFen - priced.discountFen - priced.pointsFen);
        expect(priced.payFen).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps member price first: 满减, a coupon and points work on the member prices, and nothing goes below 0 or the least payment', () => {
    fc.assert(
      fc.property(
        linesArb,
        levelArb,
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (lines, level, off, balance) => {
          const scope = { categoryIds: [], skuIds: [], storeIds: [] };
          const promo = { scope, channel: 'BOTH' as const, funder: { kind: 'HQ' as const }, startsAt: null, endsAt: null };
          const priced = priceCart(
            input(lines, level, 500, {
              minPayFen: 1,
              fullReductions: [{ ...promo, id: 'mj', name: '满减', tiers: [{ thresholdFen: off, offFen: Math.floor(off / 10) }] }],
              coupon: {
                ...promo,
                id: 'cp',
                templateId: 't',
                name: '券',
                kind: 'AMOUNT_OFF',
                thresholdFen: 0,
                offFen: off,
                offBp: 0,
                capFen: null,
                used: false,
              },
              points: { balance, pointsPerFen: 1, maxShareBp: 5_000, maxPoints: 100_000 },
            }),
          );
          const memberOnly = priceCart(input(lines, level, 500));
          for (const [i, l] of priced.lines.entries()) {
            expect(l.netFen).toBeGreaterThanOrEqual(0);
            // The member price a line gets does not depend on what runs after it.
            const m = (x: typeof l) => x.adjustments.filter((a) => a.kind === 'MEMBER_PRICE').reduce((s, a) => s + a.amountFen, 0);
            expect(m(l)).toBe(m(memberOnly.lines[i]!));
          }
          const total = memberOnly.payFen;
          expect(priced.payFen).toBeGreaterThanOrEqual(Math.min(1, total));
          expect(priced.payFen).toBe(priced.goodsFen + priced.deliveryFeeFen - priced.discountFen - priced.pointsFen);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('gives nothing without a level, and no line price rule for a level without member price', () => {
    expect(memberBenefitPricing(undefined, undefined)).toEqual({});
    const plain: LevelTerms = {
      id: 'L0',
      name: '普通会员',
      growthThreshold: 0,
      memberPriceBp: 0,
      categoryPrices: [{ categoryId: 'c1', offBp: 0 }],
      pointsMultiplierBp: 10_000,
      freeDeliveryThresholdFen: null,
      monthlyCouponId: null,
      birthdayCouponId: null,
      funder: { kind: 'HQ' },
    };
    expect(memberBenefitPricing(plain, undefined)).toEqual({});
    // A category of its own at 0 bp gets no member price even when the level's default has one.
    const rule = memberBenefitPricing({ ...plain, memberPriceBp: 1_000 }, undefined).linePrice!;
    expect(rule({ key: 'a', storeId: 's', skuId: 'k', categoryId: 'c1', unitPriceFen: 1_000, quantity: 1 })).toBeUndefined();
    expect(rule({ key: 'a', storeId: 's', skuId: 'k', categoryId: 'c2', unitPriceFen: 1_000, quantity: 1 })).toMatchObject({
      kind: 'MEMBER_PRICE',
      unitPriceFen: 900,
    });
  });
});
