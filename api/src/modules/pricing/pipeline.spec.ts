import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, unitShare } from './allocate';
import { priceCart } from './pipeline';
import type { CartLine, Coupon, FullReduction, Funder, PricingInput, Scope } from './pricing.types';
import { yuan } from './yuan';

const NOW = new Date('2026-12-06T08:00:00Z');
const STORES = ['s1', 's2', 's3'];
const SKUS = ['k1', 'k2', 'k3', 'k4', 'k5'];
const CATS = ['c1', 'c2'];
const everywhere: Scope = { categoryIds: [], skuIds: [], storeIds: [] };
const hq: Funder = { kind: 'HQ' };

const scopeArb: fc.Arbitrary<Scope> = fc.record({
  categoryIds: fc.subarray(CATS, { maxLength: 1 }),
  skuIds: fc.subarray(SKUS, { maxLength: 3 }),
  storeIds: fc.subarray(STORES, { maxLength: 2 }),
});
const funderArb: fc.Arbitrary<Funder> = fc.oneof(
  fc.constant<Funder>({ kind: 'HQ' }),
  fc.constant<Funder>({ kind: 'STORE' }),
  fc.integer({ min: 0, max: 10_000 }).map((storeBp): Funder => ({ kind: 'SPLIT', storeBp })),
);
const linesArb: fc.Arbitrary<CartLine[]> = fc
  .array(
    fc.record({
      storeId: fc.constantFrom(...STORES),
      skuId: fc.constantFrom(...SKUS),
      categoryId: fc.option(fc.constantFrom(...CATS), { nil: null }),
      unitPriceFen: fc.integer({ min: 0, max: 50_000 }),
      quantity: fc.integer({ min: 1, max: 20 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((ls) => ls.map((l, i) => ({ ...l, key: `L${i}` })));
const window = fc.record({
  startsAt: fc.option(fc.constantFrom(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-07T00:00:00Z')), { nil: null }),
  endsAt: fc.option(fc.constantFrom(new Date('2026-12-06T00:00:00Z'), new Date('2026-12-31T00:00:00Z')), { nil: null }),
});
const budget = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined });
// Stacking classes: absent (stacks with everything) or any subset.
const stacksWith = fc.option(fc.subarray(['FULL_REDUCTION', 'COUPON'] as const), { nil: undefined });
const fullReductionArb: fc.Arbitrary<FullReduction> = fc
  .record({
    id: fc.uuid(),
    scope: scopeArb,
    channel: fc.constantFrom('ONLINE', 'COUNTER', 'BOTH'),
    funder: funderArb,
    w: window,
    budgetLeftFen: budget,
    stacksWith,
    tiers: fc.array(fc.record({ thresholdFen: fc.integer({ min: 0, max: 200_000 }), offFen: fc.integer({ min: 0, max: 50_000 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ w, ...r }) => ({ ...r, ...w, name: '满减' }));
const couponArb: fc.Arbitrary<Coupon> = fc
  .record({
    id: fc.uuid(),
    templateId: fc.uuid(),
    scope: scopeArb,
    channel: fc.constantFrom('ONLINE', 'COUNTER', 'BOTH'),
    funder: funderArb,
    w: window,
    budgetLeftFen: budget,
    stacksWith,
    kind: fc.constantFrom('AMOUNT_OFF', 'PERCENT_OFF', 'DELIVERY_OFF'),
    thresholdFen: fc.integer({ min: 0, max: 100_000 }),
    offFen: fc.integer({ min: 1, max: 30_000 }),
    offBp: fc.integer({ min: 1, max: 10_000 }),
    capFen: fc.option(fc.integer({ min: 1, max: 30_000 }), { nil: null }),
    used: fc.boolean(),
  })
  .map(({ w, ...r }) => ({ ...r, ...w, name: '券' }));
const inputArb: fc.Arbitrary<PricingInput> = fc.record({
  now: fc.constant(NOW),
  channel: fc.constantFrom('ONLINE', 'COUNTER'),
  lines: linesArb,
  deliveries: fc.array(fc.record({ storeId: fc.constantFrom(...STORES), feeFen: fc.integer({ min: 0, max: 2_000 }) }), { maxLength: 2 }),
  fullReductions: fc.array(fullReductionArb, { maxLength: 3 }),
  coupon: fc.option(couponArb, { nil: undefined }),
  points: fc.option(
    fc.record({
      balance: fc.integer({ min: 0, max: 1_000_000 }),
      pointsPerFen: fc.integer({ min: 1, max: 10 }),
      maxShareBp: fc.integer({ min: 0, max: 10_000 }),
      maxPoints: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { nil: undefined },
  ),
  linePrice: fc.option(
    fc.func(
      fc.option(fc.record({ promotionId: fc.uuid(), unitPriceFen: fc.integer({ min: 0, max: 60_000 }), funder: funderArb }), {
        nil: undefined,
      }),
    ),
    { nil: undefined },
  ),
});

describe('allocate', () => {
  it('splits exactly by net, never past a line, and returns the whole when the amount covers everything', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([1, 1, 1]);
    expect(allocate(100, [300, 100])).toEqual([75, 25]);
    expect(allocate(1, [1, 1])).toEqual([1, 0]);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (amount, nets) => {
          const parts = allocate(amount, nets);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(
            Math.min(
              amount,
              nets.reduce((s, n) => s + n, 0),
            ),
          );
          parts.forEach((p, i) => expect(p >= 0 && p <= nets[i]!).toBe(true));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('unitShare', () => {
  it('returns floor(net·(r+k)/q) − floor(net·r/q), and any sequence of refunds sums to the net', () => {
    expect(unitShare(1000, 3, 0, 1)).toBe(333);
    expect(unitShare(1000, 3, 1, 1)).toBe(333);
    expect(unitShare(1000, 3, 2, 1)).toBe(334);
    expect(() => unitShare(1000, 3, 2, 2)).toThrow(RangeError);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50 }).chain((q) => fc.tuple(fc.constant(q), fc.array(fc.integer({ min: 1, max: q }), { maxLength: 60 }))),
        (net, [q, asks]) => {
          let r = 0;
          let back = 0;
          for (const ask of asks) {
            const k = Math.min(ask, q - r);
            if (k === 0) break;
            const share = unitShare(net, q, r, k);
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(Math.ceil((net * k) / q));
            back += share;
            r += k;
          }
          back += unitShare(net, q, r, q - r);
          expect(back).toBe(net);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('priceCart', () => {
  it('keeps every promotion exact, every line at or above 0 and the payment equal to the nets', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const priced = priceCart(input);
        for (const l of priced.lines) {
          expect(l.netFen).toBeGreaterThanOrEqual(0);
          expect(l.netFen).toBe(l.grossFen - l.adjustments.reduce((s, a) => s + a.amountFen, 0));
          for (const a of l.adjustments) expect(a.amountFen).toBeGreaterThan(0);
        }
        for (const d of priced.deliveries) expect(d.netFen).toBeGreaterThanOrEqual(0);
        // Each promotion's adjustments add up exactly to what it says it took.
        const all = [...priced.lines, ...priced.deliveries].flatMap((x) => x.adjustments);
        const sumBy = (xs: readonly { kind: string; promotionId: string | null; amountFen: number }[]) => {
          const m = new Map<string, number>();
          for (const x of xs) m.set(`${x.kind}:${x.promotionId}`, (m.get(`${x.kind}:${x.promotionId}`) ?? 0) + x.amountFen);
          return m;
        };
        expect(sumBy(all)).toEqual(sumBy(priced.applied));
        expect(priced.payFen).toBe(priced.lines.reduce((s, l) => s + l.netFen, 0) + priced.deliveries.reduce((s, d) => s + d.netFen, 0));
        expect(priced.payFen).toBe(priced.goodsFen + priced.deliveryFeeFen - priced.discountFen - priced.pointsFen);
        // Budgets and caps hold.
        for (const fr of input.fullReductions) {
          const took = priced.applied.find((a) => a.promotionId === fr.id && a.kind === 'FULL_REDUCTION')?.amountFen ?? 0;
          expect(took).toBeLessThanOrEqual(Math.max(0, ...fr.tiers.map((t) => t.offFen)));
          if (fr.budgetLeftFen !== undefined) expect(took).toBeLessThanOrEqual(fr.budgetLeftFen);
        }
        if (input.points) {
          expect(priced.pointsUsed).toBeLessThanOrEqual(Math.min(input.points.balance, input.points.maxPoints));
          expect(priced.pointsUsed).toBe(priced.pointsFen * input.points.pointsPerFen);
        }
        // Every promotion either applied or says why not.
        const said = new Set([...priced.applied.map((a) => a.promotionId), ...priced.notApplied.map((n) => n.promotionId)]);
        for (const fr of input.fullReductions) expect(said.has(fr.id)).toBe(true);
        if (input.coupon) expect(said.has(input.coupon.templateId)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  const line = (key: string, storeId: string, unitPriceFen: number, quantity: number, categoryId: string | null = 'c1'): CartLine => ({
    key,
    storeId,
    skuId: `sku-${key}`,
    categoryId,
    unitPriceFen,
    quantity,
  });
  const mj = (over: Partial<FullReduction> = {}): FullReduction => ({
    id: 'mj',
    name: '满100减10',
    scope: everywhere,
    channel: 'BOTH',
    funder: hq,
    startsAt: null,
    endsAt: null,
    tiers: [
      { thresholdFen: 10_000, offFen: 1_000 },
      { thresholdFen: 20_000, offFen: 3_000 },
    ],
    ...over,
  });
  const coupon = (over: Partial<Coupon> = {}): Coupon => ({
    id: 'cp',
    templateId: 'tpl',
    name: '满50减5',
    scope: everywhere,
    channel: 'BOTH',
    funder: { kind: 'STORE' },
    startsAt: null,
    endsAt: null,
    kind: 'AMOUNT_OFF',
    thresholdFen: 5_000,
    offFen: 500,
    offBp: 0,
    capFen: null,
    used: false,
    ...over,
  });
  const base = (over: Partial<PricingInput>): PricingInput => ({
    now: NOW,
    channel: 'ONLINE',
    lines: [],
    deliveries: [],
    fullReductions: [],
    ...over,
  });

  it('takes 满减 across the stores of one checkout, then the coupon on what is left, then points, then 运费券', () => {
    const priced = priceCart(
      base({
        lines: [line('a', 's1', 6_000, 1), line('b', 's2', 3_000, 2)],
        deliveries: [{ storeId: 's2', feeFen: 800 }],
        fullReductions: [mj()],
        coupon: coupon({ kind: 'PERCENT_OFF', offBp: 1_000, capFen: 1_500, thresholdFen: 0 }),
        points: { balance: 250, pointsPerFen: 10, maxShareBp: 5_000, maxPoints: 10_000 },
      }),
    );
    // 满减: ¥120 reaches the ¥100 tier: ¥10 split 6000:6000.
    expect(priced.lines.map((l) => l.adjustments.map((a) => [a.kind, a.amountFen]))).toEqual([
      [
        ['FULL_REDUCTION', 500],
        ['COUPON', 550],
        ['POINTS', 13],
      ],
      [
        ['FULL_REDUCTION', 500],
        ['COUPON', 550],
        ['POINTS', 12],
      ],
    ]);
    expect(priced.pointsUsed).toBe(250);
    expect(priced.payFen).toBe(12_000 - 1_000 - 1_100 - 25 + 800);
  });

  it('says why a promotion did not apply, in words a shopper reads', () => {
    const short = priceCart(base({ lines: [line('a', 's1', 8_800, 1)], fullReductions: [mj()] }));
    expect(short.notApplied).toEqual([
      { promotionId: 'mj', kind: 'FULL_REDUCTION', code: 'BELOW_THRESHOLD', shortFen: 1_200, offFen: 1_000, message: '还差 ¥12 可减 ¥10' },
    ]);
    const store = priceCart(base({ lines: [line('a', 's1', 8_800, 1)], coupon: coupon({ scope: { ...everywhere, storeIds: ['s9'] } }) }));
    expect(store.notApplied[0]).toMatchObject({ code: 'NOT_FOR_STORE', message: '不适用于本店' });
    const expired = priceCart(base({ lines: [line('a', 's1', 8_800, 1)], coupon: coupon({ endsAt: new Date('2026-12-01T00:00:00Z') }) }));
    expect(expired.notApplied[0]).toMatchObject({ code: 'EXPIRED', message: '已过期' });
    const counter = priceCart(base({ lines: [line('a', 's1', 8_800, 1)], coupon: coupon({ channel: 'COUNTER' }) }));
    expect(counter.notApplied[0]).toMatchObject({ code: 'OTHER_CHANNEL' });
    expect(counter.payFen).toBe(8_800);
    const scope = priceCart(
      base({ lines: [line('a', 's1', 8_800, 1, null)], coupon: coupon({ scope: { ...everywhere, categoryIds: ['c2'] } }) }),
    );
    expect(scope.notApplied[0]).toMatchObject({ code: 'OUT_OF_SCOPE' });
  });

  it('lets a line take part in one 满减 only, and stops a campaign at its budget', () => {
    const priced = priceCart(
      base({
        lines: [line('a', 's1', 10_000, 1)],
        fullReductions: [mj({ id: 'first', budgetLeftFen: 300 }), mj({ id: 'second' })],
      }),
    );
    expect(priced.applied).toEqual([{ promotionId: 'first', kind: 'FULL_REDUCTION', amountFen: 300 }]);
    expect(priced.notApplied).toMatchObject([{ promotionId: 'second', code: 'OUT_OF_SCOPE' }]);
    const spent = priceCart(base({ lines: [line('a', 's1', 10_000, 1)], fullReductions: [mj({ budgetLeftFen: 0 })] }));
    expect(spent.notApplied).toMatchObject([{ code: 'BUDGET_SPENT', message: '活动已结束' }]);
  });

  it('leaves the least payment to pay: a coupon worth more than the goods takes all but 1 fen, points nothing', () => {
    const priced = priceCart(
      base({
        lines: [line('a', 's1', 800, 1)],
        coupon: coupon({ thresholdFen: 0, offFen: 1_000 }),
        points: { balance: 10_000, pointsPerFen: 1, maxShareBp: 10_000, maxPoints: 10_000 },
        minPayFen: 1,
      }),
    );
    expect(priced).toMatchObject({ payFen: 1, discountFen: 799, pointsFen: 0 });
    fc.assert(
      fc.property(inputArb, (input) => {
        const whole = priceCart({ ...input, linePrice: undefined });
        const floored = priceCart({ ...input, linePrice: undefined, minPayFen: 1 });
        expect(floored.payFen).toBeGreaterThanOrEqual(Math.min(1, whole.goodsFen + whole.deliveryFeeFen));
      }),
      { numRuns: 2_000 },
    );
  });

  it('costs nothing extra when no promotion is on', () => {
    const priced = priceCart(base({ lines: [line('a', 's1', 123, 3)], deliveries: [{ storeId: 's1', feeFen: 500 }] }));
    expect(priced).toMatchObject({ payFen: 869, discountFen: 0, pointsFen: 0, applied: [], notApplied: [] });
  });

  describe('stacking classes', () => {
    const cart = (c: Coupon | undefined, fullReductions: FullReduction[]) =>
      base({ lines: [line('a', 's1', 6_000, 2)], fullReductions, coupon: c, minPayFen: 1 });
    const appliedOf = (p: ReturnType<typeof priceCart>) => p.applied.map((a) => [a.kind, a.amountFen]);

    it('applies a coupon and a 满减 together when each stacks with the other (the default)', () => {
      const p = priceCart(cart(coupon(), [mj()]));
      expect(appliedOf(p)).toEqual([
        ['FULL_REDUCTION', 1_000],
        ['COUPON', 500],
      ]);
      expect(p.payFen).toBe(10_500);
    });

    it('lets the chosen coupon win over a 满减 either side will not stack with, and the 满减 says why', () => {
      for (const input of [cart(coupon({ stacksWith: ['COUPON'] }), [mj()]), cart(coupon(), [mj({ stacksWith: ['FULL_REDUCTION'] })])]) {
        const p = priceCart(input);
        expect(appliedOf(p)).toEqual([['COUPON', 500]]);
        expect(p.payFen).toBe(11_500);
        expect(p.notApplied).toEqual([
          { promotionId: 'mj', kind: 'FULL_REDUCTION', code: 'NOT_STACKABLE', message: '不可与所选优惠券同享' },
        ]);
      }
    });

    it('keeps the 满减 when the coupon would not apply anyway, and the coupon keeps its own reason', () => {
      const p = priceCart(cart(coupon({ stacksWith: [], thresholdFen: 50_000 }), [mj()]));
      expect(appliedOf(p)).toEqual([['FULL_REDUCTION', 1_000]]);
      expect(p.notApplied).toMatchObject([{ promotionId: 'tpl', kind: 'COUPON', code: 'BELOW_THRESHOLD' }]);
    });

    it('leaves a 满减 below its threshold with its own reason, not as a clash', () => {
      const p = priceCart(cart(coupon({ stacksWith: [] }), [mj({ tiers: [{ thresholdFen: 50_000, offFen: 5_000 }] })]));
      expect(appliedOf(p)).toEqual([['COUPON', 500]]);
      expect(p.notApplied).toMatchObject([{ promotionId: 'mj', code: 'BELOW_THRESHOLD' }]);
    });
  });

  it('writes yuan the way people say them', () => {
    expect([yuan(1200), yuan(1250), yuan(5), yuan(0)]).toEqual(['¥12', '¥12.5', '¥0.05', '¥0']);
  });
});
