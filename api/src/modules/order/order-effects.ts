// What a step causes outside the database once it has committed: store events, shopper notifications, refunds to
// submit and other jobs that must see the committed step.
import type { JobName, JobPayloads, Jobs, QueuedJob } from '../../jobs/queues';
import type { NotifyTemplate, OrderState } from './order-states';

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

/** Collected inside a transaction, released only after it commits. */
export class Effects {
  private events: StoreOrderEventPayload[] = [];
  private shopperEvents: { shopperId: string; event: ShopperOrderEventPayload }[] = [];
  private notifications: { orderId: string; template: NotifyTemplate }[] = [];
  private refunds: string[] = [];
  private jobs: QueuedJob[] = [];

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

  /** A job that must see this transaction's writes: queued only after it commits. */
  job<N extends JobName>(name: N, payload: JobPayloads[N]): void {
    this.jobs.push({ name, payload } as QueuedJob);
  }

  /** A refund to send to the provider; queued only once the refund row is committed, or the job could miss it. */
  submitRefund(refundId: string): void {
    this.refunds.push(refundId);
  }

  async flush(publisher: StoreEventPublisher, jobs: Jobs): Promise<void> {
    for (const e of this.events) publisher.publish(e.storeId, e);
    for (const e of this.shopperEvents) publisher.publishShopper(e.shopperId, e.event);
    const queued: QueuedJob[] = [
      ...this.refunds.map((refundId): QueuedJob => ({ name: 'refund-submit', payload: { refundId } })),
      ...this.jobs,
      ...this.notifications.map((n): QueuedJob => ({ name: 'notify-shopper', payload: n })),
    ];
    this.events = [];
    this.shopperEvents = [];
    this.notifications = [];
    this.refunds = [];
    this.jobs = [];
    // Best effort after commit: a refund that is not queued stays PROCESSING (and is shown so);
    // a lost notification is a missed message, never a wrong order.
    await jobs.enqueueAll(queued).catch((err) => console.error('[jobs] could not enqueue after commit', queued, err));
  }
}
