// The order lifecycle as data: which event moves which state where, for which flow, by whom, with what effect.
import { OrderEvent, OrderState, type ActorKind, type Flow, type Transition } from '../../common/order-state';

// The vocabulary sits in common/ (listeners, jobs and the outbox speak it too); the order module's users import it from here.
export { OrderEvent, OrderState };
export type { ActorKind, Flow, NotifyTemplate, StockEffect, Transition } from '../../common/order-state';

const BOTH: Flow[] = ['DELIVERY', 'PICKUP'];
const S = OrderState;
const E = OrderEvent;
/** Goods are still in the store: refunding puts them back on sale. */
const BEFORE_HAND_OVER = [S.PAID, S.AWAITING_GROUP, S.ACCEPTED, S.READY_FOR_PICKUP];
const AFTER_HAND_OVER = [S.DISPATCHED, S.PICKED_UP, S.DELIVERED, S.COMPLETED];

export const TRANSITIONS: readonly Transition[] = [
  { event: E.PAY, from: [S.PENDING_PAYMENT], to: S.PAID, flows: BOTH, by: ['SYSTEM'] },
  // The one way out of CANCELLED: a flash checkout paid after the payment timeout cancelled it, once its stock, quota
  // and buyers' counters were taken again in the payment's transaction (order/late-flash-payment.ts).
  { event: E.PAY, from: [S.CANCELLED], to: S.PAID, flows: BOTH, by: ['SYSTEM'] },
  // 拼团: paid, but the store sees the order only when its group forms (or never, when it fails and is refunded).
  { event: E.PAY_INTO_GROUP, from: [S.PENDING_PAYMENT], to: S.AWAITING_GROUP, flows: ['PICKUP'], by: ['SYSTEM'] },
  { event: E.GROUP_FORMED, from: [S.AWAITING_GROUP], to: S.PAID, flows: ['PICKUP'], by: ['SYSTEM'] },
  // A group that did not form: only its deadline job refunds (a member cannot leave a group others paid into).
  {
    event: E.REFUND,
    from: [S.AWAITING_GROUP],
    to: S.REFUNDED,
    flows: ['PICKUP'],
    by: ['SYSTEM'],
    stock: 'RELEASE',
    notify: 'ORDER_REFUNDED',
  },
  // Unpaid: the shopper gives up, or the payment timeout fires. No money moved, so nothing to refund.
  { event: E.CANCEL, from: [S.PENDING_PAYMENT], to: S.CANCELLED, flows: BOTH, by: ['SHOPPER', 'SYSTEM', 'HQ'], stock: 'RELEASE' },
  { event: E.ACCEPT, from: [S.PAID], to: S.ACCEPTED, flows: BOTH, by: ['CLERK', 'HQ'] },
  // A clerk's rejection or the accept timeout; the service falls back to REFUND when no store is left.
  { event: E.REROUTE, from: [S.PAID], to: S.PAID, flows: BOTH, by: ['CLERK', 'HQ', 'SYSTEM'] },
  { event: E.MARK_READY, from: [S.ACCEPTED], to: S.READY_FOR_PICKUP, flows: ['PICKUP'], by: ['CLERK', 'HQ'], notify: 'ORDER_READY' },
  // Only against the shopper's pickup code or QR (verifyPickup): one code, one hand-over.
  {
    event: E.HAND_OVER,
    from: [S.READY_FOR_PICKUP],
    to: S.PICKED_UP,
    flows: ['PICKUP'],
    by: ['CLERK', 'HQ'],
    stock: 'CONSUME',
    proof: 'PICKUP_CODE',
  },
  {
    event: E.DISPATCH,
    from: [S.ACCEPTED],
    to: S.DISPATCHED,
    flows: ['DELIVERY'],
    by: ['CLERK', 'HQ'],
    stock: 'CONSUME',
    notify: 'OUT_FOR_DELIVERY',
  },
  // The counter sale (收银): the clerk took the money (cash, card or the shopper's payment code) for goods on the
  // counter, so payment and hand-over are one step; only the counter-sale path, which took that payment, may take it.
  {
    event: E.COUNTER_SALE,
    from: [S.PENDING_PAYMENT],
    to: S.PICKED_UP,
    flows: ['PICKUP'],
    by: ['CLERK'],
    stock: 'CONSUME',
    proof: 'COUNTER_PAYMENT',
  },
  { event: E.DELIVER, from: [S.DISPATCHED], to: S.DELIVERED, flows: ['DELIVERY'], by: ['CLERK', 'HQ', 'SYSTEM'] },
  { event: E.COMPLETE, from: [S.DELIVERED], to: S.COMPLETED, flows: BOTH, by: ['SHOPPER', 'SYSTEM'] },
  // Handed over at the counter against the shopper's own code: that was the receipt, so there is nothing left for
  // the shopper to confirm; the auto-complete sweep closes it.
  { event: E.COMPLETE, from: [S.PICKED_UP], to: S.COMPLETED, flows: BOTH, by: ['SYSTEM'] },
  // A shopper may take back a paid order only until the store accepts it; after that the store or HQ decides.
  {
    event: E.REFUND,
    from: [S.PAID],
    to: S.REFUNDED,
    flows: BOTH,
    by: ['SHOPPER', 'CLERK', 'HQ', 'SYSTEM'],
    stock: 'RELEASE',
    notify: 'ORDER_REFUNDED',
  },
  {
    event: E.REFUND,
    from: [S.ACCEPTED, S.READY_FOR_PICKUP],
    to: S.REFUNDED,
    flows: BOTH,
    by: ['CLERK', 'HQ', 'SYSTEM'],
    stock: 'RELEASE',
    notify: 'ORDER_REFUNDED',
  },
  { event: E.REFUND, from: AFTER_HAND_OVER, to: S.REFUNDED, flows: BOTH, by: ['CLERK', 'HQ'], notify: 'ORDER_REFUNDED' },
];

