// SQL of HQ's catalog edits: products with their SKUs and categories, categories, price rows, listing, audit.
// Cold paths (HQ edits a product at a time), so plain statements; each caller runs them in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';
import type { PriceRow } from './price-timeline';

export interface ProductWrite {
  id: string;
  code: string;
  name: string;
  subtitle: string;
  description: string;
  unit: string;
  status: string;
  categoryId: string;
  specs: { name: string; values: string[] }[];
}

export interface SkuWrite {
  code: string;
  attributes: Record<string, string>;
  barcode: string | null;
  priceFen: number;
  compareAtFen: number | null;
}

export interface ExistingSku {
  id: string;
  code: string;
  product_id: string;
  price_fen: number;
  barcode: string | null;
  compare_at_fen: number | null;
  active: boolean;
}

/** What stands in the way of saving: the product code, SKU codes and barcodes other products hold, the categories. */
export async function conflictsForProduct(
  em: EntityManager,
  p: { id: string; code: string; skuCodes: string[]; barcodes: string[]; categoryIds: string[] },
) {
  const [row] = await query<{
    product_code_taken: boolean;
    sku_codes: string[] | null;
    barcodes: { barcode: string; code: string }[] | null;
    categories: string[] | null;
    exists: boolean;
  }>(
    em,
    `SELECT EXISTS (SELECT 1 FROM product WHERE code = :code::text AND id <> :id::uuid) AS product_code_taken,
            (SELECT array_agg(code) FROM sku WHERE code = ANY(:codes::text[]) AND product_id <> :id::uuid) AS sku_codes,
            (SELECT jsonb_agg(jsonb_build_object('barcode', barcode, 'code', code)) FROM sku
              WHERE barcode = ANY(:barcodes::text[])) AS barcodes,
            (SELECT array_agg(id::text) FROM category WHERE id = ANY(:categories::uuid[])) AS categories,
            EXISTS (SELECT 1 FROM product WHERE id = :id::uuid) AS exists`,
    { id: p.id, code: p.code, codes: pgArray(p.skuCodes), barcodes: pgArray(p.barcodes), categories: pgArray(p.categoryIds) },
  );
  return {
    productCodeTaken: row!.product_code_taken,
    skuCodesTaken: row!.sku_codes ?? [],
    barcodeHolders: row!.barcodes ?? [],
    categoriesFound: row!.categories ?? [],
    exists: row!.exists,
  };
}

/** The product's SKUs, locked: two HQ users saving one product apply one after the other. */
export async function lockProductSkus(em: EntityManager, productId: string): Promise<ExistingSku[]> {
  return query<ExistingSku>(
    em,
    `SELECT id, code, product_id, price_fen, barcode, compare_at_fen, active FROM sku WHERE product_id = :id::uuid ORDER BY id FOR UPDATE`,
    { id: productId },
  );
}

export async function upsertProduct(em: EntityManager, p: ProductWrite): Promise<Record<string, unknown>> {
  const [row] = await query<Record<string, unknown>>(
    em,
    `INSERT INTO product (id, code, name, subtitle, description, unit, status, category_id, specs)
     VALUES (:id::uuid, :code::text, :name::text, :subtitle::text, :description::text, :unit::text, :status::text, :category::uuid, :specs::jsonb)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, subtitle = EXCLUDED.subtitle,
       description = EXCLUDED.description, unit = EXCLUDED.unit, status = EXCLUDED.status, category_id = EXCLUDED.category_id,
       specs = EXCLUDED.specs
     RETURNING *`,
    { ...p, category: p.categoryId, specs: JSON.stringify(p.specs) },
  );
  return row!;
}

