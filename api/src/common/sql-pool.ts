// The connections the hand-written SQL (common/sql.ts) runs on: a node-postgres pool of our own, owned by the ORM's
// driver so that it opens and closes with the ORM, behind a gate that hands connections out by priority.
//
// Why a pool of our own: the hot paths send named (prepared) statements and hold one connection for a transaction
// or a session lock, and the job gate needs to know how busy the pool is. MikroORM 6 offers none of that publicly
// (em.execute inlines the values, and only v7 has onReserveConnection); knex's public API has raw queries and
// transactions but neither statement names nor its pool's counts. node-postgres's Pool has all of it as documented
// API: connect(), release(err) that destroys a broken client, totalCount/idleCount/waitingCount. The ORM keeps its
// own smaller pool for its cold paths (entity loaders, reports planned per call, migrations).
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Configuration } from '@mikro-orm/core';
import pg from 'pg';
import { ReadReplica, type ReadReplicaLimits } from './read-replica';
import { primaryWalLsn, replayedWalLsn } from './replica-lag.repository';
import { installSqlRecorder } from './sql-recorder';

// Only when SQL_RECORD_DIR is set (the distribution check in `npm test`).
installSqlRecorder();

/**
 * What every connection sets at connect, the ORM's and ours alike. jit: PostGIS functions carry large planner
 * costs, which push short OLTP queries over jit_above_cost; compiling them takes tens of milliseconds and saves
 * nothing. plan_cache_mode touches only prepared statements (the routing reads, see preparedQuery): their generic
 * plan is the KNN walk, and replanning them per call costs more than running them.
 */
export const SESSION_OPTIONS = '-c jit=off -c plan_cache_mode=force_generic_plan';

/** BEGIN as a statement prepared on every connection, so that a transaction's first statement carries it (common/sql.ts). */
export const BEGIN_STATEMENT = 'linli_begin';

/**
 * Prepares BEGIN_STATEMENT without running it: a Parse and a Sync (pg marks it parsed on the connection when answered).
 * Its answer is not awaited: a connection that fails it fails its next statement too.
 */
class PrepareBegin extends (pg.Query as unknown as new (config: object) => object) {
  readonly name = BEGIN_STATEMENT;
  readonly text = 'BEGIN';
  readonly callback = (): void => undefined;

  constructor() {
    super({});
  }

  submit(connection: { parse(q: { name: string; text: string }): void; sync(): void }): null {
    connection.parse({ name: this.name, text: this.text });
    connection.sync();
    return null;
  }
}

/** Who is asking for a connection: signed-in and write work first; anonymous reads wait behind it and are shed first. */
export type SqlPriority = 'high' | 'low';

export interface SqlPoolLimits {
  /** Connections of the pool. */
  max: number;
  /** Most connections anonymous reads hold at once: the rest stay free for signed-in and write work. */
  lowMax: number;
  /** Anonymous reads waiting for a connection; one more is refused at once (DatabaseBusyError). */
  lowQueue: number;
  /** How long an anonymous read waits for a connection before it is refused. */
  lowWaitMs: number;
  /** Other work waiting; a queue this long means the database is down or hopelessly behind. */
  highQueue: number;
  /**
   * Single statements (autocommit: routing, placing an order, most reads) running at once, 0 for no limit.
   * Transactions do not count and do not wait for them. Off by default: see docs/performance.md for what it saves
   * (database CPU per checkout) and costs (a 秒杀 storm's winners wait longer).
   */
  singleMax: number;
  /** A single statement running this long (a lock wait, a slow report) stops counting, so it cannot stall the rest. */
  singleStallMs: number;
}

export const DEFAULT_SQL_POOL: SqlPoolLimits = {
  max: 10,
  lowMax: 3,
  lowQueue: 20,
  lowWaitMs: 1000,
  highQueue: 1000,
  singleMax: 0,
  singleStallMs: 50,
};

