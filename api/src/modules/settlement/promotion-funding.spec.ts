// Who pays, in the ledger: random carts priced by the one pipeline with random promotion stacks and funders, then
// random refund sequences; after every posting the ledger's costs by funder equal the adjustments the order keeps,
// to the fen, and a full refund takes every promotion balance back to zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart } from '../pricing/pipeline';
import { lineRefund } from '../pricing/refund-share';
import type { Adjustment, CartLine, Coupon, FullReduction, Funder, Scope } from '../pricing/pricing.types';
import { entriesToReach, fundingForOrder, splitForOrder, targetBalances, type LedgerLine, type SplitOrderInput } from './order-split';
import type { SplitRuleDef } from './split-rules';

const NOW = new Date('2026-12-06T08:00:00Z');
const everywhere: Scope = { categoryIds: [], skuIds: [], storeIds: [] };
const CATS = ['fresh', 'snacks', 'drinks'];

// -2: HQ, -1: the store, else a split with that store share.
const funderArb: fc.Arbitrary<Funder> = fc
  .integer({ min: -2, max: 10_000 })
  .map((n): Funder => (n === -2 ? { kind: 'HQ' } : n === -1 ? { kind: 'STORE' } : { kind: 'SPLIT', storeBp: n }));
const linesArb: fc.Arbitrary<CartLine[]> = fc
  .array(
    fc.record({
      categoryId: fc.constantFrom(...CATS),
      unitPriceFen: fc.integer({ min: 1, max: 30_000 }),
      quantity: fc.integer({ min: 1, max: 9 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((ls) => ls.map((l, i) => ({ ...l, key: `L${i}`, storeId: 's1', skuId: `k${i}` })));
const fullReductionArb: fc.Arbitrary<FullReduction> = fc.record({
  id: fc.uuid(),
  name: fc.constant('满减'),
  scope: fc.constant(everywhere),
  channel: fc.constant('BOTH' as const),
  funder: funderArb,
  startsAt: fc.constant(null),
  endsAt: fc.constant(null),
  tiers: fc.array(fc.record({ thresholdFen: fc.integer({ min: 0, max: 100_000 }), offFen: fc.integer({ min: 1, max: 30_000 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
});
const couponArb: fc.Arbitrary<Coupon> = fc.record({
  id: fc.uuid(),
  templateId: fc.uuid(),
  name: fc.constant('券'),
  scope: fc.constant(everywhere),
  channel: fc.constant('BOTH' as const),
  funder: funderArb,
  startsAt: fc.constant(null),
  endsAt: fc.constant(null),
  kind: fc.constantFrom('AMOUNT_OFF', 'PERCENT_OFF', 'DELIVERY_OFF'),
  thresholdFen: fc.integer({ min: 0, max: 50_000 }),
  offFen: fc.integer({ min: 1, max: 20_000 }),
  offBp: fc.integer({ min: 1, max: 10_000 }),
  capFen: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
  used: fc.constant(false),
});
const rule = (categoryId: string | null, fulfillingBp: number, referringBp: number): SplitRuleDef => ({
  name: `r-${categoryId}`,
  fulfilment: null,
  categoryId,
  storeId: null,
  storeGroupId: null,
  priority: 0,
  fulfillingBp,
  referringBp,
});
const rulesArb: fc.Arbitrary<SplitRuleDef[]> = fc
  .tuple(fc.integer({ min: 0, max: 7_000 }), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 10_000 }))
  .map(([f, r, fresh]) => [rule(null, f, r), rule('fresh', fresh, 0)]);
const caseArb = fc.record({
  lines: linesArb,
  fullReductions: fc.array(fullReductionArb, { maxLength: 2 }),
  coupon: fc.option(couponArb, { nil: undefined }),
  points: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
  deliveryFeeFen: fc.constantFrom(0, 500, 800),
  referrer: fc.boolean(),
  rules: rulesArb,
  // Each refund: a line (index mod the lines) and a number of units (mod what is left, plus one).
  refunds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
  feeBp: fc.constantFrom(0, 60),
});

const sum = (ls: readonly { amountFen: number }[]) => ls.reduce((a, l) => a + l.amountFen, 0);
const balanceOf = (b: Map<string, LedgerLine>, account: string, role: string) =>
  [...b.values()].filter((l) => l.account === account && l.role === role).reduce((a, l) => a + l.amountFen, 0);

/** The oracle: costs by funder from the adjustments kept, tracked through the refunds' own shares (lineRefund). */
function costsByFunder(kept: readonly Adjustment[]) {
  let hq = 0;
  let store = 0;
  let points = 0;
  const split = new Map<string, { fen: number; bp: number }>();
  for (const a of kept) {
    if (a.kind === 'POINTS') points += a.amountFen;
    else if (a.funder.kind === 'HQ') hq += a.amountFen;
    else if (a.funder.kind === 'STORE') store += a.amountFen;
    else {
      const k = `${a.promotionId}|${a.funder.storeBp}`;
      const s = split.get(k) ?? { fen: 0, bp: a.funder.storeBp };
      s.fen += a.amountFen;
      split.set(k, s);
    }
  }
  for (const s of split.values()) {
    const st = Math.floor((s.fen * s.bp) / 10_000);
    store += st;
    hq += s.fen - st;
  }
  return { hq, store, points };
}

describe('promotion cost in the ledger by funder', () => {
  it('equals the adjustments each order keeps through any refund sequence, to the fen; a full refund leaves nothing', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const cart = priceCart({
          now: NOW,
          channel: 'ONLINE',
          lines: c.lines,
          deliveries: [{ storeId: 's1', feeFen: c.deliveryFeeFen }],
          fullReductions: c.fullReductions,
          coupon: c.coupon,
          points: c.points === undefined ? undefined : { balance: c.points, pointsPerFen: 1, maxShareBp: 5_000, maxPoints: 100_000 },
          minPayFen: 1,
        });
        const order: SplitOrderInput = {
          storeId: 's1',
          fulfilment: 'DELIVERY',
          referringStoreId: c.referrer ? 's2' : null,
          totalFen: cart.payFen,
          refundedFen: 0,
          deliveryFeeFen: c.deliveryFeeFen,
          deliveryAdjustments: cart.deliveries[0]!.adjustments,
          lines: cart.lines.map((l) => ({
            categoryId: l.categoryId!,
            unitPriceFen: l.unitPriceFen,
            quantity: l.quantity,
            refundedQuantity: 0,
            netFen: l.netFen,
            adjustments: l.adjustments,
          })),
        };
        // What each line still keeps, lowered by each refund's own adjustment shares.
        const kept = cart.lines.map((l) => l.adjustments.map((a) => ({ ...a })));
        const balances = new Map<string, LedgerLine>();
        const post = () => {
          const split = splitForOrder(order, c.rules, new Set(), c.feeBp);
          const entries = entriesToReach(targetBalances(order, split, fundingForOrder(order, c.rules, new Set())), [...balances.values()]);
          expect(sum(entries)).toBe(0);
          for (const e of entries) {
            const k = `${e.account}|${e.role}|${e.storeId}`;
            const b = balances.get(k) ?? { ...e, amountFen: 0 };
            balances.set(k, { ...b, amountFen: b.amountFen + e.amountFen });
          }
          const anyGoods = order.lines.some((l) => l.refundedQuantity < l.quantity);
          const keptNow = [...kept.flat(), ...(anyGoods ? order.deliveryAdjustments! : [])];
          const want = costsByFunder(keptNow);
          expect(0 - balanceOf(balances, 'HQ', 'PROMO_COST')).toBe(want.hq);
          expect(0 - balanceOf(balances, 'STORE', 'PROMO_COST')).toBe(want.store);
          expect(0 - balanceOf(balances, 'HQ', 'POINTS_COST')).toBe(want.points);
          // The parties' shares of the discounts add up to the same kept total, so the posting balances.
          const shares = ['PROMO_HQ', 'PROMO_FULFILLING', 'PROMO_REFERRING'].reduce(
            (a, role) => a + balanceOf(balances, 'HQ', role) + balanceOf(balances, 'STORE', role),
            0,
          );
          expect(shares).toBe(sum(keptNow));
          // Money still splits exactly: the parties hold what was received less the fee, whatever the discounts.
          const parties = [...balances.values()].filter((b) => b.account === 'HQ' || b.account === 'STORE');
          expect(sum(parties)).toBe(order.totalFen - order.refundedFen - split.feeFen);
        };
        post();
        for (const [i, u] of c.refunds) {
          const li = i % order.lines.length;
          const line = order.lines[li]!;
          const left = line.quantity - line.refundedQuantity;
          if (left === 0) continue;
          const k = (u % left) + 1;
          const back = lineRefund({ ...line, netFen: line.netFen!, points: 0, adjustments: cart.lines[li]!.adjustments }, k);
          for (const a of back.adjustments) {
            const mine = kept[li]!.find((x) => x.kind === a.kind && x.promotionId === a.promotionId)!;
            mine.amountFen -= a.amountFen;
          }
          line.refundedQuantity += k;
          const whole = order.lines.every((l) => l.refundedQuantity === l.quantity);
          order.refundedFen = whole ? order.totalFen : order.refundedFen + back.amountFen;
          post();
        }
        // Everything back: every promotion balance is zero.
        for (const line of order.lines) line.refundedQuantity = line.quantity;
        for (const k of kept) for (const a of k) a.amountFen = 0;
        order.refundedFen = order.totalFen;
        post();
        for (const b of balances.values()) if (b.role.startsWith('PROMO') || b.role === 'POINTS_COST') expect(b.amountFen).toBe(0);
      }),
      { numRuns: 1_500 },
    );
  });

  it('settles a store whose discount HQ funds as if the shopper paid list price, and charges a store its own', () => {
    const rules = [rule(null, 8_000, 0)];
    const base: SplitOrderInput = {
      storeId: 's1',
      fulfilment: 'PICKUP',
      referringStoreId: null,
      totalFen: 9_000,
      refundedFen: 0,
      deliveryFeeFen: 0,
      lines: [{ categoryId: 'snacks', unitPriceFen: 10_000, quantity: 1, refundedQuantity: 0, netFen: 9_000 }],
    };
    const withFunder = (funder: Funder): SplitOrderInput => ({
      ...base,
      lines: [{ ...base.lines[0]!, adjustments: [{ kind: 'COUPON', promotionId: 'p', amountFen: 1_000, funder }] }],
    });
    const storeGets = (o: SplitOrderInput) => {
      const t = targetBalances(o, splitForOrder(o, rules, new Set(), 0), fundingForOrder(o, rules, new Set()));
      return sum(t.filter((l) => l.account === 'STORE'));
    };
    // 80 % of list price ¥100 either way when HQ pays; 80 % of ¥100 less the whole ¥10 when the store pays.
    expect(storeGets(withFunder({ kind: 'HQ' }))).toBe(8_000);
    expect(storeGets(withFunder({ kind: 'STORE' }))).toBe(7_000);
    expect(storeGets(withFunder({ kind: 'SPLIT', storeBp: 5_000 }))).toBe(7_500);
  });
});
