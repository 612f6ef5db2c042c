// What the signed-in person may do with an order now, read off the transitions table (order-states.ts): the apps
// render these as buttons and keep no copy of the rules.
import type { OrderActionFacts } from '../../common/order-view';
import { allowedEvents, OrderEvent, OrderState, type ActorKind } from './order-states';

export enum OrderAction {
  ACCEPT = 'ACCEPT',
  /** Turn the order down: it moves to another store, or is refunded (rejectOrder). */
  REJECT = 'REJECT',
  MARK_READY = 'MARK_READY',
  /** Hand a pickup order over against the shopper's code or QR (verifyPickup); a ready order or an accepted one. */
  VERIFY = 'VERIFY',
  DISPATCH = 'DISPATCH',
  DELIVER = 'DELIVER',
  /** Refund some lines or the rest of the order (refundOrder). */
  REFUND = 'REFUND',
  /** The shopper takes the order back: unpaid it is cancelled, paid it is refunded (cancelOrder). */
  CANCEL = 'CANCEL',
  /** The shopper says the delivery arrived (confirmReceipt). */
  CONFIRM_RECEIPT = 'CONFIRM_RECEIPT',
}

/** The mutation each table event is taken through, for the people who have one. */
const STAFF_ACTION: Partial<Record<OrderEvent, OrderAction>> = {
  [OrderEvent.ACCEPT]: OrderAction.ACCEPT,
  [OrderEvent.REROUTE]: OrderAction.REJECT,
  [OrderEvent.MARK_READY]: OrderAction.MARK_READY,
  [OrderEvent.HAND_OVER]: OrderAction.VERIFY,
  [OrderEvent.DISPATCH]: OrderAction.DISPATCH,
  [OrderEvent.DELIVER]: OrderAction.DELIVER,
  [OrderEvent.REFUND]: OrderAction.REFUND,
};
const SHOPPER_ACTION: Partial<Record<OrderEvent, OrderAction>> = {
  [OrderEvent.CANCEL]: OrderAction.CANCEL,
  [OrderEvent.REFUND]: OrderAction.CANCEL,
  [OrderEvent.COMPLETE]: OrderAction.CONFIRM_RECEIPT,
};

export function nextActions(order: OrderActionFacts, actor: ActorKind): OrderAction[] {
  const names = actor === 'SHOPPER' ? SHOPPER_ACTION : actor === 'CLERK' || actor === 'HQ' ? STAFF_ACTION : {};
  const events = allowedEvents(order.state, order.fulfilment, actor);
  // The counter's hand-over marks an accepted order ready on the way (OrderSteps.handOverWithProof).
  const readyNext = events.includes(OrderEvent.MARK_READY) ? allowedEvents(OrderState.READY_FOR_PICKUP, order.fulfilment, actor) : [];
  if (readyNext.includes(OrderEvent.HAND_OVER)) events.push(OrderEvent.HAND_OVER);
  const actions = new Set<OrderAction>();
  for (const event of events) {
    // planRefund: a refund needs money left to give back.
    if (event === OrderEvent.REFUND && order.refundedFen >= order.totalFen) continue;
    const action = names[event];
    if (action) actions.add(action);
  }
  return [...actions];
}