/**
 * The pool refused to queue this work: the client should come back after `retryAfterSeconds`. It carries no stack
 * trace: under a flood thousands are made a second, and the traces (ours and GraphQL's copies) cost more CPU than
 * the rest of the refusal, CPU the signed-in requests need.
 */
export class DatabaseBusyError extends Error {
  readonly retryAfterSeconds = 1;
  constructor(readonly priority: SqlPriority) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('The service is busy; try again in a moment');
    Error.stackTraceLimit = limit;
  }
}

interface Waiter {
  priority: SqlPriority;
  single: boolean;
  grant: (client: Promise<pg.PoolClient>) => void;
  refuse: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

/** How busy the pool is, by priority. */
export interface SqlPoolLoad {
  used: number;
  waiting: number;
  max: number;
  usedLow: number;
  waitingLow: number;
}

/**
 * The gate admits at most `max` connections at once (the pool's own size, so pg-pool never queues) and keeps two
 * priorities: a released connection goes to the next high-priority waiter, and only then to an anonymous one, and
 * only while anonymous work holds fewer than `lowMax`.
 *
 * With `singleMax` set, within a priority transactions go first and single statements only while fewer than
 * `singleMax` of them have been running for less than `singleStallMs`. Why: PostgreSQL spent up to a fifth less CPU per
 * checkout when the same statements took turns on 2 connections instead of 10 (node-postgres reuses the connection
 * released last, so few backends stay warm), but a pool that small is taken whole by lock waits; transactions hold
 * their connection across round trips, and queueing them behind statements doubled the counter hand-over's p99. Off
 * by default: a 秒杀 storm's winners waited longer with it (docs/performance.md).
 */
export class SqlPool {
  private readonly pool: pg.Pool;
  private inUse = 0;
  private lowInUse = 0;
  private readonly high: Waiter[] = [];
  private readonly low: Waiter[] = [];
  private readonly highSingle: Waiter[] = [];
  private readonly lowSingle: Waiter[] = [];
  /** When each single statement running now took its connection (performance.now()). */
  private readonly singlesSince = new Set<{ at: number }>();
  private readonly singleOf = new WeakMap<pg.PoolClient, { at: number }>();
  private stallTimer: NodeJS.Timeout | undefined;
  /** Clients that reported a connection error while checked out: released with it, so the pool destroys them. */
  private readonly broken = new WeakMap<pg.PoolClient, Error>();

  constructor(
    config: pg.PoolConfig,
    readonly limits: SqlPoolLimits,
  ) {
    this.pool = new pg.Pool({ ...config, max: limits.max });
    // An idle client that loses its server (a restart, a dropped database) is removed by the pool; without a
    // listener that error would end the process.
    this.pool.on('error', (err) => console.error('[sql-pool] idle connection lost:', err.message));
    this.pool.on('connect', (client) => {
      client.on('error', (err) => this.broken.set(client, err));
      // Queued before any work the connection is handed out for.
      client.query(new PrepareBegin());
    });
  }

  /** A connection for `priority` work: a transaction or session, or with `single`, one autocommit statement. */
  async acquire(priority: SqlPriority, asked = false): Promise<pg.PoolClient> {
    // With no limit, statements queue with everything else, first come first served.
    const single = asked && this.limits.singleMax > 0;
    const singleOk = !single || (this.highSingle.length === 0 && this.singleRoom());
    if (priority === 'high') {
      if (this.inUse < this.limits.max && singleOk) return this.grant('high', single);
      if (this.high.length + this.highSingle.length >= this.limits.highQueue) throw new DatabaseBusyError('high');
    } else {
      const first = this.high.length === 0 && this.highSingle.length === 0 && (!single || this.lowSingle.length === 0);
      if (this.inUse < this.limits.max && this.lowInUse < this.limits.lowMax && first && singleOk) return this.grant('low', single);
      if (this.low.length + this.lowSingle.length >= this.limits.lowQueue) throw new DatabaseBusyError('low');
    }
    return new Promise<pg.PoolClient>((resolve, reject) => {
      const waiter: Waiter = { priority, single, grant: (client) => client.then(resolve, reject), refuse: reject };
      const queue = this.queueOf(waiter);
      if (priority === 'low') {
        waiter.timer = setTimeout(() => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(new DatabaseBusyError('low'));
        }, this.limits.lowWaitMs);
      }
      queue.push(waiter);
      if (single) this.pump();
    });
  }