export async function replaceProductCategories(em: EntityManager, productId: string, categoryIds: string[]): Promise<void> {
  await query(em, `DELETE FROM product_in_category WHERE product_id = :id::uuid AND category_id <> ALL(:ids::uuid[])`, {
    id: productId,
    ids: pgArray(categoryIds),
  });
  await query(
    em,
    `INSERT INTO product_in_category (product_id, category_id) SELECT :id::uuid, unnest(:ids::uuid[]) ON CONFLICT DO NOTHING`,
    { id: productId, ids: pgArray(categoryIds) },
  );
}

/** The SKUs by code: new ones inserted, the others updated and (back) on sale; the ones not named go inactive. */
export async function writeSkus(em: EntityManager, productId: string, skus: SkuWrite[]): Promise<{ id: string; code: string }[]> {
  const rows = await query<{ id: string; code: string }>(
    em,
    `INSERT INTO sku (id, code, product_id, attributes, price_fen, barcode, compare_at_fen, active)
     SELECT gen_random_uuid(), s.code, :product::uuid, s.attributes, s.price_fen, s.barcode, s.compare_at_fen, true
       FROM jsonb_to_recordset(:rows::jsonb) AS s(code text, attributes jsonb, price_fen int, barcode text, compare_at_fen int)
     ON CONFLICT (code) DO UPDATE SET attributes = EXCLUDED.attributes, price_fen = EXCLUDED.price_fen, barcode = EXCLUDED.barcode,
       compare_at_fen = EXCLUDED.compare_at_fen, active = true
     RETURNING id, code`,
    {
      product: productId,
      rows: JSON.stringify(
        skus.map((s) => ({
          code: s.code,
          attributes: s.attributes,
          price_fen: s.priceFen,
          barcode: s.barcode,
          compare_at_fen: s.compareAtFen,
        })),
      ),
    },
  );
  await query(em, `UPDATE sku SET active = false WHERE product_id = :product::uuid AND code <> ALL(:codes::text[])`, {
    product: productId,
    codes: pgArray(skus.map((s) => s.code)),
  });
  return rows;
}

export interface PriceInsert {
  skuId: string;
  storeId: string | null;
  /** A store group's price (storeId null); both null: the chain's. */
  storeGroupId?: string | null;
  priceFen: number;
  startsAt: Date;
  endsAt: Date | null;
  createdBy: string;
}

export async function insertPrices(em: EntityManager, rows: PriceInsert[]): Promise<PriceRowDb[]> {
  if (!rows.length) return [];
  return query<PriceRowDb>(
    em,
    `INSERT INTO sku_price (id, sku_id, store_id, store_group_id, price_fen, starts_at, ends_at, created_by)
     SELECT gen_random_uuid(), r.sku_id, r.store_id, r.store_group_id, r.price_fen, r.starts_at, r.ends_at, r.created_by
       FROM jsonb_to_recordset(:rows::jsonb) AS r(sku_id uuid, store_id uuid, store_group_id uuid, price_fen int, starts_at timestamptz,
                                                  ends_at timestamptz, created_by text)
     RETURNING *`,
    {
      rows: JSON.stringify(
        rows.map((r) => ({
          sku_id: r.skuId,
          store_id: r.storeId,
          store_group_id: r.storeGroupId ?? null,
          price_fen: r.priceFen,
          starts_at: r.startsAt.toISOString(),
          ends_at: r.endsAt?.toISOString() ?? null,
          created_by: r.createdBy,
        })),
      ),
    },
  );
}

/** SKUs (of the given ones) that have no chain price row yet: their list price has no history to compare with. */
export async function skusWithoutChainHistory(em: EntityManager, skuIds: string[]): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `SELECT k.id FROM sku k WHERE k.id = ANY(:ids::uuid[])
       AND NOT EXISTS (SELECT 1 FROM sku_price p WHERE p.sku_id = k.id AND p.store_id IS NULL AND p.store_group_id IS NULL)`,
    { ids: pgArray(skuIds) },
  );
  return rows.map((r) => r.id);
}

export interface PriceRowDb {
  id: string;
  sku_id: string;
  store_id: string | null;
  store_group_id: string | null;
  price_fen: number;
  starts_at: Date;
  ends_at: Date | null;
  created_by: string;
  created_at: Date;
}

