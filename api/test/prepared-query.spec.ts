// transaction() and preparedQuery: statements inside a transaction run on its connection, see its writes and roll
// back with it (the hand-over path depends on this for its locks and its stock change); an ORM call inside is
// refused instead of silently running outside it; a transaction started inside another joins it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { preparedQuery, query, transaction } from '../src/common/sql';
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
