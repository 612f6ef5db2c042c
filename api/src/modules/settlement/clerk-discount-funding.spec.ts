// The clerk's 改价 and 整单折扣 as stages of the one pipeline: funded by the store, summing exactly with member
// prices, a coupon and points, and given back exactly by any sequence of partial refunds (several units at a time).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clerkDiscountCap, clerkDiscountTaken } from '../pricing/clerk-discount';
import type { Coupon, LinePrice } from '../pricing/pricing.types';
import { promotionFunding } from './promotion-funding';
import { planRefund, priceCheckout, type StorePart } from '../order/pricing';

const NOW = new Date('2026-12-08T04:00:00Z');
const scope = { categoryIds: [], skuIds: [], storeIds: [] };
const part = (lines: { unitPriceFen: number; quantity: number }[]): StorePart => ({
  storeId: 'store-1',
  distanceM: 0,
  lines: lines.map((l, i) => ({ skuId: `sku-${i}`, skuCode: `S${i}`, name: `#${i}`, categoryId: 'food', ...l })),
});

describe('clerk discounts in the pricing pipeline', () => {
  it('改价 lowers a line to the clerk’s unit price and 整单折扣 takes its share of the rest, both funded by the store', () => {
    const priced = priceCheckout(
      [
        part([
          { unitPriceFen: 1000, quantity: 3 },
          { unitPriceFen: 1000, quantity: 2 },
        ]),
      ],
      'PICKUP',
      () => [],
      {
        channel: 'COUNTER',
        now: NOW,
        fullReductions: [],
        clerkDiscount: { staffId: 'clerk-1', linePrices: [{ skuId: 'sku-0', unitPriceFen: 900 }], orderOff: { offBp: 500 } },
      },
    );
    const [a, b] = priced.orders[0]!.lines;
    expect(a!.adjustments).toEqual([
      { kind: 'CLERK_PRICE', promotionId: 'clerk-1', amountFen: 300, funder: { kind: 'STORE' } },
      { kind: 'CLERK_DISCOUNT', promotionId: 'clerk-1', amountFen: 135, funder: { kind: 'STORE' } },
    ]);
    expect(b!.adjustments).toEqual([{ kind: 'CLERK_DISCOUNT', promotionId: 'clerk-1', amountFen: 100, funder: { kind: 'STORE' } }]);
    expect(priced).toMatchObject({ goodsFen: 5000, discountFen: 535, totalFen: 4465 });
    expect(clerkDiscountTaken(priced.applied, priced.goodsFen)).toEqual({ takenFen: 535, baseFen: 5000 });
    expect(clerkDiscountCap({ maxBp: 2000, maxFen: 1000 }, 5000)).toBe(1000);
    expect(clerkDiscountCap({ maxBp: 1000, maxFen: null }, 5000)).toBe(500);
    expect(clerkDiscountCap({ maxBp: null, maxFen: 300 }, 5000)).toBe(300);
  });

  it('with member prices, a coupon and points: exact totals, store-funded, and partial refunds return exactly what was paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unitPriceFen: fc.integer({ min: 1, max: 20_000 }), quantity: fc.integer({ min: 1, max: 12 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.array(fc.record({ line: fc.nat(), unitPriceFen: fc.integer({ min: 0, max: 20_000 }) }), { maxLength: 4 }),
        fc.option(
          fc.oneof(fc.record({ offBp: fc.integer({ min: 1, max: 10_000 }) }), fc.record({ offFen: fc.integer({ min: 1, max: 50_000 }) })),
        ),
        fc.option(fc.integer({ min: 1, max: 5_000 })),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.record({ pick: fc.nat(), units: fc.integer({ min: 1, max: 5 }) }), { maxLength: 40 }),
        (cart, memberBp, cuts, orderOff, couponOff, balance, refunds) => {
          const linePrice = (l: { unitPriceFen: number }): LinePrice | undefined =>
            memberBp > 0
              ? {
                  kind: 'MEMBER_PRICE',
                  promotionId: 'level',
                  unitPriceFen: l.unitPriceFen - Math.floor((l.unitPriceFen * memberBp) / 10_000),
                  funder: { kind: 'HQ' },
                }
              : undefined;
          const coupon: Coupon | undefined = couponOff
            ? {
                id: 'c',
                templateId: 't',
                name: '券',
                scope,
                channel: 'COUNTER',
                funder: { kind: 'HQ' },
                startsAt: null,
                endsAt: null,
                kind: 'AMOUNT_OFF',
                thresholdFen: 0,
                offFen: couponOff,
                offBp: 0,
                capFen: null,
                used: false,
              }
            : undefined;
          const linePrices = cuts.map((c) => ({ skuId: `sku-${c.line % cart.length}`, unitPriceFen: c.unitPriceFen }));
          const priced = priceCheckout([part(cart)], 'PICKUP', () => [], {
            channel: 'COUNTER',
            now: NOW,
            fullReductions: [],
            linePrice,
            coupon,
            points: { balance, pointsPerFen: 1, maxShareBp: 5_000, maxPoints: 100_000 },
            clerkDiscount: { staffId: 'clerk-1', linePrices, orderOff: orderOff ?? undefined },
          });
          const o = priced.orders[0]!;
          const goods = cart.reduce((s, l) => s + l.unitPriceFen * l.quantity, 0);
          expect(priced.totalFen).toBe(goods - priced.discountFen - priced.pointsFen);
          expect(priced.totalFen).toBeGreaterThanOrEqual(1);
          const clerk = o.lines.flatMap((l) => l.adjustments ?? []).filter((a) => a.kind.startsWith('CLERK_'));
          for (const a of clerk) expect(a).toMatchObject({ promotionId: 'clerk-1', funder: { kind: 'STORE' } });
          expect(clerkDiscountTaken(priced.applied, goods).takenFen).toBe(clerk.reduce((s, a) => s + a.amountFen, 0));
          // A clerk's price below a line's member price takes effect (there is always room while 2 fen or more are due).
          const memberUnit = (u: number) => u - Math.floor((u * memberBp) / 10_000);
          const afterMember = cart.reduce((s, l) => s + memberUnit(l.unitPriceFen) * l.quantity, 0);
          // The first price given for a SKU is the one that counts.
          const first = linePrices.filter((p, i) => linePrices.findIndex((q) => q.skuId === p.skuId) === i);
          const cuttable = first.some((p) => p.unitPriceFen < memberUnit(cart[Number(p.skuId.slice(4))]!.unitPriceFen));
          if (cuttable && afterMember >= 2) expect(clerk.some((a) => a.kind === 'CLERK_PRICE')).toBe(true);
          const left = afterMember - (couponOff ?? 0);
          const wholeOff = orderOff && ('offFen' in orderOff ? orderOff.offFen : Math.floor((left * orderOff.offBp) / 10_000));
          if (wholeOff && !cuttable && left >= 2) expect(clerk.some((a) => a.kind === 'CLERK_DISCOUNT')).toBe(true);
          // Before any refund, the store funds exactly the clerk's discounts (the coupon and member price are HQ's).
          const funded = (refunded: number[]) =>
            promotionFunding(
              o.lines.map((l, i) => ({
                categoryId: 'food',
                quantity: l.quantity,
                refundedQuantity: refunded[i]!,
                adjustments: l.adjustments,
              })),
              [],
              () => ({ fulfillingBp: 2000, referringBp: 0 }),
              false,
            );
          expect(funded(o.lines.map(() => 0)).storeCostFen).toBe(clerk.reduce((s, a) => s + a.amountFen, 0));

          // Several units at a time, lines in a random order: the refunds add up to what was paid, and the store's
          // cost falls to nothing with the last unit.
          const lines = o.lines.map((l, i) => ({
            lineId: `L${i}`,
            quantity: l.quantity,
            refundedQuantity: 0,
            netFen: l.unitPriceFen * l.quantity - (l.discountFen ?? 0) - (l.pointsFen ?? 0),
            points: l.points ?? 0,
            adjustments: l.adjustments ?? [],
          }));
          let refunded = 0;
          for (let step = 0; lines.some((l) => l.refundedQuantity < l.quantity); step++) {
            const open = lines.filter((l) => l.refundedQuantity < l.quantity);
            const r = refunds[step % Math.max(1, refunds.length)] ?? { pick: 0, units: 1 };
            const line = open[r.pick % open.length]!;
            const k = Math.min(r.units, line.quantity - line.refundedQuantity);
            const plan = planRefund(lines, { totalFen: o.totalFen, refundedFen: refunded, deliveryFeeFen: 0 }, [
              { lineId: line.lineId, quantity: k },
            ]);
            if (!plan.ok) throw new Error(plan.message);
            const exact =
              Math.floor((line.netFen * (line.refundedQuantity + k)) / line.quantity) -
              Math.floor((line.netFen * line.refundedQuantity) / line.quantity);
            if (!plan.whole) expect(plan.amountFen).toBe(exact);
            refunded += plan.amountFen;
            line.refundedQuantity += k;
          }
          expect(refunded).toBe(o.totalFen);
          expect(funded(lines.map((l) => l.refundedQuantity)).storeCostFen).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
