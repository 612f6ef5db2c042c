// Named parameters for raw SQL, compiled to positional binds; never string-built from values.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

const NAME = /(?<![:\w]):([a-zA-Z_]\w*)/g;

/** ":name" becomes a bound "?" for the ORM's driver (PostgreSQL "::type" casts are left alone). */
export function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(NAME, (_, name: string) => {
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
    const text = sql.replace(NAME, (_, name: string) => {
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

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] } | string): Promise<{ rows: unknown[] }>;
}

/**
 * The ORM's pool (knex's client and its tarn pool): the connections every statement here runs on. This file is the
 * only one that touches it; everything else goes through the helpers below (statements, transactions, a session of
 * its own, how busy the pool is).
 */
interface Pool {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
  pool?: { numUsed(): number; numPendingAcquires(): number; max: number };
}

const pool = (em: EntityManager) => em.getKnex().client as Pool;

/** How busy the pool is: connections in use, callers waiting for one, and its size (undefined before it opens). */
export function poolLoad(em: EntityManager): { used: number; waiting: number; max: number } | undefined {
  const tarn = pool(em).pool;
  return tarn && { used: tarn.numUsed(), waiting: tarn.numPendingAcquires(), max: tarn.max };
}

/**
 * Runs `work` with one pooled connection of its own, outside any transaction, for a session-level lock held across
 * the work's own transactions: `run` sends a constant statement on that connection.
 */
export async function withSession<T>(em: EntityManager, work: (run: <R>(sql: string) => Promise<R[]>) => Promise<T>): Promise<T> {
  const client = pool(em);
  const connection = await client.acquireConnection();
  try {
    return await work(async <R>(sql: string) => (await connection.query(sql)).rows as R[]);
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * A statement prepared: parsed once per connection, and PostgreSQL reuses its plan, which saves more than most
 * statements take to run (MikroORM's execute inlines the values, so each text is new and planned anew). Inside
 * a transaction it runs on that transaction's connection; otherwise on a pooled connection, in autocommit
 * (reads of committed data, or a write that is atomic as one statement). Every parameter must have a type
 * PostgreSQL can infer (cast it when in doubt).
 */
export async function preparedQuery<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  const [text, params] = positional(sql, values);
  const config = { name: compile(sql).statement, text, values: params };
  if (watchers.size) sent(config);
  const trx = em.getTransactionContext<unknown>();
  if (trx instanceof SqlTransaction) return (await trx.connection.query(config)).rows as T[];
  const client = pool(em);
  const connection = await client.acquireConnection();
  try {
    return (await connection.query(config)).rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
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
  constructor(readonly connection: PgClient) {
    return new Proxy(this, {
      get(target, key, receiver) {
        if (key === 'connection' || key === 'constructor' || typeof key === 'symbol') return Reflect.get(target, key, receiver);
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
  // Called from inside another transaction's work: it joins that one (all or nothing together).
  if (em.getTransactionContext<unknown>() instanceof SqlTransaction) return work(em);
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
  const client = pool(em);
  const connection = await client.acquireConnection();
  try {
    if (watchers.size) sent({ text: 'BEGIN' });
    await connection.query('BEGIN');
    const tx = em.fork({ clear: true });
    tx.setTransactionContext(new SqlTransaction(connection));
    let result: T;
    try {
      result = await work(tx);
      // Nothing flushes the fork: an entity persisted or removed in the work would be lost without a word.
      const uow = tx.getUnitOfWork();
      if (uow.getPersistStack().size > 0 || uow.getRemoveStack().size > 0)
        throw new Error('ORM persist/remove inside transaction(): write with query() there');
    } catch (err) {
      await connection.query('ROLLBACK').catch((rollback: unknown) => discard(connection, rollback));
      throw err;
    }
    if (watchers.size) sent({ text: 'COMMIT' });
    await connection.query('COMMIT');
    return result;
  } finally {
    await client.releaseConnection(connection);
  }
}

/** A connection whose transaction state is unknown goes back marked, so the pool destroys it instead of reusing it. */
function discard(connection: PgClient, reason: unknown): void {
  (connection as { __knex__disposed?: unknown }).__knex__disposed = reason;
}
