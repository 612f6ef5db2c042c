// Runs the job processors in this process, after checking that every job name has one, including the names
// of jobs already waiting in Redis (left there by another version of the app).
import type { Job, Queue } from 'bull';
import { acceptTimeout } from './accept-timeout';
import { autoComplete, autoCompleteSweep } from './auto-complete';
import type { JobContext } from './job-context';
import { notifyShopper } from './notify-shopper';
import { paymentClose, paymentReconcileSweep } from './payment-close';
import { paymentTimeout } from './payment-timeout';
import { pickupDeadline } from './pickup-deadline';
import { JOB_NAMES, NotDueYet, type JobName, type JobPayloads } from './queues';
import { refundSubmit } from './refund-submit';
import { profitSharingPoll, profitSharingRequest, profitSharingReturn } from './profit-sharing';
import { uploadShippingInfo } from './upload-shipping-info';

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
  'refund-submit': refundSubmit,
  'notify-shopper': notifyShopper,
  'profit-sharing-request': profitSharingRequest,
  'profit-sharing-poll': profitSharingPoll,
  'profit-sharing-return': profitSharingReturn,
  'upload-shipping-info': uploadShippingInfo,
};

/** Names that would be enqueued or are waiting but that nothing would process. */
export async function unprocessedJobNames(queue: Queue, processors: Partial<Record<string, unknown>>): Promise<string[]> {
  const pending = await queue.getJobs(['waiting', 'delayed', 'paused'], 0, 5000);
  const names = new Set<string>([...JOB_NAMES, ...pending.filter(Boolean).map((j) => j.name)]);
  return [...names].filter((name) => typeof processors[name] !== 'function');
}

export async function startWorker(queue: Queue, context: () => JobContext, processors: Partial<Record<string, unknown>> = PROCESSORS, concurrency = 8): Promise<void> {
  const missing = await unprocessedJobNames(queue, processors);
  if (missing.length) throw new Error(`job names without a processor: ${missing.join(', ')}`);
  // Registering the same repeat again is a no-op in bull, so every worker can do it at start. Every ten minutes
  // is the same in any zone; the zone is named because a cron without one follows the server's.
  await queue.add('auto-complete-sweep', {}, { repeat: { cron: '*/10 * * * *', tz: 'UTC' }, jobId: 'auto-complete-sweep', removeOnComplete: 100, removeOnFail: 100 });
  await queue.add('payment-reconcile-sweep', {}, { repeat: { cron: '*/10 * * * *', tz: 'UTC' }, jobId: 'payment-reconcile-sweep', removeOnComplete: 100, removeOnFail: 100 });
  // One wildcard processor dispatching by name: each named process() call would start its own loops on the
  // one blocking Redis connection, where they wait behind each other's idle polls (seconds per job).
  void queue.process('*', concurrency, async (job: Job) => {
    const run = processors[job.name] as Processor<JobName> | undefined;
    if (!run) throw new Error(`no processor for job ${job.name}`);
    try {
      return await run(job.data, context());
    } catch (err) {
      if (!(err instanceof NotDueYet)) console.error(`[jobs] ${job.name} ${job.id} failed (attempt ${job.attemptsMade + 1})`, err);
      throw err;
    }
  });
}
