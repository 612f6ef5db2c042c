// A counter cart priced as the counter sale prices it (one store part, channel COUNTER, a member's line prices
// first, then 满减, a counter coupon and points) sums exactly, and any order of partial refunds gives back exactly
// what was paid. Random carts, member prices, coupons and balances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coupon, FullReduction, LinePrice } from '../pricing/pricing.types';
import { planRefund, priceCheckout, type StorePart } from './pricing';

const STORE = 'store-1';
const scope = { categoryIds: [], skuIds: [], storeIds: [] };

describe('counter pricing', () => {
  it('member price, 满减, a counter coupon and points: totals exact, lines sum to the total, refunds return it exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unitPriceFen: fc.integer({ min: 1, max: 50_000 }),
            quantity: fc.integer({ min: 1, max: 20 }),
            category: fc.constantFrom('food', 'drink'),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.record({ food: fc.integer({ min: 0, max: 3_000 }), drink: fc.integer({ min: 0, max: 3_000 }) }),
        fc.option(
          fc.record({
            percent: fc.boolean(),
            off: fc.integer({ min: 1, max: 20_000 }),
            bp: fc.integer({ min: 1, max: 10_000 }),
            threshold: fc.integer({ min: 0, max: 30_000 }),
            channel: fc.constantFrom('COUNTER', 'BOTH', 'ONLINE'),
          }),
        ),
        fc.option(fc.record({ threshold: fc.integer({ min: 1, max: 50_000 }), off: fc.integer({ min: 1, max: 5_000 }) })),
        fc.integer({ min: 0, max: 200_000 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (cart, memberBp, couponTerms, fullTerms, balance, refundOrder) => {
          const part: StorePart = {
            storeId: STORE,
            distanceM: 0,
            lines: cart.map((l, i) => ({
              skuId: `sku-${i}`,
              skuCode: `S${i}`,
              name: `#${i}`,
              unitPriceFen: l.unitPriceFen,
              quantity: l.quantity,
              categoryId: l.category,
            })),
          };
          // Member price: basis points off by category, funded by HQ (the seam member levels plug into).
          const linePrice = (line: { unitPriceFen: number; categoryId: string | null }): LinePrice | undefined => {
            const bp = memberBp[line.categoryId as 'food' | 'drink'];
            return bp > 0
              ? {
                  promotionId: 'member',
                  unitPriceFen: line.unitPriceFen - Math.floor((line.unitPriceFen * bp) / 10_000),
                  funder: { kind: 'HQ' },
                }
              : undefined;
          };
          const coupon: Coupon | undefined = couponTerms
            ? {
                id: 'coupon-1',
                templateId: 'tpl-1',
                name: '券',
                scope,
                channel: couponTerms.channel,
                funder: { kind: 'STORE' },
                startsAt: null,
                endsAt: null,
                kind: couponTerms.percent ? 'PERCENT_OFF' : 'AMOUNT_OFF',
                thresholdFen: couponTerms.threshold,
                offFen: couponTerms.off,
                offBp: couponTerms.bp,
                capFen: null,
                used: false,
              }
            : undefined;
          const fullReductions: FullReduction[] = fullTerms
            ? [
                {
                  id: 'full-1',
                  name: '满减',
                  scope,
                  channel: 'COUNTER',
                  funder: { kind: 'SPLIT', storeBp: 5_000 },
                  startsAt: null,
                  endsAt: null,
                  tiers: [{ thresholdFen: fullTerms.threshold, offFen: fullTerms.off }],
                },
              ]
            : [];
          const priced = priceCheckout([part], 'PICKUP', () => [], {
            channel: 'COUNTER',
            now: new Date('2026-12-07T04:00:00Z'),
            linePrice,
            fullReductions,
            coupon,
            points: { balance, pointsPerFen: 1, maxShareBp: 5_000, maxPoints: 100_000 },
          });
          const o = priced.orders[0]!;
          const goods = cart.reduce((s, l) => s + l.unitPriceFen * l.quantity, 0);
          expect(priced.goodsFen).toBe(goods);
          expect(priced.totalFen).toBe(goods - priced.discountFen - priced.pointsFen);
          expect(priced.totalFen).toBeGreaterThanOrEqual(1);
          expect(priced.pointsUsed).toBe(priced.pointsFen);
          expect(priced.pointsUsed).toBeLessThanOrEqual(balance);
          // An online-only coupon never applies at the counter.
          if (couponTerms?.channel === 'ONLINE') expect(priced.applied.some((a) => a.kind === 'COUPON')).toBe(false);
          const nets = o.lines.map((l) => l.unitPriceFen * l.quantity - (l.discountFen ?? 0) - (l.pointsFen ?? 0));
          for (const n of nets) expect(n).toBeGreaterThanOrEqual(0);
          expect(nets.reduce((s, n) => s + n, 0)).toBe(o.totalFen);

          // Unit by unit, in a random order of lines: the refunds add up to the total, the points to those spent.
          const lines = o.lines.map((l, i) => ({
            lineId: `L${i}`,
            quantity: l.quantity,
            refundedQuantity: 0,
            netFen: nets[i]!,
            points: l.points ?? 0,
            adjustments: l.adjustments ?? [],
          }));
          let refunded = 0;
          let points = 0;
          let step = 0;
          while (lines.some((l) => l.refundedQuantity < l.quantity)) {
            const open = lines.filter((l) => l.refundedQuantity < l.quantity);
            const line = open[(refundOrder[step++ % Math.max(1, refundOrder.length)] ?? 0) % open.length]!;
            const plan = planRefund(lines, { totalFen: o.totalFen, refundedFen: refunded, deliveryFeeFen: 0 }, [
              { lineId: line.lineId, quantity: 1 },
            ]);
            if (!plan.ok) throw new Error(plan.message);
            refunded += plan.amountFen;
            points += plan.points;
            line.refundedQuantity += 1;
          }
          expect(refunded).toBe(o.totalFen);
          expect(points).toBe(priced.pointsUsed);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
