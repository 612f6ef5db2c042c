// Finds every deadline passed and every piece of work left behind from the rows in PostgreSQL, whatever Redis still
// holds (a job lost in Redis, or all of them after a wipe): unpaid checkouts past their window, paid orders past their
// accept deadline, pickup orders past theirs, cancelled checkouts whose trade was never closed, refunds still
// processing, splits and returns not finished, shipping info never uploaded. Each is handed to its job's own
// processor, which re-checks state, so a sweep racing the job does nothing twice. Batches run until nothing is left
// (a backlog is never capped), each item after requests waiting for the database have had their turn.
import { purgeSentOutbox } from '../common/outbox.repository';
import { claimDue, leftBehind, type DeadlineKind, type LeftBehindKind } from '../modules/reliability/sweep.repository';
import { jobTurn } from './job-gate';
import type { JobContext } from './job-context';
import { acceptTimeout } from './accept-timeout';
import { paymentClose } from './payment-close';
import { paymentTimeout } from './payment-timeout';
import { pickupDeadline } from './pickup-deadline';
import { profitSharingPoll, profitSharingRequest, profitSharingReturn } from './profit-sharing';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { refundSubmit } from './refund-submit';
import { membershipRefundSubmit } from './membership-refund-submit';
import { uploadShippingInfo } from './upload-shipping-info';

/** Rows per batch; batches follow each other until a kind has nothing left. */
export const SWEEP_BATCH = 100;
/** A claimed deadline row is the sweeper's this long (the job's processor takes its own locks meanwhile). */
const LEASE_SEC = 120;
/** How long work without a deadline gets before the sweep steps in. */
const GRACE_MS = { refund: 10 * 60_000, shipping: 10 * 60_000, close: 10 * 60_000 };
const KEEP_SENT_OUTBOX_MS = 7 * 24 * 3600_000;

type Item = { id: string; storeId?: string };

const DEADLINES: Record<DeadlineKind, (item: Item, ctx: JobContext) => Promise<string>> = {
  'payment-timeout': ({ id }, ctx) => paymentTimeout({ checkoutId: id }, ctx),
  'accept-timeout': ({ id, storeId }, ctx) => acceptTimeout({ orderId: id, storeId: storeId! }, ctx),
  'pickup-deadline': ({ id }, ctx) => pickupDeadline({ orderId: id }, ctx),
};

const LEFT: Record<LeftBehindKind, (id: string, ctx: JobContext) => Promise<string>> = {
  'payment-close': (checkoutId, ctx) => paymentClose({ checkoutId }, ctx),
  'refund-submit': (refundId, ctx) => refundSubmit({ refundId }, ctx),
  'membership-refund-submit': (purchaseId, ctx) => membershipRefundSubmit({ purchaseId }, ctx),
  'profit-sharing-request': (orderId, ctx) => profitSharingRequest({ orderId }, ctx),
  'profit-sharing-poll': (orderId, ctx) => profitSharingPoll({ orderId }, ctx),
  'profit-sharing-return': (returnId, ctx) => profitSharingReturn({ returnId }, ctx),
  'upload-shipping-info': (orderId, ctx) => uploadShippingInfo({ orderId }, ctx),
};

export async function reliabilitySweep(_payload: JobPayloads['reliability-sweep'], ctx: JobContext): Promise<string> {
  const now = ctx.clock.now().getTime();
  const outcomes: Record<string, number> = {};
  const run = async (kind: string, work: () => Promise<string>) => {
    await jobTurn(ctx.em); // one at a time, after waiting requests
    let outcome: string;
    try {
      outcome = await work();
    } catch (err) {
      // Still processing (NotDueYet) or still failing: the next run looks again.
      outcome = err instanceof NotDueYet ? 'not finished yet' : 'failed';
      if (!(err instanceof NotDueYet)) console.error(`[sweep] ${kind}:`, (err as Error).message);
    }
    const key = `${kind}: ${outcome}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  };

  const kinds = Object.keys(DEADLINES) as DeadlineKind[];
  for (const kind of kinds) {
    // KEEP leaves uncollected orders to the store: nothing is due at their deadline.
    if (kind === 'pickup-deadline' && ctx.config.pickupExpiryPolicy === 'KEEP') continue;
    // The grace leaves a deadline to its own job first. A payment timeout has no job (checkout writes none, to keep
    // the outbox and Redis off the checkout path): this sweep is what cancels it, as soon as it is due.
    const before = new Date(kind === 'payment-timeout' ? now : now - ctx.config.deadlineGraceMs);
    for (;;) {
      const batch = await claimDue(ctx.em, kind, before, SWEEP_BATCH, LEASE_SEC);
      for (const item of batch) await run(kind, () => DEADLINES[kind](item, ctx));
      if (batch.length < SWEEP_BATCH) break;
    }
  }

  const pollGrace = Math.max(10 * 60_000, 3 * ctx.config.profitSharingPollMs);
  const before: Record<LeftBehindKind, Date> = {
    'payment-close': new Date(now - GRACE_MS.close),
    'refund-submit': new Date(now - GRACE_MS.refund),
    'membership-refund-submit': new Date(now - GRACE_MS.refund),
    'profit-sharing-request': new Date(now - pollGrace),
    'profit-sharing-poll': new Date(now - pollGrace),
    'profit-sharing-return': new Date(now - pollGrace),
    'upload-shipping-info': new Date(now - GRACE_MS.shipping),
  };
  for (const kind of Object.keys(LEFT) as LeftBehindKind[]) {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const batch = await leftBehind(ctx.em, kind, before[kind], after, SWEEP_BATCH);
      for (const item of batch) await run(kind, () => LEFT[kind](item.id, ctx));
      if (batch.length < SWEEP_BATCH) break;
      after = batch.at(-1)!.next;
    }
  }
  const purged = await purgeSentOutbox(ctx.em, new Date(now - KEEP_SENT_OUTBOX_MS), 10_000);
  return JSON.stringify({ ...outcomes, purgedOutboxRows: purged });
}