export type TransitionCheck =
  { ok: true; transition: Transition } | { ok: false; reason: 'NOT_FROM_STATE' | 'NOT_FOR_FLOW' | 'NOT_BY_ACTOR'; message: string };

/** Finds the row that allows this event now, or says which part of the table forbids it. */
export function checkTransition(state: OrderState, event: OrderEvent, flow: Flow, actor: ActorKind): TransitionCheck {
  const rows = TRANSITIONS.filter((t) => t.event === event && t.from.includes(state));
  if (rows.length === 0) return { ok: false, reason: 'NOT_FROM_STATE', message: `An order in state ${state} cannot ${verb(event)}` };
  const forFlow = rows.filter((t) => t.flows.includes(flow));
  if (forFlow.length === 0) return { ok: false, reason: 'NOT_FOR_FLOW', message: `A ${flow.toLowerCase()} order cannot ${verb(event)}` };
  const allowed = forFlow.find((t) => t.by.includes(actor));
  if (!allowed)
    return {
      ok: false,
      reason: 'NOT_BY_ACTOR',
      message: `Only ${forFlow[0]!.by.join(' or ')} may ${verb(event)} an order in state ${state}`,
    };
  return { ok: true, transition: allowed };
}

/** Every event the table lets this actor take on an order in this state and flow now, in table order. */
export function allowedEvents(state: OrderState, flow: Flow, actor: ActorKind): OrderEvent[] {
  const events = TRANSITIONS.filter((t) => t.from.includes(state) && t.flows.includes(flow) && t.by.includes(actor)).map((t) => t.event);
  return [...new Set(events)];
}

/** Whether the goods are still in the store, so a refund returns them to sale. */
export function goodsStillInStore(state: OrderState): boolean {
  return BEFORE_HAND_OVER.includes(state) || state === S.PENDING_PAYMENT;
}

/** States an order no longer leaves (except REFUNDED after COMPLETED, which the table allows). */
export const FINAL_STATES: readonly OrderState[] = [S.CANCELLED, S.REFUNDED];

function verb(event: OrderEvent): string {
  return event.toLowerCase().replace('_', ' ');
}
