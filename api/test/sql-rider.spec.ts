// A read riding with another statement (common/sql-rider.ts): one round trip for both, each answering its own rows,
// the rider prepared in the same round trip when new on the connection; a failure of either costs nothing but the
// round trip saved (and, when a new rider's preparation is in doubt, the connection).
import { afterEach, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { preparedQuery, riderRows, SqlRider, transaction } from '../src/common/sql';
import { ownDatabase } from './pool-helpers';

// One connection: what was prepared on it is known, and every statement below goes there.
const LIMITS = { max: 1, lowMax: 1, lowQueue: 2, lowWaitMs: 5_000, highQueue: 100, singleMax: 0, singleStallMs: 50 };

const db = ownDatabase(LIMITS);

// Round trips: every one goes through pg's Client.query.
let roundTrips = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
afterEach(() => void (roundTrips = 0));

const em = () => db.orm.em.fork() as EntityManager;
const CARRIER = `SELECT :a::int + 1 AS a`;
const DOUBLE = `SELECT :b::int * 2 AS b`;
const RATIO = `SELECT 10 / :n::int AS r`;

it('goes with the carrier: one round trip, each statement its own rows', async () => {
  await riderRows(em(), new SqlRider<{ b: number }>(DOUBLE, { b: 1 }));
  const rider = new SqlRider<{ b: number }>(DOUBLE, { b: 21 });
  roundTrips = 0;
  expect(await preparedQuery(em(), CARRIER, { a: 1 }, [rider])).toEqual([{ a: 2 }]);
  expect(rider.carried).toEqual([{ b: 42 }]);
  expect(await riderRows(em(), rider)).toEqual([{ b: 42 }]);
  expect(roundTrips).toBe(1);
});

it('prepares a rider new on the connection in the same round trip, and uses it prepared after', async () => {
  const TEXT = `SELECT :c::text || '!' AS c`;
  const first = new SqlRider<{ c: string }>(TEXT, { c: 'new' });
  expect(await preparedQuery(em(), CARRIER, { a: 2 }, [first])).toEqual([{ a: 3 }]);
  expect(first.carried).toEqual([{ c: 'new!' }]);
  // Prepared there now: carried again (a second Parse of the name would fail), and read alone too.
  const second = new SqlRider<{ c: string }>(TEXT, { c: 'again' });
  expect(await preparedQuery(em(), CARRIER, { a: 3 }, [second])).toEqual([{ a: 4 }]);
  expect(second.carried).toEqual([{ c: 'again!' }]);
  expect(await riderRows(em(), new SqlRider(TEXT, { c: 'alone' }))).toEqual([{ c: 'alone!' }]);
  expect(roundTrips).toBe(3);
});

it('gives up a connection whose new rider failed (its preparation in doubt), and the next statements run', async () => {
  const pid = async () => (await preparedQuery<{ p: number }>(em(), `SELECT pg_backend_pid() AS p`, {}))[0]!.p;
  const before = await pid();
  const rider = new SqlRider<{ r: number }>(`SELECT 100 / :n::int AS r`, { n: 0 });
  expect(await preparedQuery(em(), CARRIER, { a: 5 }, [rider])).toEqual([{ a: 6 }]);
  expect(rider.carried).toBeUndefined();
  expect(await pid()).not.toBe(before);
  await expect(riderRows(em(), rider)).rejects.toThrow(/division by zero/);
  expect(await riderRows(em(), new SqlRider(`SELECT 100 / :n::int AS r`, { n: 4 }))).toEqual([{ r: 25 }]);
});

it('leaves the carrier its answer when the rider fails, and the rider its own error when read', async () => {
  await riderRows(em(), new SqlRider(RATIO, { n: 5 }));
  const rider = new SqlRider<{ r: number }>(RATIO, { n: 0 });
  roundTrips = 0;
  expect(await preparedQuery(em(), CARRIER, { a: 3 }, [rider])).toEqual([{ a: 4 }]);
  expect(rider.carried).toBeUndefined();
  // The failed pair, then the carrier alone.
  expect(roundTrips).toBe(2);
  await expect(riderRows(em(), rider)).rejects.toThrow(/division by zero/);
});

it('fails a carrier with its own error, and the connection serves the next statement', async () => {
  await riderRows(em(), new SqlRider(DOUBLE, { b: 1 }));
  const rider = new SqlRider<{ b: number }>(DOUBLE, { b: 4 });
  await expect(preparedQuery(em(), RATIO, { n: 0 }, [rider])).rejects.toThrow(/division by zero/);
  expect(rider.carried).toBeUndefined();
  expect(await riderRows(em(), rider)).toEqual([{ b: 8 }]);
  expect(await preparedQuery(em(), CARRIER, { a: 9 })).toEqual([{ a: 10 }]);
});

it('rides with a statement inside a transaction and sees what it wrote; a failing rider fails the transaction', async () => {
  await preparedQuery(em(), `CREATE TABLE IF NOT EXISTS rider_probe (id int PRIMARY KEY, n int NOT NULL)`, {});
  await preparedQuery(em(), `INSERT INTO rider_probe VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0`, {});
  const READ = `SELECT n FROM rider_probe WHERE id = :id::int`;
  const WRITE = `UPDATE rider_probe SET n = n + :by::int WHERE id = 1 RETURNING n`;
  await riderRows(em(), new SqlRider(READ, { id: 1 }));
  const rider = new SqlRider<{ n: number }>(READ, { id: 1 });
  roundTrips = 0;
  await transaction(em(), async (tx) => {
    await preparedQuery(tx, `SELECT 1 AS one`, {}); // the BEGIN goes with the first statement, never a rider
    expect(await preparedQuery(tx, WRITE, { by: 5 }, [rider])).toEqual([{ n: 5 }]);
    expect(rider.carried).toEqual([{ n: 5 }]);
  });
  // BEGIN with the first, the write with its rider, COMMIT.
  expect(roundTrips).toBe(3);
  await riderRows(em(), new SqlRider(RATIO, { n: 1 }));
  await expect(
    transaction(em(), async (tx) => {
      await preparedQuery(tx, `SELECT 1 AS one`, {});
      await preparedQuery(tx, WRITE, { by: 7 }, [new SqlRider(RATIO, { n: 0 })]);
    }),
  ).rejects.toThrow(/division by zero/);
  expect(await preparedQuery(em(), READ, { id: 1 })).toEqual([{ n: 5 }]);
});