  /** Gives the connection back; `err` (or an error the client reported meanwhile) destroys it instead. */
  release(client: pg.PoolClient, priority: SqlPriority, err?: Error): void {
    if (this.singlesSince.size > 0) {
      const slot = this.singleOf.get(client);
      if (slot) this.singlesSince.delete(slot);
    }
    client.release(err ?? this.broken.get(client));
    this.inUse--;
    if (priority === 'low') this.lowInUse--;
    this.pump();
  }

  /** One statement's worth of work on a connection of its own (the replica's lag checks). */
  async use<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.acquire('high', true);
    let failed: Error | undefined;
    try {
      return await work(client);
    } catch (err) {
      failed = err as Error;
      throw err;
    } finally {
      this.release(client, 'high', failed);
    }
  }

  load(): SqlPoolLoad {
    return {
      used: this.inUse,
      waiting: this.high.length + this.highSingle.length + this.low.length + this.lowSingle.length,
      max: this.limits.max,
      usedLow: this.lowInUse,
      waitingLow: this.low.length + this.lowSingle.length,
    };
  }

  async end(): Promise<void> {
    clearTimeout(this.stallTimer);
    const queued = [this.high, this.highSingle, this.low, this.lowSingle].flatMap((queue) => queue.splice(0));
    for (const waiter of queued) {
      clearTimeout(waiter.timer);
      waiter.refuse(new Error('the database pool is closed'));
    }
    await this.pool.end();
  }

  private queueOf(waiter: Waiter): Waiter[] {
    if (waiter.priority === 'high') return waiter.single ? this.highSingle : this.high;
    return waiter.single ? this.lowSingle : this.low;
  }

  /** Whether another single statement may start: fewer than singleMax have been running for under singleStallMs. */
  private singleRoom(): boolean {
    if (this.singlesSince.size < this.limits.singleMax) return true;
    const recent = performance.now() - this.limits.singleStallMs;
    let running = 0;
    for (const slot of this.singlesSince) if (slot.at > recent && ++running >= this.limits.singleMax) return false;
    return true;
  }

  private grant(priority: SqlPriority, single: boolean): Promise<pg.PoolClient> {
    this.inUse++;
    if (priority === 'low') this.lowInUse++;
    const slot = single ? { at: performance.now() } : undefined;
    if (slot) this.singlesSince.add(slot);
    return this.pool.connect().then(
      (client) => {
        if (slot) this.singleOf.set(client, slot);
        return client;
      },
      (err: unknown) => {
        if (slot) this.singlesSince.delete(slot);
        this.inUse--;
        if (priority === 'low') this.lowInUse--;
        this.pump();
        throw err;
      },
    );
  }

  private pump(): void {
    while (this.inUse < this.limits.max) {
      const singleRoom = (this.highSingle.length > 0 || this.lowSingle.length > 0) && this.singleRoom();
      let waiter = this.high.shift() ?? (singleRoom ? this.highSingle.shift() : undefined);
      if (!waiter && this.lowInUse < this.limits.lowMax) waiter = this.low.shift() ?? (singleRoom ? this.lowSingle.shift() : undefined);
      if (!waiter) break;
      clearTimeout(waiter.timer);
      waiter.grant(this.grant(waiter.priority, waiter.single));
    }
    if (this.limits.singleMax > 0) this.wakeOnStall();
  }

  /** Single statements wait while others run; when the oldest of those passes singleStallMs, they may go. */
  private wakeOnStall(): void {
    if (this.stallTimer || this.inUse >= this.limits.max) return;
    if (this.highSingle.length === 0 && this.lowSingle.length === 0) return;
    const now = performance.now();
    let oldest = Infinity;
    for (const slot of this.singlesSince) if (slot.at > now - this.limits.singleStallMs) oldest = Math.min(oldest, slot.at);
    if (oldest === Infinity) return;
    const wait = Math.max(1, oldest + this.limits.singleStallMs - now);
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      this.pump();
    }, wait);
    this.stallTimer.unref();
  }
}

