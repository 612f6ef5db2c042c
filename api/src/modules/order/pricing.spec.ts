import { describe, expect, it } from 'vitest';
import { deliveryFee, feeTierProblem } from '../store/delivery-fee';
import { planRefund, priceCheckout, type PricedLine } from './pricing';

const tiers = [
  { upToM: 3000, feeFen: 500 },
  { upToM: 5000, feeFen: 800 },
];
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

  it('refunds lines at their price and the fee only with the last goods', () => {
    const lines = [
      { lineId: 'x', unitPriceFen: 300, quantity: 2, refundedQuantity: 0 },
      { lineId: 'y', unitPriceFen: 50, quantity: 1, refundedQuantity: 0 },
    ];
    const order = { totalFen: 650 + 500, refundedFen: 0, deliveryFeeFen: 500 };
    expect(planRefund(lines, order, [{ lineId: 'x', quantity: 1 }])).toEqual({
      ok: true,
      amountFen: 300,
      lines: [{ lineId: 'x', quantity: 1 }],
      whole: false,
    });
    const after = [{ ...lines[0]!, refundedQuantity: 1 }, lines[1]!];
    expect(planRefund(after, { ...order, refundedFen: 300 }, undefined)).toMatchObject({ ok: true, amountFen: 850, whole: true });
    expect(planRefund(after, order, [{ lineId: 'x', quantity: 2 }])).toMatchObject({ ok: false });
    expect(planRefund(lines, order, [{ lineId: 'nope', quantity: 1 }])).toMatchObject({ ok: false });
  });
});
