// A read replica and how far behind it is. Reads that can be a few seconds old (catalog, store lists, dashboard,
// settlement reports, order history) go to it while it is within the lag limit, otherwise to the primary.
//
// The lag is measured, not asked per query: every `checkMs` the primary's WAL end is sampled, then the replica's
// replayed position. The replica holds everything the primary had at the newest sample whose LSN it has replayed,
// so its lag is at most the age of that sample; with no such sample (or a check that failed) it counts as too far
// behind. `pg_last_xact_replay_timestamp()` alone would not do: on a quiet primary it ages though nothing is missing.

export interface ReadReplicaLimits {
  /** Reads go to the primary while the replica may be missing more than this much of the primary's history. */
  maxLagMs: number;
  /** How often the lag is measured. */
  checkMs: number;
}

export const DEFAULT_READ_REPLICA: ReadReplicaLimits = { maxLagMs: 5000, checkMs: 1000 };

/** `16/B374D848` as a number that orders like the WAL. */
export function lsnValue(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

/** `P`: the replica's pool, which the SQL helpers read on (sql-pool.ts builds one with its own pools' positions). */
export class ReadReplica<P> {
  private samples: { at: number; lsn: bigint }[] = [];
  private replayed: bigint | null = null;
  /** The primary's time up to which the replica is known to hold everything; null until a check succeeds. */
  private heldUpTo: number | null = null;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;

  constructor(
    readonly pool: P,
    private readonly positions: { primary: () => Promise<string>; replayed: () => Promise<string | null> },
    readonly limits: ReadReplicaLimits,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    if (this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.limits.checkMs);
    this.timer.unref();
  }

  /** How far behind the replica may be now, in ms (Infinity when unknown). */
  lagMs(): number {
    return this.heldUpTo === null ? Infinity : this.now() - this.heldUpTo;
  }

  /** Whether reads may go to the replica now. */
  fresh(): boolean {
    return this.lagMs() <= this.limits.maxLagMs;
  }

  /** Whether the replica has replayed the primary's WAL up to `lsn` (a write a reader must see). */
  holds(lsn: string): boolean {
    return this.replayed !== null && this.replayed >= lsnValue(lsn);
  }

  /** One measurement now (tests call it to skip the wait). */
  check(): Promise<void> {
    this.checking ??= this.measure().finally(() => (this.checking = undefined));
    return this.checking;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }

  private async measure(): Promise<void> {
    try {
      const at = this.now();
      const primaryLsn = lsnValue(await this.positions.primary());
      this.samples.push({ at, lsn: primaryLsn });
      if (this.samples.length > 600) this.samples.shift();
      const replayed = await this.positions.replayed();
      if (replayed === null) throw new Error('READ_DATABASE_URL is not a standby (the server is not in recovery)');
      this.replayed = lsnValue(replayed);
      const held = this.samples.filter((s) => s.lsn <= this.replayed!);
      if (held.length) this.heldUpTo = Math.max(this.heldUpTo ?? -Infinity, held.at(-1)!.at);
      // Samples older than the newest one held can no longer move heldUpTo.
      const from = this.heldUpTo ?? -Infinity;
      this.samples = this.samples.filter((s) => s.at >= from);
    } catch (err) {
      // Unknown is too far: reads stay on the primary until a check succeeds again.
      this.heldUpTo = null;
      this.replayed = null;
      this.samples = [];
      noteReplicaError(err as Error);
    }
  }
}

let lastError = '';
function noteReplicaError(err: Error): void {
  if (err.message === lastError) return;
  lastError = err.message;
  console.warn('[read-replica] lag check failed, reading from the primary:', err.message);
}
