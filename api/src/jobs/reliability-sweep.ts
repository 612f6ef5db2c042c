// Finds and finishes what a lost or exhausted job left behind (every few minutes, repeatable): unpaid checkouts
// past their window, refunds still processing, splits and returns not finished, shipping info never uploaded.
// Each is handed to its job's own processor, which re-checks state, so a sweep racing the job does nothing twice.
import { purgeSentOutbox } from '../common/outbox.repository';
import { leftBehind, type LeftBehindKind } from '../modules/reliability/sweep.repository';
import { jobTurn } from './job-gate';
import type { JobContext } from './job-context';
import { paymentTimeout } from './payment-timeout';
import { profitSharingPoll, profitSharingRequest, profitSharingReturn } from './profit-sharing';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { refundSubmit } from './refund-submit';
import { uploadShippingInfo } from './upload-shipping-info';

/** Of each kind per run: a large backlog is worked off over several runs. */
export const SWEEP_BATCH = 100;
/** How long the job itself gets before the sweep steps in. */
const GRACE_MS = { unpaid: 2 * 60_000, refund: 10 * 60_000, shipping: 10 * 60_000 };
const KEEP_SENT_OUTBOX_MS = 7 * 24 * 3600_000;

const RUN: Record<LeftBehindKind, (id: string, ctx: JobContext) => Promise<string>> = {
  'payment-timeout': (checkoutId, ctx) => paymentTimeout({ checkoutId }, ctx),
  'refund-submit': (refundId, ctx) => refundSubmit({ refundId }, ctx),
  'profit-sharing-request': (orderId, ctx) => profitSharingRequest({ orderId }, ctx),
  'profit-sharing-poll': (orderId, ctx) => profitSharingPoll({ orderId }, ctx),
  'profit-sharing-return': (returnId, ctx) => profitSharingReturn({ returnId }, ctx),
  'upload-shipping-info': (orderId, ctx) => uploadShippingInfo({ orderId }, ctx),
};

export async function reliabilitySweep(_payload: JobPayloads['reliability-sweep'], ctx: JobContext): Promise<string> {
  const now = ctx.clock.now().getTime();
  const pollGrace = Math.max(10 * 60_000, 3 * ctx.config.profitSharingPollMs);
  const due = await leftBehind(
    ctx.em,
    { unpaid: new Date(now - GRACE_MS.unpaid), refund: new Date(now - GRACE_MS.refund), split: new Date(now - pollGrace), shipping: new Date(now - GRACE_MS.shipping) },
    SWEEP_BATCH,
  );
  const outcomes: Record<string, number> = {};
  for (const item of due) {
    await jobTurn(ctx.em); // one at a time, after waiting requests
    let outcome: string;
    try {
      outcome = await RUN[item.kind](item.id, ctx);
    } catch (err) {
      // Still processing (NotDueYet) or still failing: the next run looks again.
      outcome = err instanceof NotDueYet ? 'not finished yet' : 'failed';
      if (!(err instanceof NotDueYet)) console.error(`[sweep] ${item.kind} ${item.id}:`, (err as Error).message);
    }
    const key = `${item.kind}: ${outcome}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  const purged = await purgeSentOutbox(ctx.em, new Date(now - KEEP_SENT_OUTBOX_MS), 10_000);
  return JSON.stringify({ ...outcomes, purgedOutboxRows: purged });
}
