// What the pool tests hold: one connection of the SQL pool, in a transaction that stays open until released.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, transaction } from '../src/common/sql';

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
