import { describe, expect, it } from 'vitest';
import { nextActions, OrderAction as A } from './order-actions';
import { OrderState as S } from './order-states';

const order = (state: S, fulfilment: 'PICKUP' | 'DELIVERY', refundedFen = 0) => ({ state, fulfilment, totalFen: 2500, refundedFen });

describe('next actions from the transitions table', () => {
  it('offers the store the steps of each state and fulfilment', () => {
    expect(nextActions(order(S.PAID, 'PICKUP'), 'CLERK')).toEqual([A.ACCEPT, A.REJECT, A.REFUND]);
    expect(nextActions(order(S.ACCEPTED, 'PICKUP'), 'CLERK')).toEqual([A.MARK_READY, A.REFUND, A.VERIFY]);
    expect(nextActions(order(S.ACCEPTED, 'DELIVERY'), 'HQ')).toEqual([A.DISPATCH, A.REFUND]);
    expect(nextActions(order(S.READY_FOR_PICKUP, 'PICKUP'), 'CLERK')).toEqual([A.VERIFY, A.REFUND]);
    expect(nextActions(order(S.DISPATCHED, 'DELIVERY'), 'CLERK')).toEqual([A.DELIVER, A.REFUND]);
    expect(nextActions(order(S.PENDING_PAYMENT, 'PICKUP'), 'CLERK')).toEqual([]);
    expect(nextActions(order(S.REFUNDED, 'PICKUP'), 'HQ')).toEqual([]);
  });

  it('offers the shopper cancel before the store accepts, and confirm only for a delivery', () => {
    expect(nextActions(order(S.PENDING_PAYMENT, 'DELIVERY'), 'SHOPPER')).toEqual([A.CANCEL]);
    expect(nextActions(order(S.PAID, 'PICKUP'), 'SHOPPER')).toEqual([A.CANCEL]);
    expect(nextActions(order(S.ACCEPTED, 'PICKUP'), 'SHOPPER')).toEqual([]);
    expect(nextActions(order(S.DELIVERED, 'DELIVERY'), 'SHOPPER')).toEqual([A.CONFIRM_RECEIPT]);
    // Handed over at the counter against the shopper's code: that was the receipt.
    expect(nextActions(order(S.PICKED_UP, 'PICKUP'), 'SHOPPER')).toEqual([]);
  });

  it('offers no refund once everything is refunded, and nothing to the system or a stranger', () => {
    expect(nextActions(order(S.COMPLETED, 'PICKUP', 2500), 'HQ')).toEqual([]);
    expect(nextActions(order(S.COMPLETED, 'PICKUP', 1000), 'HQ')).toEqual([A.REFUND]);
    expect(nextActions(order(S.PAID, 'PICKUP'), 'SYSTEM')).toEqual([]);
  });
});
