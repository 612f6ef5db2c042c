// The SQL pool's gate: signed-in and write work gets the next free connection before anonymous reads, anonymous
// reads hold only their share and are refused (not queued without end) when their queue is full, single statements
// take turns on a few connections while transactions pass them, a connection the server ended mid-transaction is
// not reused, and closing the ORM closes the pool.
import { expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { poolLoad, query, setSqlPriority, transaction } from '../src/common/sql';
import { DatabaseBusyError } from '../src/common/sql-pool';
import { openDatabase } from '../src/database';
import { urlFor, withAdmin } from './db';
import { holdConnection, ownDatabase } from './pool-helpers';

const LIMITS = { max: 3, lowMax: 2, lowQueue: 2, lowWaitMs: 5_000, highQueue: 100, singleMax: 0, singleStallMs: 50 };

const db = ownDatabase(LIMITS);

function em(priority: 'high' | 'low'): EntityManager {
  const fork = db.orm.em.fork() as EntityManager;
  setSqlPriority(fork, priority);
  return fork;
}

const hold = (priority: 'high' | 'low') => holdConnection(em(priority));

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

it('gives a freed connection to signed-in work before anonymous reads, and refuses anonymous reads beyond the queue', async () => {
  const held = [hold('low'), hold('low'), hold('high')];
  await until(() => poolLoad(db.orm.em as EntityManager)!.used === 3);
  const order: string[] = [];
  // Two anonymous reads queue first; a third finds the queue full and is refused at once.
  const lows = [1, 2].map((n) => query(em('low'), `SELECT 1`, {}).then(() => order.push(`low ${n}`)));
  await expect(query(em('low'), `SELECT 1`, {})).rejects.toBeInstanceOf(DatabaseBusyError);
  const high = query(em('high'), `SELECT 1`, {}).then(() => order.push('high'));
  expect(poolLoad(db.orm.em as EntityManager)).toMatchObject({ used: 3, waiting: 3, waitingLow: 2, usedLow: 2 });
  // An anonymous connection comes free: the signed-in work, queued last, gets it.
  held[0]!.release();
  await high;
  expect(order).toEqual(['high']);
  // The signed-in work's connection went to the first anonymous read queued; the second waits for an anonymous share,
  // which only the first gives back while the held connections stay held: the reads finish in the order they queued.
  expect(poolLoad(db.orm.em as EntityManager)).toMatchObject({ used: 3, waiting: 1, waitingLow: 1, usedLow: 2 });
  await lows[0];
  await lows[1];
  expect(order).toEqual(['high', 'low 1', 'low 2']);
  for (const h of held) h.release();
  await Promise.all(held.map((h) => h.done));
  expect(poolLoad(db.orm.em as EntityManager)).toMatchObject({ used: 0, waiting: 0 });
});

/** A second ORM on the same database with other limits, closed after `work`. */
async function withPool(limits: Partial<typeof LIMITS>, work: (em: () => EntityManager) => Promise<void>) {
  const other = await openDatabase(urlFor(db.name), { sqlPool: { ...LIMITS, ...limits } });
  try {
    await work(() => other.em.fork() as EntityManager);
  } finally {
    await other.close(true);
  }
}

/** An advisory lock held by a connection outside the pool: a single statement that asks for it waits until `free`. */
async function lockOutside(key: number) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: urlFor(db.name) });
  await client.connect();
  await client.query(`SELECT pg_advisory_lock($1)`, [key]);
  return { free: () => client.end() };
}

it('single statements take turns on singleMax connections; a transaction passes them', async () => {
  await withPool({ max: 4, singleMax: 1, singleStallMs: 60_000 }, async (fork) => {
    const lock = await lockOutside(7001);
    const order: string[] = [];
    const blocked = query(fork(), `SELECT pg_advisory_xact_lock_shared(7001)`, {}).then(() => order.push('blocked'));
    await until(() => poolLoad(fork())!.used === 1);
    const next = query(fork(), `SELECT 1`, {}).then(() => order.push('next'));
    await until(() => poolLoad(fork())!.waiting === 1);
    await transaction(fork(), (tx) => query(tx, `SELECT 1`, {}));
    order.push('transaction');
    expect(poolLoad(fork())).toMatchObject({ used: 1, waiting: 1 });
    await lock.free();
    await Promise.all([blocked, next]);
    expect(order).toEqual(['transaction', 'blocked', 'next']);
  });
});

it('a single statement running past singleStallMs (a lock wait) lets the next one start', async () => {
  await withPool({ max: 4, singleMax: 1, singleStallMs: 100 }, async (fork) => {
    const lock = await lockOutside(7002);
    const blocked = query(fork(), `SELECT pg_advisory_xact_lock_shared(7002)`, {});
    await until(() => poolLoad(fork())!.used === 1);
    expect(await query(fork(), `SELECT 1 AS one`, {})).toEqual([{ one: 1 }]);
    await lock.free();
    await blocked;
  });
});

it('many callers at once send their single statements through singleMax backends, not one each', async () => {
  await withPool({ max: 10, singleMax: 2, singleStallMs: 60_000 }, async (fork) => {
    const pids = new Set<number>();
    const caller = async () => {
      for (let i = 0; i < 25; i++) pids.add((await query<{ pid: number }>(fork(), `SELECT pg_backend_pid() AS pid`, {}))[0]!.pid);
    };
    await Promise.all(Array.from({ length: 8 }, caller));
    expect(pids.size).toBeLessThanOrEqual(2);
  });
});

it('never hands out again a connection the server ended mid-transaction', async () => {
  const pids = async () =>
    (await query<{ pid: number }>(em('high'), `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`, {})).map((r) => r.pid);
  let victim = 0;
  await expect(
    transaction(em('high'), async (tx) => {
      victim = (await query<{ pid: number }>(tx, `SELECT pg_backend_pid() AS pid`, {}))[0]!.pid;
      // The server ends this backend: its ROLLBACK fails, and the pool must not hand the connection out again.
      await withAdmin((c) => c.query(`SELECT pg_terminate_backend($1)`, [victim]));
      await query(tx, `SELECT 1`, {});
    }),
  ).rejects.toThrow();
  for (let i = 0; i < 5; i++) expect(await query(em('high'), `SELECT 1 AS one`, {})).toEqual([{ one: 1 }]);
  expect(await pids()).not.toContain(victim);
});

it('closes its connections when the ORM closes', async () => {
  const other = await openDatabase(urlFor(db.name), { sqlPool: LIMITS });
  const fork = other.em.fork() as EntityManager;
  const [{ pid }] = (await query<{ pid: number }>(fork, `SELECT pg_backend_pid() AS pid`, {})) as [{ pid: number }];
  await other.close();
  const open = await withAdmin(async (c) => (await c.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rowCount);
  expect(open).toBe(0);
  await expect(query(fork, `SELECT 1`, {})).rejects.toThrow();
});
