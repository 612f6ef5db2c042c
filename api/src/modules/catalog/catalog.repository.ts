// Catalog reads that need SQL: the product list with its filters (store, category, name) and stock at stores.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

export interface ProductRow {
  id: string;
  code: string;
  name: string;
  description: string;
  category_id: string;
  specs: unknown;
  image_url: string | null;
}

/** `%` and `_` typed by a shopper are characters to find, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// One statement for every combination of filters: a filter left out is NULL and drops out. The catalog of a chain
// is thousands of products at most; the trigram index serves the name search, the primary key the rest.
const LIST_PRODUCTS = `
  SELECT p.id, p.code, p.name, p.description, p.category_id, p.specs, p.image_url
  FROM product p
  WHERE (:after::text IS NULL OR p.code > :after::text)
    AND (:category::uuid IS NULL OR p.category_id = :category::uuid)
    AND (:pattern::text IS NULL OR p.name ILIKE :pattern::text)
    AND (:store::uuid IS NULL OR EXISTS (
          SELECT 1 FROM sku k JOIN store_stock ss ON ss.sku_id = k.id AND ss.store_id = :store::uuid
          WHERE k.product_id = p.id AND k.active AND (NOT :inStockOnly::boolean OR ss.on_hand - ss.reserved > 0)))
  ORDER BY p.code
  LIMIT :limit::int`;

export async function listProducts(
  em: EntityManager,
  filter: { after?: string; categoryId?: string; search?: string; storeId?: string; inStockOnly: boolean; limit: number },
): Promise<ProductRow[]> {
  return query<ProductRow>(em, LIST_PRODUCTS, {
    after: filter.after ?? null,
    category: filter.categoryId ?? null,
    pattern: filter.search ? likePattern(filter.search) : null,
    store: filter.storeId ?? null,
    inStockOnly: filter.inStockOnly,
    limit: filter.limit,
  });
}

export async function productByCode(em: EntityManager, code: string): Promise<{ code: string; name: string } | undefined> {
  const [row] = await query<{ code: string; name: string }>(em, `SELECT code, name FROM product WHERE code = :code::text`, { code });
  return row;
}

/** Available (on hand less held) per (store, SKU) pair, in one statement; a pair the store does not list is absent. */
export async function availableAt(em: EntityManager, pairs: readonly { storeId: string; skuId: string }[]): Promise<Map<string, number>> {
  const rows = await query<{ store_id: string; sku_id: string; available: number }>(
    em,
    `SELECT ss.store_id, ss.sku_id, ss.on_hand - ss.reserved AS available
     FROM unnest(:stores::uuid[], :skus::uuid[]) AS w(store_id, sku_id)
     JOIN store_stock ss ON ss.store_id = w.store_id AND ss.sku_id = w.sku_id`,
    { stores: pgArray(pairs.map((p) => p.storeId)), skus: pgArray(pairs.map((p) => p.skuId)) },
  );
  return new Map(rows.map((r) => [`${r.store_id}:${r.sku_id}`, r.available]));
}
