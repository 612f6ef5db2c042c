// What the pool tests share: a database of the file's own opened with the pool limits under test, and one connection
// of the SQL pool held in a transaction that stays open until released.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll } from 'vitest';
import { query, transaction } from '../src/common/sql';
import type { SqlPoolLimits } from '../src/common/sql-pool';
import { openDatabase } from '../src/database';
import { createDatabaseFromTemplate, dropDatabase, urlFor, withAdmin } from './db';

/** A copy of the template database for this file, opened with these pool limits before its tests, dropped after. */
export function ownDatabase(sqlPool: SqlPoolLimits) {
  const own = {} as { name: string; orm: Awaited<ReturnType<typeof openDatabase>> };
  beforeAll(async () => {
    own.name = await createDatabaseFromTemplate();
    own.orm = await openDatabase(urlFor(own.name), { sqlPool });
  });
  afterAll(async () => {
    await own.orm?.close(true);
    await withAdmin((c) => dropDatabase(c, own.name));
  });
  return own;
}

/** Holds one connection of `em`'s pool until `release` is called; `done` settles when it is given back. */
export function holdConnection(em: EntityManager) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const done = transaction(em, async (tx) => {
    await query(tx, `SELECT 1`, {});
    await released;
  });
  return { release, done };
}
