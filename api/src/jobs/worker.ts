// Runs the job processors in this process, after checking that every job name has one, including the names
// of jobs already waiting in Redis (left there by another version of the app).
import type { Job, Queue } from 'bull';
import { recordFailedWork } from '../modules/reliability/failed-work.repository';
import { acceptTimeout } from './accept-timeout';
import { autoComplete, autoCompleteSweep } from './auto-complete';
import type { JobContext } from './job-context';
import { jobTurn } from './job-gate';
import { notifyShopper } from './notify-shopper';
import { paymentClose, paymentReconcileSweep } from './payment-close';
import { paymentTimeout } from './payment-timeout';
import { pickupDeadline } from './pickup-deadline';
import { JOB_NAMES, NotDueYet, type JobName, type JobPayloads } from '../common/queues';
import { refundSubmit } from './refund-submit';
import { membershipRefundSubmit } from './membership-refund-submit';
import { reliabilitySweep } from './reliability-sweep';
import { registerRepeats } from './deadline-sweeper';
import { profitSharingPoll, profitSharingRequest, profitSharingReturn } from './profit-sharing';
import { uploadShippingInfo } from './upload-shipping-info';
import { couponBatch, couponGift } from './coupons';
import { memberBenefits } from './member-benefits';
import { groupDeadline } from './group-deadline';
import { couponExpiryNotice } from './coupon-expiry';

type Processor<N extends JobName> = (payload: JobPayloads[N], ctx: JobContext) => Promise<string>;
export type Processors = { [N in JobName]: Processor<N> };

export const PROCESSORS: Processors = {
  'payment-timeout': paymentTimeout,
  'payment-close': paymentClose,
  'payment-reconcile-sweep': paymentReconcileSweep,
  'accept-timeout': acceptTimeout,
  'pickup-deadline': pickupDeadline,
  'auto-complete': autoComplete,
  'auto-complete-sweep': autoCompleteSweep,
  'reliability-sweep': reliabilitySweep,
  'refund-submit': refundSubmit,
  'membership-refund-submit': membershipRefundSubmit,
  'notify-shopper': notifyShopper,
  'profit-sharing-request': profitSharingRequest,
  'profit-sharing-poll': profitSharingPoll,
  'profit-sharing-return': profitSharingReturn,
  'upload-shipping-info': uploadShippingInfo,
  'coupon-gift': couponGift,
  'coupon-batch': couponBatch,
  'member-benefits': memberBenefits,
  'group-deadline': groupDeadline,
  'coupon-expiry-notice': couponExpiryNotice,
};

/** Names that would be enqueued or are waiting but that nothing would process. */
export async function unprocessedJobNames(queue: Queue, processors: Partial<Record<string, unknown>>): Promise<string[]> {
  const pending = await queue.getJobs(['waiting', 'delayed', 'paused'], 0, 5000);
  const names = new Set<string>([...JOB_NAMES, ...pending.filter(Boolean).map((j) => j.name)]);
  return [...names].filter((name) => typeof processors[name] !== 'function');
}

/** Jobs run at once by one process; a backlog waits in Redis and is taken this many at a time. */
export const JOB_CONCURRENCY = 4;

export async function startWorker(
  queue: Queue,
  context: () => JobContext,
  processors: Partial<Record<string, unknown>> = PROCESSORS,
  concurrency = JOB_CONCURRENCY,
): Promise<void> {
  const missing = await unprocessedJobNames(queue, processors);
  if (missing.length) throw new Error(`job names without a processor: ${missing.join(', ')}`);
  // At start and again whenever bull's connection to Redis is (re)made: a Redis that restarted empty has no repeats.
  const chainTimeZone = context().config.chainTimeZone;
  await registerRepeats(queue, chainTimeZone);
  queue.client.on('ready', () => {
    registerRepeats(queue, chainTimeZone).catch((err: Error) =>
      console.warn('[jobs] registering the repeating jobs after a reconnect failed:', err.message),
    );
  });
  // Work that gave up (attempts used, or stalled too often) lands in failed_work, where HQ sees and retries it.
  queue.on('failed', (job: Job, err: Error) => void landFailed(job, err, context));
  // One wildcard processor dispatching by name: each named process() call would start its own loops on the
  // one blocking Redis connection, where they wait behind each other's idle polls (seconds per job).
  void queue.process('*', concurrency, async (job: Job) => {
    const run = processors[job.name] as Processor<JobName> | undefined;
    if (!run) throw new Error(`no processor for job ${job.name}`);
    const ctx = context();
    await jobTurn(ctx.em);
    try {
      return await run(job.data, ctx);
    } catch (err) {
      if (err instanceof NotDueYet) {
        // Not a failure: bull counts every throw as an attempt, and a job polling something slow (a refund still
        // processing) or run early would use its attempts up and stop. This one is given back before bull counts it.
        job.attemptsMade -= 1;
        throw err;
      }
      console.error(`[jobs] ${job.name} ${job.id} failed (attempt ${job.attemptsMade + 1})`, err);
      throw err;
    }
  });
}

async function landFailed(job: Job, err: Error, context: () => JobContext): Promise<void> {
  try {
    if (!(await job.isFailed())) return; // bull will try it again
    await recordFailedWork(context().em, {
      jobName: job.name,
      jobId: String(job.id),
      payload: job.data,
      attempts: job.attemptsMade,
      error: err?.message ?? String(err),
      at: new Date(),
    });
  } catch (e) {
    console.error(`[jobs] could not record ${job.name} ${job.id} as failed work`, e);
  }
}
