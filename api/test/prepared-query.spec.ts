// transaction() and preparedQuery: statements inside a transaction run on its connection, see its writes and roll
// back with it (the hand-over path depends on this for its locks and its stock change); an ORM call inside is
// refused instead of silently running outside it; a transaction started inside another joins it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { commitWith, ownsTransaction, preparedQuery, query, transaction } from '../src/common/sql';
import { EachError, eachQuery } from '../src/common/sql-each';
import { Shopper } from '../src/modules/auth/auth.entity';
import { startTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ jobs: false });
});
afterAll(() => t?.close());

it('runs on the transaction connection and rolls back with it', async () => {
  const id = randomUUID();
  await expect(
    transaction(t.em(), async (tx) => {
      const [a] = await query<{ pid: number }>(tx, `SELECT pg_backend_pid() AS pid`, {});
      const [b] = await preparedQuery<{ pid: number }>(tx, `SELECT pg_backend_pid() AS pid`, {});
      expect(b!.pid).toBe(a!.pid);
      await preparedQuery(tx, `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o::text)`, { id, o: `o-${id}` });
      expect(await query(tx, `SELECT 1 FROM shopper WHERE id = :id::uuid`, { id })).toHaveLength(1);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await preparedQuery(t.em(), `SELECT 1 FROM shopper WHERE id = :id::uuid`, { id })).toHaveLength(0);
});

const shopperExists = async (id: string) => (await query(t.em(), `SELECT 1 FROM shopper WHERE id = :id::uuid`, { id })).length === 1;
const addShopper = (tx: Parameters<typeof query>[0], id: string) =>
  query(tx, `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o::text)`, { id, o: `o-${id}` });

it('commits what the work wrote, and gives back what it returned', async () => {
  const id = randomUUID();
  expect(await transaction(t.em(), async (tx) => (await addShopper(tx, id), 'done'))).toBe('done');
  expect(await shopperExists(id)).toBe(true);
});

it('refuses an ORM call inside, and writes nothing', async () => {
  const id = randomUUID();
  await expect(
    transaction(t.em(), async (tx) => {
      await addShopper(tx, id);
      await tx.findOne(Shopper, { id: randomUUID() });
    }),
  ).rejects.toThrow(/ORM call inside transaction\(\)/);
  expect(await shopperExists(id)).toBe(false);
});

it('refuses an entity persisted inside (nothing would flush it), and writes nothing', async () => {
  const id = randomUUID();
  await expect(
    transaction(t.em(), async (tx) => {
      await addShopper(tx, randomUUID());
      tx.persist(tx.create(Shopper, { id, openid: `o-${id}` } as never));
    }),
  ).rejects.toThrow(/persist\/remove inside transaction\(\)/);
  expect(await shopperExists(id)).toBe(false);
});

it('joins a transaction started inside another: both roll back together', async () => {
  const [outer, inner] = [randomUUID(), randomUUID()];
  await expect(
    transaction(t.em(), async (tx) => {
      await addShopper(tx, outer);
      await transaction(tx, (tx2) => addShopper(tx2, inner));
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect([await shopperExists(outer), await shopperExists(inner)]).toEqual([false, false]);
});

it('leaves no transaction open on the pooled connections after a failure', async () => {
  const fail = () =>
    transaction(t.em(), async (tx) => {
      await query(tx, `SELECT pg_current_xact_id()`, {}); // the transaction gets an id, which a leaked one would keep
      throw new Error('fail');
    }).catch(() => undefined);
  await Promise.all(Array.from({ length: 20 }, fail));
  const ids = await Promise.all(
    Array.from({ length: 20 }, () => query<{ x: string | null }>(t.em(), `SELECT pg_current_xact_id_if_assigned()::text AS x`, {})),
  );
  expect(ids.map(([r]) => r!.x)).toEqual(Array(20).fill(null));
});

/**
 * pg Client.query calls (round trips) while `op` runs: the first word of each statement. The outbox relay's timer
 * (its claims) and a new connection's preparing of BEGIN (sql-pool.ts) are not the operation's.
 */
async function roundTrips(op: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    const text = typeof first === 'string' ? first : first.text;
    if (!/^\s*UPDATE outbox/.test(text) && first.constructor.name !== 'PrepareBegin') texts.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await op();
  } finally {
    pg.Client.prototype.query = original;
  }
  return texts.map((x) => x.trim().split(/\s+/)[0]!);
}

it('sends BEGIN with the first statement and COMMIT with commitWith: one round trip each, the same effects', async () => {
  const [a, b] = [randomUUID(), randomUUID()];
  const sent = await roundTrips(() =>
    transaction(t.em(), async (tx) => {
      expect(ownsTransaction(tx)).toBe(true);
      await addShopper(tx, a);
      // The first statement opened a transaction block: this sees the same transaction id.
      const [x] = await query<{ x: string }>(tx, `SELECT pg_current_xact_id()::text AS x`, {});
      const [y] = await commitWith<{ x: string }>(
        tx,
        `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o::text) RETURNING pg_current_xact_id()::text AS x`,
        {
          id: b,
          o: `o-${b}`,
        },
      );
      expect(y!.x).toBe(x!.x);
    }),
  );
  expect(sent).toEqual(['INSERT', 'SELECT', 'INSERT']);
  expect([await shopperExists(a), await shopperExists(b)]).toEqual([true, true]);
});

it('rolls back everything when the statement sent with COMMIT fails, and leaves the connection clean', async () => {
  const a = randomUUID();
  await expect(
    transaction(t.em(), async (tx) => {
      await addShopper(tx, a);
      await commitWith(tx, `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o::text)`, { id: a, o: `o-${a}` }); // the same id again
    }),
  ).rejects.toThrow(/duplicate key/);
  expect(await shopperExists(a)).toBe(false);
  const ids = await Promise.all(
    Array.from({ length: 10 }, () => query<{ x: string | null }>(t.em(), `SELECT pg_current_xact_id_if_assigned()::text AS x`, {})),
  );
  expect(ids.map(([r]) => r!.x)).toEqual(Array(10).fill(null));
});

it('fails when the COMMIT itself fails (a deferred check), with nothing written', async () => {
  const a = randomUUID();
  await expect(
    transaction(t.em(), async (tx) => {
      await query(tx, `CREATE TEMP TABLE deferred_check (x int UNIQUE DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP`, {});
      await addShopper(tx, a);
      await commitWith(tx, `INSERT INTO deferred_check VALUES (1), (1)`, {});
    }),
  ).rejects.toThrow(/duplicate key/);
  expect(await shopperExists(a)).toBe(false);
});

it('a transaction joined inside another does not own it: commitWith is for the outer work only', async () => {
  await transaction(t.em(), async (tx) => {
    await transaction(tx, async (tx2) => expect(ownsTransaction(tx2)).toBe(false));
    expect(ownsTransaction(tx)).toBe(true);
  });
});

it('runs one statement for each set of values in one transaction; a set that fails undoes only its own writes', async () => {
  const [a, b] = [randomUUID(), randomUUID()];
  const insert = `WITH s AS (INSERT INTO shopper (id, openid) VALUES (:id::uuid, :openid::text) RETURNING id)
    SELECT s.id, cardinality(:tags::text[]) AS tags, (:doc::jsonb)->>'k' AS k FROM s`;
  const answers = await eachQuery<{ id: string; tags: number; k: string }>(t.em(), insert, [
    { id: a, openid: `o-${a}`, tags: ['x', 'y "z"'], doc: JSON.stringify({ k: 'v' }) },
    // The same id again: the primary key refuses it, and only this set is undone.
    { id: a, openid: `o-${a}-again`, tags: [], doc: null },
    { id: b, openid: `o-${b}`, tags: ['w'], doc: '{}' },
  ]);
  expect(answers[0]).toEqual([{ id: a, tags: 2, k: 'v' }]);
  expect(answers[1]).toBeInstanceOf(EachError);
  expect(answers[1]).toMatchObject({ code: '23505', constraint: 'shopper_pkey' });
  expect(answers[2]).toEqual([{ id: b, tags: 1, k: null }]);
  expect(await shopperExists(a)).toBe(true);
  expect(await shopperExists(b)).toBe(true);
  expect(await query(t.em(), `SELECT 1 FROM shopper WHERE openid = :o::text`, { o: `o-${a}-again` })).toHaveLength(0);
  await expect(eachQuery(t.em(), insert, [{ id: a }])).rejects.toThrow('SQL parameter :openid has no value');
});
