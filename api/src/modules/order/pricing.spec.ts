import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Adjustment } from '../pricing/pricing.types';
import { deliveryFee, feeTierProblem } from '../store/delivery-fee';
import { planRefund, priceCheckout, type PricedLine } from './pricing';

const tiers = [
  { upToM: 3000, feeFen: 500 },
  { upToM: 5000, feeFen: 800 },
];
const adj = (amountFen: number): Adjustment[] => [{ kind: 'COUPON', promotionId: 'c', amountFen, funder: { kind: 'HQ' } }];
const line = (skuId: string, unitPriceFen: number, quantity: number): PricedLine => ({
  skuId,
  skuCode: skuId,
  name: skuId,
  unitPriceFen,
  quantity,
});

describe('pricing', () => {
  it('charges the first tier that reaches the distance, and the last beyond it', () => {
    expect(deliveryFee(tiers, 0)).toBe(500);
    expect(deliveryFee(tiers, 3000)).toBe(500);
    expect(deliveryFee(tiers, 3001)).toBe(800);
    expect(deliveryFee(tiers, 9000)).toBe(800);
  });

  it('rejects tiers that do not ascend or are not whole fen', () => {
    expect(feeTierProblem(tiers)).toBeUndefined();
    expect(feeTierProblem([])).toMatch(/at least one/);
    expect(feeTierProblem([{ upToM: 3000, feeFen: 1.5 }])).toMatch(/whole number of fen/);
    expect(
      feeTierProblem([
        { upToM: 3000, feeFen: 1 },
        { upToM: 3000, feeFen: 2 },
      ]),
    ).toMatch(/greater/);
  });

  it('charges one delivery fee for a split cart, on the store carrying the most goods', () => {
    const priced = priceCheckout(
      [
        { storeId: 'near', distanceM: 1000, lines: [line('a', 100, 1)] },
        { storeId: 'far', distanceM: 4000, lines: [line('b', 999, 2), line('c', 1, 3)] },
      ],
      'DELIVERY',
      () => tiers,
    );
    expect(priced.orders.map((o) => [o.storeId, o.goodsFen, o.deliveryFeeFen])).toEqual([
      ['far', 2001, 800],
      ['near', 100, 0],
    ]);
    expect(priced.totalFen).toBe(2101 + 800);
    expect(priceCheckout([{ storeId: 's', distanceM: 10, lines: [line('a', 100, 2)] }], 'PICKUP', () => tiers).totalFen).toBe(200);
  });

  it('refunds each unit its exact share of what the line paid, and the fee only with the last goods', () => {
    const lines = [
      { lineId: 'x', quantity: 3, refundedQuantity: 0, netFen: 1000, points: 30, adjustments: adj(200) },
      { lineId: 'y', quantity: 1, refundedQuantity: 0, netFen: 50, points: 0, adjustments: [] },
    ];
    const order = { totalFen: 1050 + 500, refundedFen: 0, deliveryFeeFen: 500 };
    expect(planRefund(lines, order, [{ lineId: 'x', quantity: 1 }])).toEqual({
      ok: true,
      amountFen: 333,
      points: 10,
      lines: [{ lineId: 'x', quantity: 1, amountFen: 333, points: 10, adjustments: adj(66) }],
      whole: false,
    });
    const after = [{ ...lines[0]!, refundedQuantity: 1 }, lines[1]!];
    expect(planRefund(after, { ...order, refundedFen: 333 }, undefined)).toMatchObject({
      ok: true,
      amountFen: 667 + 50 + 500,
      points: 20,
      whole: true,
    });
    expect(planRefund(after, order, [{ lineId: 'x', quantity: 3 }])).toMatchObject({ ok: false });
    expect(planRefund(lines, order, [{ lineId: 'nope', quantity: 1 }])).toMatchObject({ ok: false });
  });

  it('returns exactly what was paid, points and discounts included, over any sequence of partial refunds', () => {
    const lineArb = fc.record({
      quantity: fc.integer({ min: 1, max: 12 }),
      netFen: fc.integer({ min: 0, max: 500_000 }),
      points: fc.integer({ min: 0, max: 50_000 }),
      coupon: fc.integer({ min: 0, max: 50_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 30 }),
        (specs, fee, asks) => {
          let lines = specs.map((l, i) => ({
            lineId: `L${i}`,
            quantity: l.quantity,
            refundedQuantity: 0,
            netFen: l.netFen,
            points: l.points,
            adjustments: l.coupon ? adj(l.coupon) : [],
          }));
          const paid = specs.reduce((s, l) => s + l.netFen, 0) + fee;
          const order = { totalFen: paid, refundedFen: 0, deliveryFeeFen: fee };
          let points = 0;
          const coupon = new Map<string, number>();
          const take = (request: { lineId: string; quantity: number }[] | undefined) => {
            const plan = planRefund(lines, order, request);
            if (!plan.ok) throw new Error(plan.message);
            order.refundedFen += plan.amountFen;
            points += plan.points;
            for (const pl of plan.lines) {
              for (const a of pl.adjustments) coupon.set(pl.lineId, (coupon.get(pl.lineId) ?? 0) + a.amountFen);
              // A partial refund never gives back more than the units' share rounded up.
              const line = lines.find((l) => l.lineId === pl.lineId)!;
              expect(pl.amountFen).toBeLessThanOrEqual(Math.ceil((line.netFen * pl.quantity) / line.quantity));
            }
            lines = lines.map((l) => ({
              ...l,
              refundedQuantity: l.refundedQuantity + (plan.lines.find((p) => p.lineId === l.lineId)?.quantity ?? 0),
            }));
            return plan;
          };
          for (const [pick, k] of asks) {
            const open = lines.filter((l) => l.refundedQuantity < l.quantity);
            if (open.length === 0) break;
            const line = open[pick % open.length]!;
            const plan = take([{ lineId: line.lineId, quantity: Math.min(k, line.quantity - line.refundedQuantity) }]);
            if (!plan.whole) expect(order.refundedFen).toBeLessThanOrEqual(paid - fee);
          }
          if (lines.some((l) => l.refundedQuantity < l.quantity)) take(undefined);
          expect(order.refundedFen).toBe(paid);
          expect(points).toBe(specs.reduce((s, l) => s + l.points, 0));
          specs.forEach((l, i) => expect(coupon.get(`L${i}`) ?? 0).toBe(l.coupon));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
