// Named parameters for raw SQL, compiled to positional binds; never string-built from values.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { BEGIN_STATEMENT, type SqlPool, type SqlPoolLoad, type SqlPoolOwner, type SqlPriority } from './sql-pool';
import { primaryWalLsn } from './replica-lag.repository';
import { CarryingUnsure, queryCarrying, type PreparedStatement, type SqlRider } from './sql-rider';

export { SqlRider } from './sql-rider';

/** A named parameter, ":name" (a "::type" cast is not one). */
export const SQL_NAME = /(?<![:\w]):([a-zA-Z_]\w*)/g;

/** ":name" becomes a bound "?" for the ORM's driver (PostgreSQL "::type" casts are left alone). */
export function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(SQL_NAME, (_, name: string) => {
    if (!(name in values)) throw new Error(`SQL parameter :${name} has no value`);
    params.push(values[name]);
    return '?';
  });
  return [text, params];
}

interface Compiled {
  text: string;
  names: string[];
  statement: string;
}

const compiled = new Map<string, Compiled>();

/** Compiles once per SQL text: the hot path only looks the values up. */
function compile(sql: string): Compiled {
  let c = compiled.get(sql);
  if (!c) {
    const names: string[] = [];
    const text = sql.replace(SQL_NAME, (_, name: string) => {
      let n = names.indexOf(name);
      if (n < 0) n = names.push(name) - 1;
      return `$${n + 1}`;
    });
    c = { text, names, statement: `linli_${createHash('sha1').update(text).digest('hex').slice(0, 16)}` };
    compiled.set(sql, c);
  }
  return c;
}

/** ":name" becomes "$n", one number per name however often it appears. */
export function positional(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const c = compile(sql);
  return [
    c.text,
    c.names.map((name) => {
      if (!(name in values)) throw new Error(`SQL parameter :${name} has no value`);
      return values[name];
    }),
  ];
}