export const toPriceRow = (r: {
  store_id: string | null;
  store_group_id?: string | null;
  price_fen: number;
  starts_at: Date | string;
  ends_at: Date | string | null;
  created_at: Date | string;
}): PriceRow => ({
  storeId: r.store_id,
  storeGroupId: r.store_group_id ?? null,
  priceFen: r.price_fen,
  startsAt: new Date(r.starts_at),
  endsAt: r.ends_at ? new Date(r.ends_at) : null,
  createdAt: new Date(r.created_at),
});

/** A SKU locked for a price change (so two overlapping windows cannot both pass the check), with its list price. */
export async function lockSku(em: EntityManager, skuId: string): Promise<{ id: string; price_fen: number } | undefined> {
  const [row] = await query<{ id: string; price_fen: number }>(em, `SELECT id, price_fen FROM sku WHERE id = :id::uuid FOR UPDATE`, {
    id: skuId,
  });
  return row;
}

/** Price rows of SKUs: all of them, chain and every store, oldest first. */
export async function priceRowsOf(em: EntityManager, skuIds: readonly string[]): Promise<PriceRowDb[]> {
  return query<PriceRowDb>(em, `SELECT * FROM sku_price WHERE sku_id = ANY(:ids::uuid[]) ORDER BY starts_at, created_at`, {
    ids: pgArray(skuIds),
  });
}

export async function storeExists(em: EntityManager, storeId: string): Promise<boolean> {
  const [row] = await query<{ ok: boolean }>(em, `SELECT EXISTS (SELECT 1 FROM store WHERE id = :id::uuid) AS ok`, { id: storeId });
  return row!.ok;
}

export async function categoryRow(em: EntityManager, id: string): Promise<{ id: string; parent_id: string | null } | undefined> {
  const [row] = await query<{ id: string; parent_id: string | null }>(em, `SELECT id, parent_id FROM category WHERE id = :id::uuid`, {
    id,
  });
  return row;
}

export async function categoryHasChildren(em: EntityManager, id: string): Promise<boolean> {
  const [row] = await query<{ ok: boolean }>(em, `SELECT EXISTS (SELECT 1 FROM category WHERE parent_id = :id::uuid) AS ok`, { id });
  return row!.ok;
}

export async function categoryCodeTaken(em: EntityManager, code: string, exceptId: string): Promise<boolean> {
  const [row] = await query<{ ok: boolean }>(
    em,
    `SELECT EXISTS (SELECT 1 FROM category WHERE code = :code::text AND id <> :id::uuid) AS ok`,
    {
      code,
      id: exceptId,
    },
  );
  return row!.ok;
}

export async function upsertCategory(
  em: EntityManager,
  c: { id: string; code: string; name: string; parentId: string | null; position: number; icon: string },
): Promise<Record<string, unknown>> {
  const [row] = await query<Record<string, unknown>>(
    em,
    `INSERT INTO category (id, code, name, parent_id, position, icon)
     VALUES (:id::uuid, :code::text, :name::text, :parent::uuid, :position::int, :icon::text)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, parent_id = EXCLUDED.parent_id,
       position = EXCLUDED.position, icon = EXCLUDED.icon
     RETURNING *`,
    { ...c, parent: c.parentId },
  );
  return row!;
}

/** The active SKUs named, or of the products in a category and its children, that exist. */
export async function skusForListing(em: EntityManager, skuIds: string[] | null, categoryId: string | null): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `SELECT k.id FROM sku k
     WHERE k.active
       AND (:ids::uuid[] IS NULL OR k.id = ANY(:ids::uuid[]))
       AND (:category::uuid IS NULL OR EXISTS (
             SELECT 1 FROM product_in_category pc JOIN category c ON c.id = pc.category_id
             WHERE pc.product_id = k.product_id AND (c.id = :category::uuid OR c.parent_id = :category::uuid)))
     ORDER BY k.id`,
    { ids: skuIds ? pgArray(skuIds) : null, category: categoryId },
  );
  return rows.map((r) => r.id);
}

