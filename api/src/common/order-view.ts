// The one shape of an order as it is read (every column of customer_order), and the named projections of it that
// code needing less takes. A step locks the order, changes it and hands this shape on, to its listeners and to its
// caller's answer, so nobody reads the order again after a step.
import type { Flow, OrderState } from './order-state';

export interface OrderView {
  id: string;
  checkoutId: string;
  shopperId: string;
  storeId: string;
  fulfilment: Flow;
  state: OrderState;
  goodsFen: number;
  deliveryFeeFen: number;
  /** Promotions taken off the goods and the delivery fee (every line's and 运费券's adjustments). */
  discountFen: number;
  /** The money value of the points that paid part of it. */
  pointsFen: number;
  /** The money paid: goods + delivery fee − discount − points. */
  totalFen: number;
  refundedFen: number;
  distanceM: number;
  contactName: string;
  contactPhone: string;
  address: string | null;
  deliveryLat: number | null;
  deliveryLng: number | null;
  scheduledAt: Date | null;
  remark: string | null;
  stock: 'HELD' | 'RELEASED' | 'CONSUMED';
  rejectedStoreIds: string[];
  paidAt: Date | null;
  acceptBy: Date | null;
  /** PICKUP orders once paid: until when the store holds the goods (the pickup code expires with it). */
  pickupDeadline: Date | null;
  handedOverAt: Date | null;
  /** Set at payment: the shopper's home store then, which gets the referring share (settlement). */
  referringStoreId: string | null;
  /** Set at payment: the split rule set in force then (settlement). */
  splitRuleSetId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The order's city cluster (docs/scale.md): every statement on it and its rows filters on it. */
  clusterId: string;
}

/** Whose order it is: who may see it (the shopper, the store's clerks). */
export type OrderParties = Pick<OrderView, 'shopperId' | 'storeId'>;

/** What decides the steps a person may take on the order now (Order.nextActions). */
export type OrderActionFacts = Pick<OrderView, 'state' | 'fulfilment' | 'totalFen' | 'refundedFen'>;

/** The money a refund is planned against: what was paid, what went back, the fee that goes back last. */
export type OrderMoney = Pick<OrderView, 'totalFen' | 'refundedFen' | 'deliveryFeeFen'>;

/** The shopper a counter sale is made out to when the customer shows no member code (migration 20261207d). */
export const WALK_IN_SHOPPER_ID = '00000000-0000-4000-8000-00000000c0de';
