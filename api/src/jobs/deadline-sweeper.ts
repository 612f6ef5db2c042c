// The jobs process's own clock for deadlines: a timer, not a bull job, so that it keeps running when Redis has lost
// every key. Each pass puts the repeating jobs back if they are gone and runs the reliability sweep (every deadline
// and left-behind piece of work, found from PostgreSQL); the reconcile and auto-complete sweeps run every ten minutes.
import type { Queue } from 'bull';
import type { JobContext } from './job-context';
import { reliabilitySweep } from './reliability-sweep';
import { paymentReconcileSweep } from './payment-close';
import { autoCompleteSweep } from './auto-complete';
import { ReferralService } from '../modules/referral/referral.service';
import { groupDeadlineSweep } from './group-deadline';
import type { JobName } from '../common/queues';

/**
 * The repeating jobs: the sweeps every few minutes, the same in any zone (UTC); the member benefits once a day at 00:10
 * in the chain's time zone, where its months and birthdays are. The zone is always named because a cron without one
 * follows the server's.
 */
export const REPEATS: { name: JobName; cron: string; zone: 'UTC' | 'CHAIN' }[] = [
  { name: 'auto-complete-sweep', cron: '*/10 * * * *', zone: 'UTC' },
  { name: 'payment-reconcile-sweep', cron: '*/10 * * * *', zone: 'UTC' },
  { name: 'reliability-sweep', cron: '*/5 * * * *', zone: 'UTC' },
  { name: 'member-benefits', cron: '10 0 * * *', zone: 'CHAIN' },
  { name: 'coupon-expiry-notice', cron: '*/15 * * * *', zone: 'UTC' },
];

/** Registers every repeating job; registering one that exists is a no-op in bull, so this runs whenever in doubt. */
export async function registerRepeats(queue: Queue, chainTimeZone: string): Promise<void> {
  for (const r of REPEATS) {
    const tz = r.zone === 'CHAIN' ? chainTimeZone : 'UTC';
    await queue.add(r.name, {}, { repeat: { cron: r.cron, tz }, jobId: r.name, removeOnComplete: 100, removeOnFail: 100 });
  }
}

/** Whether Redis still knows every repeating job (a restart without persistence or a FLUSHALL loses them). */
export async function repeatsPresent(queue: Queue): Promise<boolean> {
  const known = new Set((await queue.getRepeatableJobs()).map((j) => j.name));
  return REPEATS.every((r) => known.has(r.name));
}

const OTHER_SWEEPS_MS = 10 * 60_000;

export class DeadlineSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private otherSweepsAt = 0;

  constructor(
    private readonly queue: Queue,
    private readonly context: () => JobContext,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = null;
        this.schedule(this.intervalMs);
      });
    }, ms);
    this.timer.unref();
  }

  /** One pass; each part on its own, so Redis being down never stops the sweep of PostgreSQL. */
  async pass(): Promise<void> {
    try {
      if (!(await withTimeout(repeatsPresent(this.queue), 5000))) {
        await withTimeout(registerRepeats(this.queue, this.context().config.chainTimeZone), 5000);
        console.warn('[sweeper] the repeating jobs were gone from Redis; registered again');
      }
    } catch (err) {
      console.warn('[sweeper] Redis could not be asked about the repeating jobs:', (err as Error).message);
    }
    await this.part('reliability', () => reliabilitySweep({}, this.context()));
    await this.part('group-buy', () => groupDeadlineSweep(this.context()));
    const now = Date.now();
    if (now - this.otherSweepsAt >= OTHER_SWEEPS_MS) {
      this.otherSweepsAt = now;
      await this.part('reconcile', () => paymentReconcileSweep({}, this.context()));
      await this.part('auto-complete', () => autoCompleteSweep({}, this.context()));
      await this.part('commission', () => commissionSweep(this.context()));
    }
  }

  private async part(name: string, work: () => Promise<string>): Promise<void> {
    try {
      await work();
    } catch (err) {
      console.error(`[sweeper] ${name} sweep failed; the next pass tries again`, err);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await this.running;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Referral commission: releases what every window let go, and asks again about transfers still on their way. */
async function commissionSweep(ctx: JobContext): Promise<string> {
  const referral = new ReferralService(ctx.em, ctx);
  const released = await referral.releaseDue();
  const paid = await referral.payPending();
  return `released ${released} orders, asked about ${paid} transfers`;
}
