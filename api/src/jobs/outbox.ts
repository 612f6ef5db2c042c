// The relay of the transactional outbox: after-commit work (jobs, store events) is written as rows in the same
// transaction as the change that causes it (Effects.save), and this sends those rows to Redis and marks them
// sent. A commit kicks it; a timer finds what a kick could not send (Redis down, a crashed process). Delivery is
// at least once: a row sent whose mark was lost is sent again, which deterministic job ids make harmless.
import type { EntityManager } from '@mikro-orm/postgresql';
import { claimOutbox, claimOutboxById, settleOutbox, type OutboxRow } from '../common/outbox.repository';
import type { JobName, JobPayloads, Jobs } from '../common/queues';

export interface OutboxOptions {
  /** Rows per claim: a backlog is sent in batches of this, yielding to requests between them. */
  batch: number;
  /** How often the timer looks for rows left behind. */
  pollMs: number;
  /** A send that has not answered by then counts as failed (ioredis queues commands while it reconnects). */
  sendTimeoutMs: number;
  /** Seconds a claim lasts: a relay that died holding rows gives them up after this. */
  leaseSec: number;
  /**
   * How long a kick waits for others before the relay claims: the commits of that window go in one claim and one
   * settle. Sent one by one, a busy counter's hand-overs cost two outbox statements each.
   */
  gatherMs: number;
}

export const OUTBOX_DEFAULTS: OutboxOptions = { batch: 100, pollMs: 1000, sendTimeoutMs: 5000, leaseSec: 30, gatherMs: 15 };

/**
 * Publishes messages on Redis pub/sub channels, in their order, in one write (a pipeline): answers, per message, the
 * error that kept it from Redis, or null once Redis took it.
 */
export type Publish = (messages: readonly { channel: string; message: string }[]) => Promise<(Error | null)[]>;

export class Outbox {
  private em: (() => EntityManager) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Rows this process committed and named in its kick: claimed by id, before any look for others. */
  private pending: string[] = [];
  /** A kick without ids (the timer, a caller that does not know them): look for unsent rows in the index. */
  private look = false;
  private closed = false;

  constructor(
    private readonly jobs: Jobs,
    private readonly publish: Publish,
    private readonly options: OutboxOptions = OUTBOX_DEFAULTS,
  ) {}

  /** Starts relaying from this database: what is waiting now, then on every kick and timer tick. */
  start(em: () => EntityManager): void {
    this.em = em;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /**
   * A transaction wrote rows and committed: send them now (in the background; the caller does not wait). With
   * `ids` (the rows it wrote) they are claimed by id; without, the relay looks for every unsent row, as the timer
   * does, which also finds whatever a claim by id could not take (another relay's lease, a failed send's retry).
   */
  kick(ids?: readonly string[]): void {
    if (!this.em || this.closed) return;
    if (ids) this.pending.push(...ids);
    else this.look = true;
    if (this.running) {
      this.again = true;
      return;
    }
    const gather = this.options.gatherMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.options.gatherMs)) : Promise.resolve();
    this.running = gather
      .then(() => this.drain())
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves once every row this relay could take has been sent or put back (tests, shutdown). */
  async idle(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      let full: boolean;
      try {
        full = await this.relayBatch();
      } catch (err) {
        // The database itself is unreachable: the timer tries again.
        console.error('[outbox] relay failed', err);
        return;
      }
      if (!full && !this.again) return;
      // A backlog goes in batches, each after requests waiting on the event loop have had their turn.
      await new Promise((resolve) => setImmediate(resolve));
    } while (!this.closed);
  }

  /**
   * Claims one batch, sends it, settles it; true when more may be waiting (the batch was full, or rows named by
   * kicks are left). Rows named by a kick first, by id; a look through the index when one was asked for.
   */
  private async relayBatch(): Promise<boolean> {
    const em = this.em!();
    let rows: OutboxRow[];
    if (this.pending.length > 0) {
      const ids = this.pending.splice(0, this.options.batch);
      rows = await claimOutboxById(em, ids, this.options.leaseSec);
      if (rows.length === 0) return this.pending.length > 0 || this.look;
    } else if (this.look) {
      this.look = false;
      rows = await claimOutbox(em, this.options.batch, this.options.leaseSec);
      if (rows.length === 0) return false;
      // A full batch: look again for the rest.
      if (rows.length === this.options.batch) this.look = true;
    } else return false;
    // A batch's events go to Redis in one write, in order; each job is an add of its own (Jobs.enqueueAll says why).
    const events = rows.filter((row) => row.kind === 'EVENT');
    const published = events.length
      ? this.timed(this.publish(events.map((row) => ({ channel: row.name, message: JSON.stringify(row.payload) })))).then(
          (errors) => new Map(events.map((row, i) => [row, errors[i] ?? null])),
          (err: unknown) => new Map(events.map((row) => [row, err as Error])),
        )
      : Promise.resolve(new Map<OutboxRow, Error | null>());
    const failure = (row: OutboxRow, err: unknown) => ({ id: row.id, error: err instanceof Error ? err.message : String(err) });
    const results = await Promise.all(
      rows.map(async (row) => {
        if (row.kind !== 'EVENT')
          return this.sendJob(row).then(
            () => null,
            (err: unknown) => failure(row, err),
          );
        const err = (await published).get(row);
        return err ? failure(row, err) : null;
      }),
    );
    const failed = results.filter((r): r is { id: string; error: string } => r !== null);
    if (failed.length) console.error(`[outbox] ${failed.length} of ${rows.length} not sent, kept for a retry: ${failed[0]!.error}`);
    const sent = rows.filter((_, i) => results[i] === null).map((r) => r.id);
    await settleOutbox(em, sent, failed, 1);
    return this.pending.length > 0 || this.look;
  }

  private sendJob(row: OutboxRow): Promise<unknown> {
    return this.timed(this.jobs.enqueueIn(row.name as JobName, row.payload as JobPayloads[JobName], row.delay_left));
  }

  /** A send that has not answered in time counts as failed. */
  private timed<T>(sending: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis in ${this.options.sendTimeoutMs} ms`)), this.options.sendTimeoutMs);
    });
    return Promise.race([sending, timeout]).finally(() => clearTimeout(timer));
  }
}
