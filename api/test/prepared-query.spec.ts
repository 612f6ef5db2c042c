// preparedQuery inside a transaction runs on that transaction's connection: it sees the transaction's writes and
// rolls back with it (the hand-over path depends on this for its locks and its stock change).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { preparedQuery, query, transaction } from '../src/common/sql';
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
