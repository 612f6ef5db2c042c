// The contract between an order step and the modules that react to it inside its transaction (pickup codes, the
// ledger, points, shipping info, pickup slots, shopper events): what a step did and the listener's one method.
// It sits below every module so that a listener in a module below order (slots) needs nothing from order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effects } from './effects';
import type { ActorKind, OrderState, Transition } from './order-state';
import type { OrderView } from './order-view';
import type { SqlRider } from './sql';

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
  /** What a listener's prefetch gave for this step (perhaps carried already), by listener. */
  prefetched?: (listener: StepListener) => SqlRider<unknown> | undefined;
}

/** A step about to be applied: the order as it was, and the transition. */
export interface StepAhead {
  order: OrderView;
  transition: Transition;
}

/**
 * Another module's reaction to an order step, run inside the step's transaction after it is applied (so a
 * failure rolls the step back). Work outside the database goes to `effects`, released after commit.
 */
export interface StepListener {
  /**
   * A read afterStep will make that the step's own writes cannot change, asked for before the step is applied: it
   * rides with the step's statement (common/sql-rider.ts), a round trip fewer. afterStep finds it in `prefetched`.
   */
  prefetch?(step: StepAhead): SqlRider<unknown> | undefined;
  afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void>;
}
