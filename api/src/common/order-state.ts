// The words every module uses of an order's life: its states, the events that move it, who may act, and the row
// type of the transitions table. The table itself, the order's rule, is in modules/order/order-states.ts.
export enum OrderState {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  /** 拼团: paid, waiting for the group to form; not the store's yet (no pickup code, not in its queue). */
  AWAITING_GROUP = 'AWAITING_GROUP',
  ACCEPTED = 'ACCEPTED',
  READY_FOR_PICKUP = 'READY_FOR_PICKUP',
  PICKED_UP = 'PICKED_UP',
  DISPATCHED = 'DISPATCHED',
  DELIVERED = 'DELIVERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}

export enum OrderEvent {
  PAY = 'PAY',
  CANCEL = 'CANCEL',
  ACCEPT = 'ACCEPT',
  /** The store turns a paid order down; the order moves to another store (state stays PAID). */
  REROUTE = 'REROUTE',
  MARK_READY = 'MARK_READY',
  HAND_OVER = 'HAND_OVER',
  DISPATCH = 'DISPATCH',
  DELIVER = 'DELIVER',
  COMPLETE = 'COMPLETE',
  REFUND = 'REFUND',
  /** A clerk rang the goods up at the counter and took the money there: paid and handed over in one step. */
  COUNTER_SALE = 'COUNTER_SALE',
  /** 拼团: a group member's payment arrived; the order waits for its group (AWAITING_GROUP). */
  PAY_INTO_GROUP = 'PAY_INTO_GROUP',
  /** 拼团: the group formed; its paid orders go to the store's queue as if paid just now. */
  GROUP_FORMED = 'GROUP_FORMED',
}

export type Flow = 'DELIVERY' | 'PICKUP';
export type ActorKind = 'SYSTEM' | 'SHOPPER' | 'CLERK' | 'HQ';

/** What happens to the order's reserved stock. */
export type StockEffect = 'RELEASE' | 'CONSUME';
export type NotifyTemplate = 'ORDER_READY' | 'OUT_FOR_DELIVERY' | 'ORDER_REFUNDED';
/** Every subscribe-message template a shopper can accept: the order's, and the coupon-expiry reminder (about a coupon). */
export type SubscribeTemplateName = NotifyTemplate | 'COUPON_EXPIRING';

export interface Transition {
  event: OrderEvent;
  from: readonly OrderState[];
  to: OrderState;
  flows: readonly Flow[];
  by: readonly ActorKind[];
  stock?: StockEffect;
  notify?: NotifyTemplate;
  /** What must be shown to take this step; only a path that checked it may take it (OrderSteps.handOverWithProof). */
  proof?: 'PICKUP_CODE' | 'COUNTER_PAYMENT';
}
