// The job names, their payloads (ids only) and the one typed way to enqueue them with deterministic job ids.
import type { Job, JobOptions, Queue } from 'bull';
import type { NotifyTemplate } from './order-state';

export interface JobPayloads {
  /** Cancel an unpaid checkout and release its stock once its payment window has passed. */
  'payment-timeout': { checkoutId: string };
  /** Close a cancelled checkout's WeChat trade so it can no longer be paid (refund it if it was paid meanwhile). */
  'payment-close': { checkoutId: string };
  /** Every few minutes (repeatable), or on demand: ask WeChat about recently cancelled checkouts, refund paid ones. */
  'payment-reconcile-sweep': { requestedAt?: string };
  /** Move a paid order that its store has not accepted in time to the next store. */
  'accept-timeout': { orderId: string; storeId: string };
  /** Apply the uncollected-pickup policy at the pickup deadline. */
  'pickup-deadline': { orderId: string };
  /** Close a handed-over order when the shopper has not confirmed it. */
  'auto-complete': { orderId: string };
  /** Every few minutes (repeatable), or on demand: `requestedAt` makes an on-demand run its own job. */
  'auto-complete-sweep': { requestedAt?: string };
  /** Every few minutes (repeatable), or on demand: finishes what lost or exhausted jobs left behind. */
  'reliability-sweep': { requestedAt?: string };
  /** Ask the payment provider for a refund that is recorded but not yet confirmed. */
  'refund-submit': { refundId: string };
  /** Ask the payment provider for a 付费会员 refund HQ recorded, until it answers (same out_refund_no each time). */
  'membership-refund-submit': { purchaseId: string };
  /** Tell the shopper about their order. */
  'notify-shopper': { orderId: string; template: NotifyTemplate };
  /** Ask the payment service to split a handed-over order's money to its stores (WeChat profit sharing). */
  'profit-sharing-request': { orderId: string };
  /** Ask how that split went until it has finished. */
  'profit-sharing-poll': { orderId: string };
  /** Pull a store's share back after a refund of a split order. */
  'profit-sharing-return': { returnId: string };
  /** Daily in the chain's time zone (repeatable), or on demand: member levels' monthly and birthday coupons. */
  'member-benefits': { requestedAt?: string };
  /** Tell WeChat the goods of a paid order have left (pickup or same-city delivery), which unfreezes its money. */
  'upload-shipping-info': { orderId: string };
  /** Give a paid checkout's shopper the after-purchase gift coupons it earned (once per checkout and template). */
  'coupon-gift': { checkoutId: string };
  /** Give an HQ batch's coupons to its segment, resuming where it stopped. */
  'coupon-batch': { batchId: string };
  /** 拼团: at a group's deadline, form it (到期自动成团) or fail it and refund each paid order once. */
  'group-deadline': { groupId: string };
  /** Every 15 minutes (repeatable), or on demand: remind shoppers who asked for it of coupons lapsing within a day. */
  'coupon-expiry-notice': { requestedAt?: string };
}

export type JobName = keyof JobPayloads;

/** A job to enqueue: its name, payload and, for a later one, when it is due. */
export type QueuedJob = { [N in JobName]: { name: N; payload: JobPayloads[N]; runAt?: Date } }[JobName];

export const JOB_NAMES: readonly JobName[] = [
  'payment-timeout',
  'payment-close',
  'payment-reconcile-sweep',
  'accept-timeout',
  'pickup-deadline',
  'auto-complete',
  'auto-complete-sweep',
  'reliability-sweep',
  'refund-submit',
  'membership-refund-submit',
  'notify-shopper',
  'upload-shipping-info',
  'profit-sharing-request',
  'profit-sharing-poll',
  'profit-sharing-return',
  'coupon-gift',
  'coupon-batch',
  'coupon-expiry-notice',
  'member-benefits',
  'group-deadline',
];

/** Same work, same id: bull ignores an add whose id already exists, so enqueueing twice schedules once. */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  const p = payload as Record<string, string>;
  switch (name) {
    case 'payment-timeout':
    case 'payment-close':
    case 'coupon-gift':
      return `${name}:${p.checkoutId}`;
    case 'coupon-batch':
      return `${name}:${p.batchId}`;
    case 'group-deadline':
      return `${name}:${p.groupId}`;
    case 'payment-reconcile-sweep':
      return `${name}:${p.requestedAt ?? 'scheduled'}`;
    case 'accept-timeout':
      return `${name}:${p.orderId}:${p.storeId}`;
    case 'refund-submit':
      return `${name}:${p.refundId}`;
    case 'membership-refund-submit':
      return `${name}:${p.purchaseId}`;
    case 'profit-sharing-return':
      return `${name}:${p.returnId}`;
    case 'notify-shopper':
      return `${name}:${p.orderId}:${p.template}`;
    case 'auto-complete-sweep':
    case 'reliability-sweep':
    case 'member-benefits':
    case 'coupon-expiry-notice':
      return `${name}:${p.requestedAt ?? 'scheduled'}`;
    default:
      return `${name}:${p.orderId}`;
  }
}

/** Thrown by a processor that ran before its time (clock skew, a promoted job): bull retries it when due. */
export class NotDueYet extends Error {
  constructor(readonly delayMs: number) {
    super(`not due for another ${delayMs} ms`);
  }
}

export const BACKOFF_UNTIL_DUE = 'until-due';

/** bull settings: NotDueYet waits exactly until due; other failures back off exponentially. */
export const queueSettings = {
  backoffStrategies: {
    [BACKOFF_UNTIL_DUE]: (attemptsMade: number, err: Error) =>
      err instanceof NotDueYet ? Math.max(err.delayMs, 50) : Math.min(1000 * 2 ** attemptsMade, 5 * 60_000),
  },
};

export class Jobs {
  constructor(
    readonly queue: Queue,
    private readonly now: () => Date,
  ) {}

  /** Enqueues the job to run at `runAt` (or now); safe to call again for the same work. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], runAt?: Date): Promise<void> {
    await this.queue.add(name, payload, this.options(name, payload, runAt));
  }

  /** Enqueues the job to run `delayMs` from now (the outbox relay: the delay left since its commit). */
  async enqueueIn<N extends JobName>(name: N, payload: JobPayloads[N], delayMs: number): Promise<void> {
    await this.queue.add(name, payload, { ...this.options(name, payload), delay: Math.max(0, Math.round(delayMs)) });
  }

  /**
   * Several jobs at once, each safe to enqueue again as with enqueue. They go as separate adds: bull's addBulk
   * (one MULTI) builds an ioredis pipeline carrying every bull script as a method, which cost more than the round
   * trip it saved and lived long enough to be promoted to the old generation (more full collections).
   */
  async enqueueAll(jobs: readonly QueuedJob[]): Promise<void> {
    await Promise.all(jobs.map((j) => this.enqueue(j.name, j.payload, j.runAt)));
  }

  private options<N extends JobName>(name: N, payload: JobPayloads[N], runAt?: Date): JobOptions {
    return {
      jobId: jobIdFor(name, payload),
      delay: runAt ? Math.max(0, runAt.getTime() - this.now().getTime()) : 0,
      attempts: 12,
      backoff: { type: BACKOFF_UNTIL_DUE },
      // A job polling for days (NotDueYet does not use attempts up) must not grow a stack per poll.
      stackTraceLimit: 3,
      removeOnComplete: 1000,
      removeOnFail: 5000,
    };
  }

  async find<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<Job | null> {
    return this.queue.getJob(jobIdFor(name, payload));
  }
}