/** A PostgreSQL array literal, for binding as :name::uuid[] or ::int[]; only for UUIDs and integers. */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.join(',')}}`;
}

/**
 * A PostgreSQL array of ids, dates or codes as a row gives it: the driver parses some array types (text[]) and hands
 * others (uuid[], date[]) over as their text, `{a,b}`. Only for elements that need no quoting.
 */
export function arrayFromRow(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}

/** The shape of our ids (UUIDs); anything else cannot name a row and must not reach a ::uuid cast. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Raw SQL with :named parameters. Every statement in the code is a constant text, so all are prepared. */
export async function query<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  return preparedQuery<T>(em, sql, values);
}

/** A statement as the helpers send it: a named (prepared) one, or transaction control (no name, no values). */
export interface SentStatement {
  name?: string;
  text: string;
  values?: unknown[];
}

const watchers = new Set<(statement: SentStatement) => void>();

/**
 * Calls `watch` with every statement the helpers here send, until the returned function is called: how tests see
 * the statements production runs (to explain them, or count them). The ORM's own statements go through its logger.
 */
export function watchStatements(watch: (statement: SentStatement) => void): () => void {
  watchers.add(watch);
  return () => void watchers.delete(watch);
}

function sent(statement: SentStatement): void {
  for (const watch of watchers) watch(statement);
}

type PgClient = pg.PoolClient;

const priorities = new WeakMap<EntityManager, SqlPriority>();

/**
 * Marks a request's EntityManager as anonymous reading (`low`): its statements wait behind signed-in and write work
 * for a connection, and are refused first when the database is behind (sql-pool.ts). Unmarked work is `high`.
 */
export function setSqlPriority(em: EntityManager, priority: SqlPriority): void {
  priorities.set(em, priority);
}

/** The pool the ORM's driver carries (sql-pool.ts): every statement here runs on it. */
function pool(em: EntityManager): SqlPool {
  const owner = em.getDriver() as unknown as Partial<SqlPoolOwner>;
  if (!owner.sqlPool) throw new Error('the ORM was opened without the SQL pool (open it with openDatabase)');
  return owner.sqlPool;
}

/** Runs `use` on a pooled connection, released after (destroyed when `use` marked it broken). */
async function withConnection<T>(
  em: EntityManager,
  use: (connection: PgClient, broken: (err: Error) => void) => Promise<T>,
  sqlPool: SqlPool = pool(em),
  single = false,
): Promise<T> {
  const priority = priorities.get(em) ?? 'high';
  const connection = await sqlPool.acquire(priority, single);
  let brokenBy: Error | undefined;
  try {
    return await use(connection, (err) => void (brokenBy = err));
  } finally {
    sqlPool.release(connection, priority, brokenBy);
  }
}

/** How busy the pool is: connections in use, callers waiting for one, and its size; the anonymous share of each. */
export function poolLoad(em: EntityManager): SqlPoolLoad | undefined {
  return pool(em).load();
}

/**
 * Runs `work` with one pooled connection of its own, outside any transaction, for a session-level lock held across
 * the work's own transactions: `run` sends a constant statement on that connection.
 */
export async function withSession<T>(em: EntityManager, work: (run: <R>(sql: string) => Promise<R[]>) => Promise<T>): Promise<T> {
  return withConnection(em, (connection) => work(async <R>(sql: string) => (await connection.query(sql)).rows as R[]));
}

/**
 * A statement prepared: parsed once per connection, and PostgreSQL reuses its plan, which saves more than most
 * statements take to run (MikroORM's execute inlines the values, so each text is new and planned anew). Inside
 * a transaction it runs on that transaction's connection; otherwise on a pooled connection, in autocommit
 * (reads of committed data, or a write that is atomic as one statement). Every parameter must have a type
 * PostgreSQL can infer (cast it when in doubt). A statement may carry `riders` (sql-rider.ts): reads sent in the same
 * round trip (outside a transaction only a read carries them).
 */
export async function preparedQuery<T>(
  em: EntityManager,
  sql: string,
  values: Record<string, unknown>,
  riders?: readonly SqlRider<unknown>[],
): Promise<T[]> {
  const config = prepared(sql, values);
  if (watchers.size) sent(config);
  const trx = em.getTransactionContext<unknown>();
  if (trx instanceof SqlTransaction) return inTransaction<T>(trx, config, false, riders);
  return withConnection(
    em,
    async (connection, broken) => {
      const going = carriable(riders);
      if (going) {
        const carried = await queryCarrying(connection, config, going.statements).catch((err: unknown) => {
          // Riders sent to be prepared may or may not be: the connection goes once this read is done.
          if (err instanceof CarryingUnsure) broken(err.cause);
          return undefined;
        });
        if (carried) return going.arrived<T>(carried);
        // One failed: this read goes again alone (and says what failed), the riders read alone when asked.
      }
      return (await connection.query(config)).rows as T[];
    },
    undefined,
    true,
  );
}

/** The riders still to carry (none was carried yet), if any. */
function carriable(riders: readonly SqlRider<unknown>[] | undefined) {
  if (!riders?.length) return undefined; // nearly every statement: nothing allocated
  const ready = riders.filter((r) => !r.carried).map((rider) => ({ rider, statement: prepared(rider.sql, rider.values) }));
  if (!ready.length) return undefined;
  return {
    statements: ready.map((g) => g.statement),
    arrived<T>([own, ...theirs]: unknown[][]): T[] {
      ready.forEach((g, i) => {
        if (watchers.size) sent(g.statement);
        g.rider.carried = theirs[i]!;
      });
      return own as T[];
    },
  };
}

function prepared(sql: string, values: Record<string, unknown>): PreparedStatement {
  const [text, params] = positional(sql, values);
  return { name: compile(sql).statement, text, values: params };
}

/**
 * A rider's rows (sql-rider.ts): as a statement carried them (preparedQuery's `riders`), else read now, alone. Asked
 * again after it was carried, it answers the same rows.
 */
export async function riderRows<T>(em: EntityManager, rider: SqlRider<T>): Promise<T[]> {
  return rider.carried ?? preparedQuery<T>(em, rider.sql, rider.values);
}

/** Riders nothing carried, read now in one round trip: the first carries the rest. */
export async function readRiders(em: EntityManager, riders: readonly SqlRider<unknown>[]): Promise<void> {
  const [first, ...rest] = riders.filter((r) => !r.carried);
  if (first) first.carried = await preparedQuery<unknown>(em, first.sql, first.values, rest);
}

/**
 * The transaction's last statement and its COMMIT in one round trip (preparedQuery otherwise): for work that ends
 * with a write whose transaction it owns (ownsTransaction), e.g. the outbox rows. When the statement fails, nothing
 * commits and the transaction is rolled back as for any failed statement; when the COMMIT fails, so does this call.
 * Nothing may run in the transaction after it.
 */
export async function commitWith<T>(tx: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  const trx = tx.getTransactionContext<unknown>();
  if (!(trx instanceof SqlTransaction)) throw new Error('commitWith outside transaction()');
  checkNothingPersisted(tx);
  const [text, params] = positional(sql, values);
  const config = { name: compile(sql).statement, text, values: params };
  if (watchers.size) sent(config);
  return inTransaction<T>(trx, config, true);
}

/** Whether `em` is a transaction's own (transaction() at the top, not joined into another's work). */
export function ownsTransaction(em: EntityManager): boolean {
  const trx = em.getTransactionContext<unknown>();
  return trx instanceof SqlTransaction && !trx.state.joined;
}

/**
 * A statement of a transaction. The first also carries the BEGIN and, with `commit`, the last the COMMIT, in the
 * same write and the same Sync (PostgreSQL's extended protocol runs them in order; an explicit BEGIN keeps the block
 * open past the Sync): one round trip each fewer, for the API and for PostgreSQL's backend alike. The BEGIN is
 * prepared on every pool connection when it opens (sql-pool.ts); on one where it is not, it goes alone and prepares it.
 */
async function inTransaction<T>(
  trx: SqlTransaction,
  config: { name: string; text: string; values: unknown[] },
  commit: boolean,
  riders?: readonly SqlRider<unknown>[],
) {
  const { state, connection } = trx;
  if (state.committed) throw new Error('a statement after commitWith in the same transaction');
  let begin = !state.begun;
  state.begun = true;
  if (watchers.size && begin) sent({ text: 'BEGIN' });
  if (begin && !(BEGIN_STATEMENT in (connection as unknown as { connection: PgConnection }).connection.parsedStatements)) {
    await connection.query({ name: BEGIN_STATEMENT, text: 'BEGIN' });
    begin = false;
  }
  if (commit) state.committed = true;
  if (!begin && !commit) {
    // Riders go with a statement in the middle of the transaction (not with its BEGIN or COMMIT).
    const going = carriable(riders);
    if (!going) return (await connection.query(config)).rows as T[];
    try {
      return going.arrived<T>(await queryCarrying(connection, config, going.statements));
    } catch (err) {
      if (!(err instanceof CarryingUnsure)) throw err;
      // The transaction fails with the statement's own error; its connection goes once it has rolled back.
      state.unsure = err.cause;
      throw err.cause;
    }
  }
  const rows = await new Promise<T[]>((resolve, reject) => {
    void connection.query(new Bracketed(config, begin, commit, (err, result) => (err ? reject(err) : resolve(result!.rows as T[]))));
  });
  if (watchers.size && commit) sent({ text: 'COMMIT' });
  return rows;
}

/** The parts of pg's Query that Bracketed changes (its typings leave them out). */
interface QueryInternals {
  portal: string;
  submit(connection: unknown): Error | null;
  prepare(connection: PgConnection): void;
  _getRows(connection: PgConnection, rows?: number): void;
  handleCommandComplete(msg: unknown, connection: PgConnection): void;
}
interface PgConnection {
  parsedStatements: Record<string, string>;
  parse(q: { text: string; name?: string }): void;
  bind(b: { statement?: string }): void;
  execute(e: { portal?: string; rows?: number }): void;
  sync(): void;
}
const QueryBase = pg.Query as unknown as new (config: object) => QueryInternals;

/**
 * pg's Query with the prepared BEGIN before it and/or an unnamed COMMIT after it, before the one Sync. Their
 * CommandComplete messages are not the statement's result and are skipped; an error anywhere answers the call (and
 * PostgreSQL skips the rest up to the Sync). The BEGIN sends no Parse: pg would take its ParseComplete for the
 * statement's (the COMMIT's comes after the statement's own, which it parsed first).
 */
class Bracketed extends QueryBase {
  private skipBegin: boolean;
  private done = false;

  constructor(
    config: { name: string; text: string; values: unknown[] },
    private readonly begin: boolean,
    private readonly commit: boolean,
    readonly callback: (err: Error | null, result?: { rows: unknown[] }) => void,
  ) {
    super(config);
    this.skipBegin = begin;
  }

  override prepare(connection: PgConnection): void {
    if (this.begin) {
      connection.bind({ statement: BEGIN_STATEMENT });
      connection.execute({});
    }
    super.prepare(connection);
  }

  override _getRows(connection: PgConnection, rows?: number): void {
    if (!this.commit || rows) return super._getRows(connection, rows);
    connection.execute({ portal: this.portal });
    connection.parse({ text: 'COMMIT' });
    connection.bind({});
    connection.execute({});
    connection.sync();
  }

  override handleCommandComplete(msg: unknown, connection: PgConnection): void {
    if (this.skipBegin) {
      this.skipBegin = false;
      return;
    }
    if (this.done) return; // the COMMIT's
    this.done = true;
    super.handleCommandComplete(msg, connection);
  }
}

const readsAfter = new WeakMap<EntityManager, () => Promise<string | null>>();

/**
 * Read-your-writes for a request: `lastWrite` answers the primary's WAL position after the viewer's latest write (or
 * null), and the request's replica reads go to the primary until the replica has replayed that far. Asked at most
 * once per request, and only when a read could go to the replica.
 */
export function setReadAfter(em: EntityManager, lastWrite: () => Promise<string | null>): void {
  let asked: Promise<string | null> | undefined;
  readsAfter.set(em, () => (asked ??= lastWrite().catch(() => 'unknown')));
}

/** The replica when reads may go there now, for this request (lag within the limit, the viewer's writes replayed). */
async function replicaFor(em: EntityManager): Promise<SqlPool | undefined> {
  const replica = (em.getDriver() as unknown as Partial<SqlPoolOwner>).readReplica;
  if (!replica?.fresh()) return undefined;
  const lastWrite = await readsAfter.get(em)?.();
  if (lastWrite === 'unknown') return undefined;
  if (lastWrite && !replica.holds(lastWrite)) return undefined;
  return replica.pool;
}

/**
 * A read that may be served a few seconds old (catalog, store lists, dashboard, settlement reports, order history):
 * prepared as preparedQuery, on the read replica when there is one and it is fresh enough (read-replica.ts), else on
 * the primary. Inside a transaction it runs in the transaction, on the primary.
 */
export async function readQuery<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  if (em.getTransactionContext<unknown>() instanceof SqlTransaction) return preparedQuery<T>(em, sql, values);
  const replica = await replicaFor(em);
  if (!replica) return preparedQuery<T>(em, sql, values);
  const [text, params] = positional(sql, values);
  const config = { name: compile(sql).statement, text, values: params };
  if (watchers.size) sent(config);
  return withConnection(em, async (connection) => (await connection.query(config)).rows as T[], replica, true);
}

/** plannedQuery for a report that may be a few seconds old: on the ORM's replica connection when readQuery would read there. */
export async function readPlannedQuery<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  const [text, params] = named(sql, values);
  return em.getConnection(await readConnection(em)).execute<T[]>(text, params);
}

/** For the ORM's reads that may be a few seconds old: `read` (its replica connection) when readQuery would use it. */
export async function readConnection(em: EntityManager): Promise<'read' | 'write'> {
  if (em.getTransactionContext<unknown>() !== undefined) return 'write';
  return (await replicaFor(em)) ? 'read' : 'write';
}

/** The primary's WAL position now: after a write, what a reader must wait for on a replica (setReadAfter). */
export async function writePosition(em: EntityManager): Promise<string> {
  return withConnection(em, (connection) => primaryWalLsn(connection), undefined, true);
}

/**
 * A statement planned for the values of each call: for reports whose best plan depends on them, such as one
 * store's month (an index walk) against every store's (a scan). API connections force generic plans for
 * prepared statements, unnamed ones included, so this goes through MikroORM's execute, which sends the values
 * inlined (escaped by the driver) and PostgreSQL plans the text it gets.
 */
export async function plannedQuery<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  const [text, params] = named(sql, values);
  return em.execute<T[]>(text, params);
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock detected, serialization failure

/**
 * What `transaction()` hands its work as the EntityManager's transaction context: one pooled connection with a
 * transaction open. Only our SQL helpers can use it; an ORM call inside would not run in the transaction, so
 * anything else that reads the context gets an error that says so.
 */
class SqlTransaction {
  /** BEGIN goes out with the first statement (none sent yet: nothing to commit or roll back); commitWith ends it. */
  readonly state: { begun: boolean; committed: boolean; joined: boolean; unsure?: Error } = {
    begun: false,
    committed: false,
    joined: false,
  };

  constructor(readonly connection: PgClient) {
    return new Proxy(this, {
      get(target, key, receiver) {
        if (key === 'connection' || key === 'state' || key === 'constructor' || typeof key === 'symbol')
          return Reflect.get(target, key, receiver);
        throw new Error(`ORM call inside transaction() (it read "${String(key)}"): run SQL through query() there`);
      },
    });
  }
}

/**
 * Runs `work` in one transaction on a pooled connection (BEGIN, work, COMMIT), again when PostgreSQL aborted it as
 * a deadlock victim or a serialization failure. Every path takes its locks in the global order (lock-order.ts), so
 * a deadlock means a path broke it; the retry only keeps the caller from paying for that. The work gets a fork of `em` whose statements (query(), preparedQuery()) run
 * in the transaction. It does not go through MikroORM's transactional: that builds a knex transaction per call,
 * which cost the counter's hand-over more CPU (and garbage) than all its statements together.
 */
export async function transaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  // Called from inside another transaction's work: it joins that one (all or nothing together), and the work
  // there cannot end it (ownsTransaction answers false while it runs).
  const outer = em.getTransactionContext<unknown>();
  if (outer instanceof SqlTransaction) {
    if (outer.state.joined) return work(em);
    outer.state.joined = true;
    try {
      return await work(em);
    } finally {
      outer.state.joined = false;
    }
  }
  for (let i = 1; ; i++) {
    try {
      return await once(em, work);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (i >= attempts || !code || !RETRYABLE.has(code)) throw err;
    }
  }
}

async function once<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return withConnection(em, async (connection, broken) => {
    const tx = em.fork({ clear: true });
    const trx = new SqlTransaction(connection);
    tx.setTransactionContext(trx);
    let result: T;
    try {
      result = await work(tx);
      checkNothingPersisted(tx);
    } catch (err) {
      // Nothing to undo when no statement went out (BEGIN goes with the first). A connection whose transaction
      // state is unknown is destroyed, not reused.
      if (trx.state.begun) await connection.query('ROLLBACK').catch((rollback: unknown) => broken(rollback as Error));
      if (trx.state.unsure) broken(trx.state.unsure);
      throw err;
    }
    if (trx.state.begun && !trx.state.committed) {
      if (watchers.size) sent({ text: 'COMMIT' });
      await connection.query('COMMIT');
    }
    return result;
  });
}

/** Nothing flushes a transaction's fork: an entity persisted or removed in the work would be lost without a word. */
function checkNothingPersisted(tx: EntityManager): void {
  const uow = tx.getUnitOfWork();
  if (uow.getPersistStack().size > 0 || uow.getRemoveStack().size > 0)
    throw new Error('ORM persist/remove inside transaction(): write with query() there');
}
