// SQL of a store's stock sheet: set-based, a statement per step whatever the number of rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

/** The sheet's SKUs by code, with what the store holds of each (reserved stock bounds the new count). */
export async function stockLookups(
  em: EntityManager,
  storeId: string,
  skuCodes: string[],
): Promise<{ code: string; sku_id: string; on_hand: number | null; reserved: number }[]> {
  return query(
    em,
    `SELECT k.code, k.id AS sku_id, ss.on_hand, coalesce(ss.reserved, 0)::int AS reserved
       FROM sku k LEFT JOIN store_stock ss ON ss.sku_id = k.id AND ss.store_id = :store::uuid
      WHERE k.code = ANY(:codes::text[]) ORDER BY k.id`,
    { store: storeId, codes: pgArray(skuCodes) },
  );
}

/**
 * Sets on-hand counts (a SKU the store had no row for is listed with it) and journals each change as IMPORT in
 * the same statement; a count equal to what is there writes nothing. Returns the SKUs whose count changed.
 */
export async function setStockCounts(
  em: EntityManager,
  p: { storeId: string; rows: { sku_id: string; on_hand: number; before: number | null }[]; actor: string; at: Date },
): Promise<{ sku_id: string }[]> {
  return query(
    em,
    `WITH r AS (SELECT * FROM jsonb_to_recordset(:rows::jsonb) AS r(sku_id uuid, on_hand int, before int)),
     up AS (
       INSERT INTO store_stock AS ss (store_id, sku_id, on_hand, reserved, updated_at)
       SELECT :store::uuid, r.sku_id, r.on_hand, 0, now() FROM r
       ON CONFLICT (store_id, sku_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now() WHERE ss.on_hand <> EXCLUDED.on_hand
         -- an order reserving since the check keeps its units: that row is left as it was
         AND ss.reserved <= EXCLUDED.on_hand
       RETURNING ss.sku_id, ss.on_hand, ss.reserved)
     INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor, created_at)
     SELECT gen_random_uuid(), :store::uuid, up.sku_id, up.on_hand - coalesce(r.before, 0), 0, up.on_hand, up.reserved, 'IMPORT', :actor::text,
            :at::timestamptz
       FROM up JOIN r USING (sku_id) WHERE up.on_hand <> coalesce(r.before, 0)
     RETURNING sku_id`,
    { store: p.storeId, rows: JSON.stringify(p.rows), actor: p.actor, at: p.at.toISOString() },
  );
}

export async function stockForExport(em: EntityManager, storeId: string) {
  return query<{ code: string; name: string; attributes: Record<string, string>; on_hand: number }>(
    em,
    `SELECT k.code, p.name, k.attributes, ss.on_hand FROM store_stock ss JOIN sku k ON k.id = ss.sku_id JOIN product p ON p.id = k.product_id
      WHERE ss.cluster_id = (SELECT cluster_id FROM store WHERE id = :store::uuid) AND ss.store_id = :store::uuid ORDER BY k.code`,
    { store: storeId },
  );
}

export async function storeIdExists(em: EntityManager, storeId: string): Promise<boolean> {
  const [row] = await query<{ ok: boolean }>(em, `SELECT EXISTS (SELECT 1 FROM store WHERE id = :id::uuid) AS ok`, { id: storeId });
  return row!.ok;
}
