// What one operation costs in counters that timing cannot move: statements the API sent, WAL records written for
// this database, Redis commands sent. Exact per operation even with other test files writing to the same server.
import pg from 'pg';
import { query } from '../src/common/sql';
import type { TestApp } from './harness';
import type { startRedisProxy } from './redis-proxy';

export interface OpCosts {
  statements: number;
  /** WAL records of the operation's own transactions. */
  walRecords: number;
  /** WAL records of the outbox relay's transactions that sent the operation's rows (claim, settle). */
  relayWalRecords: number;
  redisCommands: number;
  /** What was counted, to say in a failure what grew. */
  detail: { statements: string[]; wal: Record<string, number>; redis: Record<string, number> };
  /** The statements in full, in the order they were sent. */
  statementTexts: string[];
}

interface Sent {
  database: string;
  text: string;
  /** Rows the statement returned, once it has answered (promise-style calls only). */
  rows?: number;
}

// Every statement of the app reaches PostgreSQL through pg's Client.query: the ORM's (through knex) and our own
// SQL helpers' (prepared statements on pooled connections, BEGIN and COMMIT included). The app runs in this
// process, so wrapping it here sees each one, with the database it went to; nothing in the app changes.
const sent: Sent[] = [];
let recording = false;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client & { connectionParameters: { database: string } }, ...args: unknown[]) {
  const result = (original as (...a: unknown[]) => unknown).apply(this, args);
  if (recording) {
    const first = args[0] as string | { text: string };
    const entry: Sent = { database: this.connectionParameters.database, text: typeof first === 'string' ? first : first.text };
    sent.push(entry);
    if (result instanceof Promise)
      result.then(
        (r: { rowCount?: number | null; rows?: unknown[] }) => (entry.rows = r?.rows?.length ?? r?.rowCount ?? 0),
        () => undefined,
      );
  }
  return result;
} as typeof pg.Client.prototype.query;

// The relay's timer claims once a second whether or not anything waits; a claim that found nothing is that tick,
// not the operation's work (it writes no WAL and sends nothing to Redis).
const isIdleClaim = (s: Sent) => /^\s*UPDATE outbox o SET claimed_until/.test(s.text) && s.rows === 0;

/** pg_walinspect reads the server's WAL: superuser only, so tests create it in their own database. */
export async function enableWalCounting(t: TestApp): Promise<void> {
  await query(t.em(), `CREATE EXTENSION IF NOT EXISTS pg_walinspect`, {});
}

/**
 * Runs `op` and counts what it cost, including the outbox relay's work after its commit (waited for).
 *
 * WAL records: the server's WAL is shared by every database (and every test file running beside this one), so
 * LSN deltas or pg_stat_wal are not exact. Instead the records between the two LSNs are read with pg_walinspect
 * and counted when they touch a block of this database or belong to a transaction that did (its commit record
 * names no block). Pruning and other records without a transaction count when they touch this database's blocks.
 * The relay's transactions are counted apart: how many lock records a claim writes depends on how its timer
 * and the commit's kick met (a row the timer's claim locked first is locked again by the next), so that count
 * moves by a few between runs, while the operation's own transactions are exact. A sequence's WAL record is left
 * out: it is written once per 32 values and again after each checkpoint, which any database's traffic can cause.
 */
export async function measureOp(
  t: TestApp,
  proxy: Awaited<ReturnType<typeof startRedisProxy>>,
  op: () => Promise<unknown>,
): Promise<OpCosts> {
  await t.runtime.outbox.idle();
  // Row versions left by earlier steps (the order's own transitions) are cleared now, not by whichever statement
  // of the operation happens to prune their page: whether that pruning can run depends on what else is running,
  // and with it whether an update is HOT (one record) or not (one per index).
  await query(t.em(), `VACUUM`, {});
  const [{ lsn: startLsn, db }] = (await query<{ lsn: string; db: string }>(
    t.em(),
    `SELECT pg_current_wal_insert_lsn()::text AS lsn, (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS db`,
    {},
  )) as [{ lsn: string; db: string }];
  const database = new URL(t.config.databaseUrl).pathname.slice(1);
  sent.length = 0;
  recording = true;
  const redisBefore = proxy.commands();
  try {
    await op();
    await t.runtime.outbox.idle();
  } finally {
    recording = false;
  }
  const redisAfter = proxy.commands();
  // Each record with the relation of its (first) block; a transaction whose blocks are all the outbox's is the
  // relay's (claim, settle); records without a transaction (pruning) go with the relation they touch.
  const wal = await query<{ kind: string; relay: boolean; n: number }>(
    t.em(),
    `WITH r AS (SELECT xid::text AS xid, resource_manager || '/' || record_type AS kind,
                       substring(block_ref from 'rel [0-9]+/' || :db || '/([0-9]+)') AS node
                FROM pg_get_wal_records_info(:start::pg_lsn, pg_current_wal_flush_lsn())),
          rel AS (SELECT r.*, c.relname FROM r LEFT JOIN pg_class c ON r.node IS NOT NULL AND c.relfilenode::text = r.node),
          ours AS (SELECT xid, bool_and(coalesce(relname LIKE 'outbox%', false)) AS relay FROM rel WHERE node IS NOT NULL AND xid <> '0' GROUP BY xid)
     SELECT rel.kind, coalesce(ours.relay, rel.relname LIKE 'outbox%', false) AS relay, count(*)::int AS n
     FROM rel LEFT JOIN ours ON ours.xid = rel.xid
     WHERE (rel.node IS NOT NULL OR ours.xid IS NOT NULL) AND rel.kind <> 'Sequence/LOG'
     GROUP BY 1, 2 ORDER BY 2, 1`,
    { start: startLsn, db },
  );
  const statementTexts = sent.filter((s) => s.database === database && !isIdleClaim(s)).map((s) => s.text.replace(/\s+/g, ' ').trim());
  const statements = statementTexts.map((s) => s.slice(0, 160));
  const redis: Record<string, number> = {};
  for (const [name, n] of redisAfter) if (n - (redisBefore.get(name) ?? 0) > 0) redis[name] = n - (redisBefore.get(name) ?? 0);
  return {
    statements: statements.length,
    walRecords: wal.filter((r) => !r.relay).reduce((s, r) => s + r.n, 0),
    relayWalRecords: wal.filter((r) => r.relay).reduce((s, r) => s + r.n, 0),
    redisCommands: Object.values(redis).reduce((s, n) => s + n, 0),
    detail: { statements, wal: Object.fromEntries(wal.map((r) => [`${r.relay ? 'relay ' : ''}${r.kind}`, r.n])), redis },
    statementTexts,
  };
}
