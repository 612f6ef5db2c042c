// SQL for a payment that arrives after its checkout's unpaid expiry: whether the cancelled checkout can be paid after
// all (a flash checkout the payment timeout cancelled, with nothing else given back that it would have to take
// again), a savepoint to try it under, and its orders' stock marked held again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, preparedQuery } from '../../common/sql';

/**
 * Whether the (locked) cancelled checkout may take its goods again: it released flash holds, every order was cancelled
 * by the payment timeout with its stock released, and it used nothing whose giving back cannot be taken again here:
 * no coupon, no points, no campaign with a budget (its spend went back), no pickup slot (its place went back).
 */
export async function expiredFlashCheckout(tx: EntityManager, checkoutId: string): Promise<boolean> {
  const [r] = await preparedQuery<{ ok: boolean }>(
    tx,
    `SELECT k.state = 'CANCELLED' AND k.coupon_id IS NULL AND k.points_used = 0
       AND EXISTS (SELECT 1 FROM flash_hold h WHERE h.cluster_id = k.cluster_id AND h.checkout_id = k.id AND h.released_at IS NOT NULL)
       AND EXISTS (SELECT 1 FROM customer_order o WHERE o.cluster_id = k.cluster_id AND o.checkout_id = k.id)
       AND NOT EXISTS (
         SELECT 1 FROM customer_order o WHERE o.cluster_id = k.cluster_id AND o.checkout_id = k.id
           AND (o.state <> 'CANCELLED' OR o.stock <> 'RELEASED' OR (o.fulfilment = 'PICKUP' AND o.scheduled_at IS NOT NULL)
                OR NOT EXISTS (SELECT 1 FROM order_transition t
                               WHERE t.cluster_id = o.cluster_id AND t.order_id = o.id AND t.event = 'CANCEL' AND t.actor = 'system:payment-timeout')))
       AND NOT EXISTS (
         SELECT 1 FROM (
           SELECT a FROM customer_order o JOIN order_line l ON l.cluster_id = o.cluster_id AND l.order_id = o.id, jsonb_array_elements(l.adjustments) a
           WHERE o.cluster_id = k.cluster_id AND o.checkout_id = k.id
           UNION ALL SELECT a FROM jsonb_array_elements(k.delivery_adjustments) a) adj
         JOIN promotion p ON p.id::text = adj.a->>'promotionId'
         WHERE p.budget_fen IS NOT NULL OR p.budget_uses IS NOT NULL) AS ok
     FROM checkout k WHERE k.cluster_id = coalesce(:cluster::text, k.cluster_id) AND k.id = :k::uuid`,
    { k: checkoutId, cluster: clusterOfId(checkoutId) ?? null },
  );
  return r?.ok === true;
}

/** Savepoints inside the payment's transaction: a retake refused part-way is undone, the payment still recorded. */
export async function savepoint(tx: EntityManager, action: 'SET' | 'ROLLBACK' | 'RELEASE'): Promise<void> {
  const sql = { SET: 'SAVEPOINT late_retake', ROLLBACK: 'ROLLBACK TO SAVEPOINT late_retake', RELEASE: 'RELEASE SAVEPOINT late_retake' };
  await preparedQuery(tx, sql[action], {});
}

/** The revived orders hold their stock again (their rows are locked; the reservation was just written). */
export async function markOrdersStockHeld(tx: EntityManager, orderIds: readonly string[]): Promise<void> {
  await preparedQuery(
    tx,
    `UPDATE customer_order SET stock = 'HELD' WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = ANY(:ids::uuid[]) AND stock = 'RELEASED'`,
    {
      ids: pgArray(orderIds),
      // One checkout's orders: one cluster.
      cluster: (orderIds[0] && clusterOfId(orderIds[0])) ?? null,
    },
  );
}

/** The cancelled checkout is paid after all: PAID, so its orders go on as any paid checkout's. */
export async function markCheckoutRevived(tx: EntityManager, checkoutId: string): Promise<void> {
  await preparedQuery(
    tx,
    `UPDATE checkout SET state = 'PAID' WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid AND state = 'CANCELLED'`,
    {
      id: checkoutId,
      cluster: clusterOfId(checkoutId) ?? null,
    },
  );
}
