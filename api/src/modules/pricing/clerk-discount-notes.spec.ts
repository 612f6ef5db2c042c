// What a sold order says about the clerk's own discounts, from its lines' adjustments alone.
import { describe, expect, it } from 'vitest';
import { clerkDiscountNotes } from './clerk-discount';

const CLERK = '11111111-1111-4111-8111-111111111111';

describe('clerkDiscountNotes', () => {
  it('tells 改价 from the member price on, and the 整单折扣 on what the other discounts left', () => {
    const notes = clerkDiscountNotes([
      {
        skuId: 'a',
        name: '牛奶',
        unitPriceFen: 1000,
        quantity: 3,
        adjustments: [
          { kind: 'MEMBER_PRICE', amountFen: 150, promotionId: 'level' },
          { kind: 'CLERK_PRICE', amountFen: 450, promotionId: CLERK },
          { kind: 'CLERK_DISCOUNT', amountFen: 100, promotionId: CLERK },
          { kind: 'POINTS', amountFen: 50, promotionId: null },
        ],
      },
      {
        skuId: 'b',
        name: '面包',
        unitPriceFen: 500,
        quantity: 2,
        adjustments: [
          { kind: 'COUPON', amountFen: 200, promotionId: 'c' },
          { kind: 'CLERK_DISCOUNT', amountFen: 40, promotionId: CLERK },
        ],
      },
    ]);
    expect(notes).toEqual([
      // ¥30 less ¥1.5 member price is ¥9.5 a unit; the clerk set ¥8.
      { kind: 'CLERK_PRICE', staffId: CLERK, amountFen: 450, skuId: 'a', name: '牛奶', quantity: 3, fromFen: 950, toFen: 800 },
      // ¥40 of goods less 150 + 450 + 200 is ¥32; the clerk took ¥1.4 more. Points are payment, not discount.
      { kind: 'CLERK_DISCOUNT', staffId: CLERK, amountFen: 140, skuId: null, name: null, quantity: null, fromFen: 3200, toFen: 3060 },
    ]);
  });

  it('has nothing to say about a sale without clerk discounts', () => {
    expect(
      clerkDiscountNotes([
        { skuId: 'a', name: 'x', unitPriceFen: 100, quantity: 1, adjustments: [{ kind: 'COUPON', amountFen: 10, promotionId: 'c' }] },
      ]),
    ).toEqual([]);
  });
});
