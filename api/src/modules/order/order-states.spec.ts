import { describe, expect, it } from 'vitest';
import { checkTransition, goodsStillInStore, OrderEvent as E, OrderState as S, TRANSITIONS } from './order-states';

describe('order transitions table', () => {
  it('walks the pickup flow and the delivery flow to COMPLETED', () => {
    const walk = (flow: 'PICKUP' | 'DELIVERY', steps: [E, 'SYSTEM' | 'SHOPPER' | 'CLERK' | 'HQ'][]) => {
      let state = S.PENDING_PAYMENT;
      for (const [event, actor] of steps) {
        const check = checkTransition(state, event, flow, actor);
        if (!check.ok) throw new Error(`${state} ${event}: ${check.message}`);
        state = check.transition.to;
      }
      return state;
    };
    expect(
      walk('PICKUP', [
        [E.PAY, 'SYSTEM'],
        [E.ACCEPT, 'CLERK'],
        [E.MARK_READY, 'CLERK'],
        [E.HAND_OVER, 'CLERK'],
        [E.COMPLETE, 'SYSTEM'],
      ]),
    ).toBe(S.COMPLETED);
    expect(
      walk('DELIVERY', [
        [E.PAY, 'SYSTEM'],
        [E.ACCEPT, 'CLERK'],
        [E.DISPATCH, 'CLERK'],
        [E.DELIVER, 'CLERK'],
        [E.COMPLETE, 'SYSTEM'],
      ]),
    ).toBe(S.COMPLETED);
    // A counter sale: the clerk takes the money for goods on the counter, and the sale is complete at once.
    expect(
      walk('PICKUP', [
        [E.COUNTER_SALE, 'CLERK'],
        [E.COMPLETE, 'SYSTEM'],
      ]),
    ).toBe(S.COMPLETED);
    expect(checkTransition(S.PENDING_PAYMENT, E.COUNTER_SALE, 'PICKUP', 'SHOPPER')).toMatchObject({ ok: false, reason: 'NOT_BY_ACTOR' });
    expect(checkTransition(S.PENDING_PAYMENT, E.COUNTER_SALE, 'DELIVERY', 'CLERK')).toMatchObject({ ok: false, reason: 'NOT_FOR_FLOW' });
  });

  it('says which rule forbids a step', () => {
    expect(checkTransition(S.PENDING_PAYMENT, E.ACCEPT, 'PICKUP', 'CLERK')).toMatchObject({ ok: false, reason: 'NOT_FROM_STATE' });
    expect(checkTransition(S.ACCEPTED, E.DISPATCH, 'PICKUP', 'CLERK')).toMatchObject({ ok: false, reason: 'NOT_FOR_FLOW' });
    expect(checkTransition(S.ACCEPTED, E.REFUND, 'PICKUP', 'SHOPPER')).toMatchObject({ ok: false, reason: 'NOT_BY_ACTOR' });
    expect(checkTransition(S.PAID, E.REFUND, 'PICKUP', 'SHOPPER')).toMatchObject({ ok: true });
    expect(checkTransition(S.PAID, E.PAY, 'PICKUP', 'SYSTEM')).toMatchObject({ ok: false, reason: 'NOT_FROM_STATE' });
    // The counter's hand-over against the shopper's code is the receipt: nothing left for the shopper to confirm.
    expect(checkTransition(S.PICKED_UP, E.COMPLETE, 'PICKUP', 'SHOPPER')).toMatchObject({ ok: false, reason: 'NOT_BY_ACTOR' });
    expect(checkTransition(S.DELIVERED, E.COMPLETE, 'DELIVERY', 'SHOPPER')).toMatchObject({ ok: true });
  });

  it('keeps a group order away from the store until its group forms; only the deadline job refunds it meanwhile', () => {
    expect(checkTransition(S.PENDING_PAYMENT, E.PAY_INTO_GROUP, 'PICKUP', 'SYSTEM')).toMatchObject({
      ok: true,
      transition: { to: S.AWAITING_GROUP },
    });
    for (const event of [E.ACCEPT, E.MARK_READY, E.HAND_OVER, E.REROUTE])
      expect(checkTransition(S.AWAITING_GROUP, event, 'PICKUP', 'CLERK')).toMatchObject({ ok: false });
    expect(checkTransition(S.AWAITING_GROUP, E.REFUND, 'PICKUP', 'CLERK')).toMatchObject({ ok: false, reason: 'NOT_BY_ACTOR' });
    expect(checkTransition(S.AWAITING_GROUP, E.REFUND, 'PICKUP', 'SHOPPER')).toMatchObject({ ok: false, reason: 'NOT_BY_ACTOR' });
    expect(checkTransition(S.AWAITING_GROUP, E.REFUND, 'PICKUP', 'SYSTEM')).toMatchObject({ ok: true, transition: { stock: 'RELEASE' } });
    expect(checkTransition(S.AWAITING_GROUP, E.GROUP_FORMED, 'PICKUP', 'SYSTEM')).toMatchObject({ ok: true, transition: { to: S.PAID } });
  });

  it('never lets an order leave REFUNDED, and CANCELLED only when the system applies a late payment', () => {
    for (const t of TRANSITIONS) {
      expect(t.from).not.toContain(S.REFUNDED);
      if (t.from.includes(S.CANCELLED)) expect(t).toMatchObject({ event: E.PAY, to: S.PAID, by: ['SYSTEM'] });
    }
  });

  it('releases stock only while the goods are in the store and consumes it exactly at hand-over', () => {
    for (const t of TRANSITIONS) {
      if (t.stock === 'RELEASE') for (const from of t.from) expect(goodsStillInStore(from)).toBe(true);
      if (t.stock === 'CONSUME') expect([E.HAND_OVER, E.DISPATCH, E.COUNTER_SALE]).toContain(t.event);
      // A refund after hand-over must not put goods back on sale.
      if (t.event === E.REFUND && t.from.some((s) => !goodsStillInStore(s))) expect(t.stock).toBeUndefined();
    }
  });

  it('has one row per (event, state, flow)', () => {
    const seen = new Set<string>();
    for (const t of TRANSITIONS)
      for (const from of t.from)
        for (const flow of t.flows) {
          const key = `${t.event}/${from}/${flow}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
  });
});
