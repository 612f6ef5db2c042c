// SQL for the counter refund: finding a counter sale by its receipt number, and putting returned goods back on hand.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, query } from '../../common/sql';

// Orders and refunds are found in the cluster their ids name (any, for an id made before the key).
const clusterOf = (id: string) => clusterOfId(id) ?? null;

/**
 * A counter sale of this store by the number its receipt prints (#ABCDEF12, the id's first 8 hex digits) or by its
 * whole id (a scanned QR). The prefix becomes a range on the primary key, so the index answers it.
 */
export async function counterSaleByRef(
  em: EntityManager,
  store: { id: string; clusterId: string },
  ref: string,
): Promise<string | undefined> {
  const hex = ref.replace(/^#/, '').trim().toLowerCase();
  const whole = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(hex);
  if (!whole && !/^[0-9a-f]{8}$/.test(hex)) return undefined;
  const low = whole ? hex : `${hex}-0000-0000-0000-000000000000`;
  const high = whole ? hex : `${hex}-ffff-ffff-ffff-ffffffffffff`;
  const [row] = await query<{ id: string }>(
    em,
    `SELECT o.id FROM customer_order o JOIN checkout k ON k.cluster_id = o.cluster_id AND k.id = o.checkout_id
     WHERE o.cluster_id = :cluster AND o.id BETWEEN :low::uuid AND :high::uuid AND o.store_id = :store::uuid AND k.channel = 'COUNTER'
     ORDER BY o.created_at DESC LIMIT 1`,
    { low, high, cluster: store.clusterId, store: store.id },
  );
  return row?.id;
}

/** How the sale was paid (the refund goes back the same way). */
export async function counterTender(em: EntityManager, orderId: string): Promise<{ tender: string; storeId: string } | undefined> {
  const [row] = await query<{ tender: string; storeId: string }>(
    em,
    `SELECT k.tender, o.store_id AS "storeId" FROM customer_order o JOIN checkout k ON k.cluster_id = o.cluster_id AND k.id = o.checkout_id
     WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.id = :o::uuid AND k.channel = 'COUNTER'`,
    { o: orderId, cluster: clusterOf(orderId) },
  );
  return row;
}

/** The SKUs of the refunded lines, to put back on hand. */
export async function refundedSkus(tx: EntityManager, orderId: string, lineIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await query<{ id: string; skuId: string }>(
    tx,
    `SELECT id, sku_id AS "skuId" FROM order_line WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid AND id = ANY(:ids::uuid[])`,
    { o: orderId, cluster: clusterOf(orderId), ids: pgArray([...lineIds]) },
  );
  return new Map(rows.map((r) => [r.id, r.skuId]));
}

export async function markRefundRestocked(tx: EntityManager, refundId: string): Promise<void> {
  await query(tx, `UPDATE refund SET restocked = true WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :r::uuid`, {
    r: refundId,
    cluster: clusterOf(refundId),
  });
}

/** What a refund gave back: money and points. */
export async function refundFigures(em: EntityManager, refundId: string): Promise<{ amountFen: number; points: number }> {
  const [row] = await query<{ amountFen: number; points: number }>(
    em,
    `SELECT r.amount_fen AS "amountFen",
            coalesce((SELECT sum(points) FROM points_entry p WHERE p.refund_id = r.id AND p.kind = 'RETURN'), 0)::int AS points
     FROM refund r WHERE r.cluster_id = coalesce(:cluster::text, r.cluster_id) AND r.id = :r::uuid`,
    { r: refundId, cluster: clusterOf(refundId) },
  );
  return row!;
}
