// What a step causes outside the database once it has committed: store events, shopper notifications, refunds to
// submit and other jobs that must see the committed step. They travel through the outbox (jobs/outbox.ts relays it).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import { ownsTransaction, transaction } from './sql';
import { writeOutbox, type DeferredWrite, type OutboxItem } from './outbox.repository';
import type { JobName, JobPayloads, QueuedJob } from './queues';
import type { NotifyTemplate, OrderState } from './order-state';

export enum StoreOrderEventKind {
  /** A paid order arrived at the store (first routing). */
  NEW = 'NEW',
  /** Another store rejected or timed out; the order is now this store's. */
  REROUTED_IN = 'REROUTED_IN',
  /** The order left this store for another. */
  REROUTED_OUT = 'REROUTED_OUT',
  /** Cancelled or refunded: stop working on it. */
  CANCELLED = 'CANCELLED',
  /** Any other step (accepted, ready, handed over, ...). */
  UPDATED = 'UPDATED',
  /** The shopper asked for an after-sales refund (storeAfterSales); the store approves or declines it. */
  AFTER_SALE_REQUESTED = 'AFTER_SALE_REQUESTED',
}

export interface StoreOrderEventPayload {
  kind: StoreOrderEventKind;
  orderId: string;
  storeId: string;
  state: OrderState;
  at: string;
}

/** What a shopper's own subscription (myOrderEvents) is told: see shopper-events.ts. */
export interface ShopperOrderEventPayload {
  kind: string;
  orderId: string;
  state: OrderState;
  at: string;
  afterSaleId?: string;
}

export interface StoreEventPublisher {
  publish(storeId: string, event: StoreOrderEventPayload): void;
  /** The same fan-out, to the order's shopper. */
  publishShopper(shopperId: string, event: ShopperOrderEventPayload): void;
}

/**
 * Collected inside a transaction and written to the outbox before it commits (`save`), so the work cannot be lost
 * between COMMIT and Redis: the outbox relay sends it once committed (`release` tells it to start now).
 */
export class Effects {
  private events: StoreOrderEventPayload[] = [];
  private shopperEvents: { shopperId: string; event: ShopperOrderEventPayload }[] = [];
  private notifications: { orderId: string; template: NotifyTemplate }[] = [];
  private refunds: string[] = [];
  private jobs: QueuedJob[] = [];
  private writes: DeferredWrite[] = [];
  /** Ids of the rows written by save(): release() kicks the relay with them, only when there are some. */
  private saved: string[] = [];

  storeEvent(kind: StoreOrderEventKind, orderId: string, storeId: string, state: OrderState, at: Date): void {
    this.events.push({ kind, orderId, storeId, state, at: at.toISOString() });
  }

  shopperEvent(shopperId: string, event: ShopperOrderEventPayload): void {
    this.shopperEvents.push({ shopperId, event });
  }

  notify(orderId: string, template: NotifyTemplate): void {
    this.notifications.push({ orderId, template });
  }

  /** Drops a notification this transaction queued (a step taken on the way to another, e.g. ready at hand-over). */
  forgetNotification(orderId: string, template: NotifyTemplate): void {
    this.notifications = this.notifications.filter((n) => n.orderId !== orderId || n.template !== template);
  }

  /** A job that must see this transaction's writes (and, with `runAt`, runs then): queued only if it commits. */
  job<N extends JobName>(name: N, payload: JobPayloads[N], runAt?: Date): void {
    this.jobs.push({ name, payload, runAt } as QueuedJob);
  }

  /**
   * A write whose answer nobody in this transaction reads (and nothing later in it reads what it wrote): sent in
   * save()'s statement with the outbox rows, so it costs no round trip of its own. Rolled back with the rest.
   */
  write(w: DeferredWrite): void {
    this.writes.push(w);
  }

  /** A refund to send to the provider; queued only once the refund row is committed, or the job could miss it. */
  submitRefund(refundId: string): void {
    this.refunds.push(refundId);
  }

  /** What was collected, as outbox rows: events first (in order), then jobs. */
  items(now: Date): OutboxItem[] {
    const queued: QueuedJob[] = [
      ...this.refunds.map((refundId): QueuedJob => ({ name: 'refund-submit', payload: { refundId } })),
      ...this.jobs,
      ...this.notifications.map((n): QueuedJob => ({ name: 'notify-shopper', payload: n })),
    ];
    return [
      ...this.events.map((e): OutboxItem => ({ kind: 'EVENT', name: storeEventChannel(e.storeId), payload: e })),
      ...this.shopperEvents.map((e): OutboxItem => ({ kind: 'EVENT', name: shopperEventChannel(e.shopperId), payload: e.event })),
      ...queued.map((j): OutboxItem => ({
        kind: 'JOB',
        name: j.name,
        payload: j.payload,
        runAt: j.runAt ?? null,
        delayMs: j.runAt ? j.runAt.getTime() - now.getTime() : null,
      })),
    ];
  }

  /**
   * Writes the collected work to the outbox in `tx`, the transaction that caused it (call it last in the work),
   * with the deferred writes in the same statement; `now` by the caller's clock. With `commit` (the work owns the
   * transaction and this is its end) the COMMIT goes out with that statement.
   */
  async save(tx: EntityManager, now: Date, commit = false): Promise<void> {
    const items = this.items(now);
    const writes = this.writes;
    this.events = [];
    this.shopperEvents = [];
    this.notifications = [];
    this.refunds = [];
    this.jobs = [];
    this.writes = [];
    this.saved.push(...(await writeOutbox(tx, items, writes, commit)));
  }

  /**
   * After COMMIT: the relay sends the rows now rather than at its next look (it never waits for Redis here), and
   * claims them by id rather than looking for them.
   */
  release(outbox: { kick(ids?: readonly string[]): void } | undefined): void {
    if (this.saved.length > 0) outbox?.kick(this.saved);
  }
}

/** The pub/sub channel of a store's events: what `pubSub.subscribe(STORE_ORDERS_TOPIC, storeId)` listens on. */
export function storeEventChannel(storeId: string): string {
  return `STORE_ORDERS:${storeId}`;
}

/** The pub/sub channel of a shopper's own events: what `pubSub.subscribe(SHOPPER_ORDERS_TOPIC, shopperId)` listens on. */
export function shopperEventChannel(shopperId: string): string {
  return `SHOPPER_ORDERS:${shopperId}`;
}

/**
 * Runs `work` in one transaction with a fresh Effects (a transaction retried after a deadlock starts clean), saves
 * them in it before COMMIT, and kicks the relay after.
 */
export async function transactionWithEffects<T>(
  em: EntityManager,
  deps: { outbox?: { kick(ids?: readonly string[]): void }; clock: Clock },
  work: (tx: EntityManager, effects: Effects) => Promise<T>,
): Promise<T> {
  let last: Effects | undefined;
  const result = await transaction(em, async (tx) => {
    const effects = (last = new Effects());
    const value = await work(tx, effects);
    // The outbox statement is the transaction's last: its COMMIT rides with it, unless an outer transaction's work
    // called this one (the outer ends it).
    await effects.save(tx, deps.clock.now(), ownsTransaction(tx));
    return value;
  });
  last?.release(deps.outbox);
  return result;
}