/**
 * On shelf: each store lists the SKU (a stock row with nothing on hand when it had none). Off shelf: the row stays
 * with its stock, marked, so neither the shop nor routing offers it there. The stores are one store or a group's.
 * Returns the store × SKU pairs whose listing changed.
 */
export async function setShelf(
  em: EntityManager,
  storeIds: readonly string[],
  skuIds: string[],
  onShelf: boolean,
): Promise<{ storeId: string; skuId: string }[]> {
  const rows = await query<{ store_id: string; sku_id: string }>(
    em,
    onShelf
      ? `INSERT INTO store_stock AS ss (store_id, sku_id, on_hand, reserved, off_shelf, updated_at)
         SELECT s.id, k.id, 0, 0, false, now() FROM unnest(:stores::uuid[]) AS s(id) CROSS JOIN unnest(:skus::uuid[]) AS k(id)
         ON CONFLICT (store_id, sku_id) DO UPDATE SET off_shelf = false, updated_at = now() WHERE ss.off_shelf
         RETURNING store_id, sku_id`
      : `UPDATE store_stock SET off_shelf = true, updated_at = now()
         WHERE store_id = ANY(:stores::uuid[]) AND sku_id = ANY(:skus::uuid[]) AND NOT off_shelf RETURNING store_id, sku_id`,
    { stores: pgArray(storeIds), skus: pgArray(skuIds) },
  );
  return rows.map((r) => ({ storeId: r.store_id, skuId: r.sku_id }));
}

/** Whether each SKU is on the shelf at the store (listed and not taken off), keyed `storeId:skuId`. */
export async function onShelfAt(em: EntityManager, pairs: readonly { storeId: string; skuId: string }[]): Promise<Set<string>> {
  const rows = await query<{ store_id: string; sku_id: string }>(
    em,
    `SELECT ss.store_id, ss.sku_id FROM unnest(:stores::uuid[], :skus::uuid[]) AS w(store_id, sku_id)
     JOIN store_stock ss ON ss.store_id = w.store_id AND ss.sku_id = w.sku_id WHERE NOT ss.off_shelf`,
    { stores: pgArray(pairs.map((p) => p.storeId)), skus: pgArray(pairs.map((p) => p.skuId)) },
  );
  return new Set(rows.map((r) => `${r.store_id}:${r.sku_id}`));
}

export async function skuIdByBarcode(em: EntityManager, barcode: string): Promise<string | undefined> {
  const [row] = await query<{ id: string }>(em, `SELECT id FROM sku WHERE barcode = :b::text`, { b: barcode });
  return row?.id;
}

export async function writeAudit(
  em: EntityManager,
  entry: { actor: string; at: Date; action: string; subjectId: string | null; detail: unknown },
): Promise<void> {
  await query(
    em,
    `INSERT INTO catalog_audit (id, actor, at, action, subject_id, detail)
     VALUES (gen_random_uuid(), :actor::text, :at::timestamptz, :action::text, :subject::uuid, :detail::jsonb)`,
    {
      actor: entry.actor,
      at: entry.at.toISOString(),
      action: entry.action,
      subject: entry.subjectId,
      detail: JSON.stringify(entry.detail),
    },
  );
}

export async function auditOf(
  em: EntityManager,
  subjectId: string | null,
  limit: number,
): Promise<{ id: string; actor: string; at: Date; action: string; subject_id: string | null; detail: unknown }[]> {
  return query(
    em,
    `SELECT id, actor, at, action, subject_id, detail FROM catalog_audit
     WHERE :subject::uuid IS NULL OR subject_id = :subject::uuid ORDER BY at DESC, id LIMIT :limit::int`,
    { subject: subjectId, limit },
  );
}
