// The contract between an order step and the modules that react to it inside its transaction (pickup codes, the
// ledger, points, shipping info, pickup slots, shopper events): what a step did and the listener's one method.
// It sits below every module so that a listener in a module below order (slots) needs nothing from order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effects } from './effects';
import type { ActorKind, OrderState, Transition } from './order-state';
import type { OrderView } from './order-view';

export interface StepActor {
  kind: ActorKind;
  /** Recorded in the log: `staff:alice`, `shopper:<id>`, `system:payment-timeout`. */
  name: string;
}

/** What a step did, as other modules (pickup codes, the ledger) see it. */
export interface StepRecord {
  /** The order as the step left it (its new state, store, money ...): listeners read it here, never again. */
  order: OrderView;
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
