// Stock writes as single conditional statements: the check and the change cannot be separated by another writer.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { StockMovementReason } from './inventory.entity';

export interface StockChange {
  /** The store's cluster (store-cluster.ts, or the order's): the stock row and its journal row are filed there. */
  clusterId: string;
  storeId: string;
  skuId: string;
  delta: number;
  reason: StockMovementReason;
  actor: string;
  note?: string | null;
  orderRef?: string | null;
  /** Journal time, from the injected clock; millisecond precision keeps journal cursors exact. */
  at: Date;
}

export interface StockRow {
  onHand: number;
  reserved: number;
}

/**
 * Adds delta to on-hand stock and journals it in the same statement. A negative delta only
 * applies when on_hand - reserved stays >= 0; otherwise nothing changes and undefined is returned.
 */
export async function applyStockChange(em: EntityManager, change: StockChange): Promise<StockRow | undefined> {
  const upsert =
    change.delta > 0
      ? `INSERT INTO store_stock AS ss (store_id, sku_id, on_hand, reserved, updated_at, cluster_id)
         VALUES (:store::uuid, :sku::uuid, :delta::int, 0, now(), :cluster)
         ON CONFLICT (store_id, sku_id) DO UPDATE SET on_hand = ss.on_hand + EXCLUDED.on_hand, updated_at = now()
         RETURNING on_hand, reserved`
      : `UPDATE store_stock SET on_hand = on_hand + :delta::int, updated_at = now()
         WHERE cluster_id = :cluster AND store_id = :store::uuid AND sku_id = :sku::uuid AND on_hand - reserved + :delta::int >= 0
         RETURNING on_hand, reserved`;
  const rows = await query<{ on_hand: number; reserved: number }>(
    em,
    `WITH changed AS (${upsert})
       INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after,
                                   reason, order_ref, note, actor, created_at, cluster_id)
       SELECT gen_random_uuid(), :store::uuid, :sku::uuid, :delta::int, 0, on_hand, reserved,
              :reason::text, :orderRef::text, :note::text, :actor::text, :at::timestamptz, :cluster
         FROM changed
       RETURNING on_hand_after AS on_hand, reserved_after AS reserved`,
    {
      cluster: change.clusterId,
      store: change.storeId,
      sku: change.skuId,
      delta: change.delta,
      reason: change.reason,
      orderRef: change.orderRef ?? null,
      note: change.note ?? null,
      actor: change.actor,
      at: change.at,
    },
  );
  const row = rows[0];
  return row ? { onHand: row.on_hand, reserved: row.reserved } : undefined;
}

export async function availableUnits(em: EntityManager, cluster: string, storeId: string, skuId: string): Promise<number> {
  const [row] = await em.execute<{ available: number }[]>(
    `SELECT on_hand - reserved AS available FROM store_stock WHERE cluster_id = ? AND store_id = ? AND sku_id = ?`,
    [cluster, storeId, skuId],
  );
  return row?.available ?? 0;
}