/**
 * The node-postgres settings the ORM's own connections use: the same server, session options, and type parsers
 * (dates, timestamps and intervals, and arrays of them, stay text, as MikroORM's PostgreSQL connection keeps them).
 */
export function sqlPoolConfig(clientUrl: string): pg.PoolConfig {
  const types = new pg.TypeOverrides();
  const asText = (value: string) => value;
  const textArray = (pg.types.getTypeParser as (oid: number) => (value: string) => string[])(1009); // text[]: a list of strings
  for (const oid of [1082, 1114, 1184, 1186]) types.setTypeParser(oid, asText); // date, timestamp, timestamptz, interval
  for (const oid of [1182, 1115, 1185, 1187]) types.setTypeParser(oid, textArray); // and their arrays
  return { connectionString: clientUrl, options: SESSION_OPTIONS, types, idleTimeoutMillis: 30_000 };
}

/** The driver that carries the SQL pool: em.getDriver() finds it, and it opens and closes with the ORM. */
export interface SqlPoolOwner {
  readonly sqlPool: SqlPool;
  /** The read replica's pool and lag (READ_DATABASE_URL), when there is one. */
  readonly readReplica: ReadReplica<SqlPool> | undefined;
}

/** A read replica to open beside the primary: its URL and lag limits. */
export interface ReadReplicaSettings {
  url: string;
  limits: ReadReplicaLimits;
}

/**
 * MikroORM's PostgreSQL driver with the SQL pool beside its own: `driver` in the ORM's options takes a driver class,
 * and connect/close are the driver's public lifecycle, so `orm.close()` (graceful shutdown, tests) ends both pools.
 */
export function postgreSqlDriverWithSqlPool(limits: SqlPoolLimits, replica?: ReadReplicaSettings): typeof PostgreSqlDriver {
  return class PostgreSqlDriverWithSqlPool extends PostgreSqlDriver implements SqlPoolOwner {
    private pool?: SqlPool;
    private replica?: ReadReplica<SqlPool>;
    private closed = false;

    constructor(config: Configuration) {
      super(config);
    }

    /** Opened on first use; after close() (until the ORM connects again) every use fails, as the ORM's own do. */
    get sqlPool(): SqlPool {
      if (this.closed) throw new Error('the database is closed');
      this.pool ??= new SqlPool(sqlPoolConfig(this.config.getClientUrl()), limits);
      return this.pool;
    }

    /** Opened with the SQL pool, the same size; its lag is measured from then on. */
    get readReplica(): ReadReplica<SqlPool> | undefined {
      if (!replica) return undefined;
      if (!this.replica) {
        const primary = this.sqlPool;
        const replicaPool = new SqlPool(sqlPoolConfig(replica.url), limits);
        const positions = { primary: () => primary.use(primaryWalLsn), replayed: () => replicaPool.use(replayedWalLsn) };
        this.replica = new ReadReplica(replicaPool, positions, replica.limits);
        this.replica.start();
      }
      return this.replica;
    }

    override async connect() {
      this.closed = false;
      return super.connect();
    }

    override async close(force?: boolean): Promise<void> {
      this.closed = true;
      await super.close(force);
      const [pool, readReplica] = [this.pool, this.replica];
      this.pool = undefined;
      this.replica = undefined;
      await readReplica?.stop();
      await readReplica?.pool.end();
      await pool?.end();
    }
  };
}
