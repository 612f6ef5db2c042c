// What the lock-order tests (and bench:deadlocks) read: PostgreSQL's deadlock count for this database, and whether
// the stock each store holds is exactly what its orders still hold.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../src/common/sql';

/** Deadlocks PostgreSQL has detected in this database since its statistics were reset. */
export async function deadlockCount(em: EntityManager): Promise<number> {
  const [row] = await query<{ n: string }>(em, `SELECT deadlocks AS n FROM pg_stat_database WHERE datname = current_database()`, {});
  return Number(row!.n);
}

/**
 * The count once every backend has reported: a backend flushes its statistics at most once a second while busy
 * and within 10 s of going idle (PostgreSQL 15), so a deadlock can show up that late. Returns early when it moved.
 */
export async function waitForDeadlockStats(em: EntityManager, before: number, ms = 11_500): Promise<number> {
  const until = Date.now() + ms;
  for (;;) {
    const n = await deadlockCount(em);
    if (n !== before || Date.now() > until) return n;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Every (store, SKU) of these stores whose reserved count differs from what its orders hold (lines less refunds of
 * orders whose stock is HELD), or whose on-hand count went negative. Empty when no stock was lost or made up.
 */
export async function stockDrift(em: EntityManager, storeIds: string[]) {
  return query<{ store_id: string; sku_id: string; reserved: number; held: number }>(
    em,
    `WITH held AS (
       SELECT o.store_id, ol.sku_id, sum(ol.quantity - ol.refunded_quantity)::int AS held
       FROM customer_order o JOIN order_line ol ON ol.order_id = o.id
       WHERE o.stock = 'HELD' AND o.store_id = ANY(:stores::uuid[]) GROUP BY o.store_id, ol.sku_id)
     SELECT ss.store_id, ss.sku_id, ss.reserved, coalesce(h.held, 0) AS held
     FROM store_stock ss LEFT JOIN held h ON h.store_id = ss.store_id AND h.sku_id = ss.sku_id
     WHERE ss.store_id = ANY(:stores::uuid[]) AND (ss.reserved <> coalesce(h.held, 0) OR ss.on_hand < 0)
     ORDER BY ss.store_id, ss.sku_id`,
    { stores: `{${storeIds.join(',')}}` },
  );
}
