// Lockouts (sign-in, PIN, pickup code) as rows: Redis holds them for the hot path, PostgreSQL keeps them across a
// Redis restart, and the limiter rebuilds Redis from here when its warm marker is gone.
import type { EntityManager } from '@mikro-orm/postgresql';
import { plannedQuery, query } from './sql';

export interface LockoutRow {
  lockKey: string;
  tag: string | null;
  until: Date;
}

export async function saveLockout(em: EntityManager, indexKey: string, row: LockoutRow): Promise<void> {
  await query(
    em,
    `INSERT INTO security_lockout (lock_key, index_key, tag, until_at) VALUES (:lockKey, :indexKey, :tag, :until::timestamptz)
     ON CONFLICT (lock_key) DO UPDATE SET index_key = EXCLUDED.index_key, tag = EXCLUDED.tag, until_at = EXCLUDED.until_at`,
    { lockKey: row.lockKey, indexKey, tag: row.tag, until: row.until.toISOString() },
  );
}

export async function deleteLockout(em: EntityManager, lockKey: string): Promise<void> {
  await query(em, `DELETE FROM security_lockout WHERE lock_key = :lockKey`, { lockKey });
}

/**
 * The lockouts of one limiter still in force at `now` (ended ones are dropped on the way). On the ORM's own pool, not
 * the SQL pool: a store's first typed codes after its warm marker went (a new store, or a Redis that lost its keys)
 * wait for this read inside transactions that hold the SQL pool's connections, and a burst of them would hold all.
 */
export async function activeLockouts(em: EntityManager, indexKey: string, now: Date): Promise<LockoutRow[]> {
  await plannedQuery(em, `DELETE FROM security_lockout WHERE index_key = :indexKey AND until_at <= :now::timestamptz`, {
    indexKey,
    now: now.toISOString(),
  });
  const rows = await plannedQuery<{ lock_key: string; tag: string | null; until_at: string | Date }>(
    em,
    `SELECT lock_key, tag, until_at FROM security_lockout WHERE index_key = :indexKey AND until_at > :now::timestamptz`,
    { indexKey, now: now.toISOString() },
  );
  return rows.map((r) => ({ lockKey: r.lock_key, tag: r.tag, until: new Date(r.until_at) }));
}
