// The contract between an order step and the modules that react to it inside its transaction (pickup codes, the
// ledger, points, shipping info, pickup slots, shopper events): what a step did and the listener's one method.
// It sits below every module so that a listener in a module below order (slots) needs nothing from order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effects } from './effects';
import type { ActorKind, OrderState, Transition } from './order-state';

/**
 * The one shape of an order read from the database: every column, as a step locked and left it. Listeners read the
 * order here, never again from the database; order's answers to the API are this row (as a CustomerOrder).
 */
export interface LockedOrder {
  id: string;
  checkoutId: string;
  shopperId: string;
  storeId: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  state: OrderState;
  goodsFen: number;
  deliveryFeeFen: number;
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
  createdAt: Date;
  updatedAt: Date;
}

export interface StepActor {
  kind: ActorKind;
  /** Recorded in the log: `staff:alice`, `shopper:<id>`, `system:payment-timeout`. */
  name: string;
}

/** What a step did, as other modules (pickup codes, the ledger) see it. */
export interface StepRecord {
  /** The order after the step (its new state and store). */
  order: LockedOrder;
  from: OrderState;
  transition: Transition;
  actor: StepActor;
  at: Date;
  /** REFUND only, whole or partial (a partial refund leaves the state as it was): the refund row written. */
  refund?: { id: string; amountFen: number; whole: boolean };
  /** REROUTE only: the store the order left (`order.storeId` is the one it went to). */
  movedFrom?: string;
}

/**
 * Another module's reaction to an order step, run inside the step's transaction after it is applied (so a
 * failure rolls the step back). Work outside the database goes to `effects`, released after commit.
 */
export interface StepListener {
  afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void>;
}
