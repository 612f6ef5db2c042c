// Catalog reads that need SQL: the product list with its filters (store, category, name) and stock at stores.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query, readQuery, UUID } from '../../common/sql';

export interface ProductRow {
  id: string;
  code: string;
  name: string;
  description: string;
  category_id: string;
  specs: unknown;
  image_url: string | null;
  subtitle: string;
  unit: string;
  status: string;
}

export interface SkuRow {
  id: string;
  code: string;
  product_id: string;
  attributes: Record<string, string>;
  price_fen: number;
  active: boolean;
  barcode: string | null;
  compare_at_fen: number | null;
  /** Every price row of the SKU (chain and stores), oldest start first; timestamps as JSON text. */
  prices: { store_id: string | null; price_fen: number; starts_at: string; ends_at: string | null; created_at: string }[];
}

/**
 * The SKUs of these products, by code, each with its price rows: a page's prices come with its SKUs instead of
 * costing a statement of their own.
 */
export async function skusOfProducts(em: EntityManager, productIds: readonly string[]): Promise<SkuRow[]> {
  return readQuery<SkuRow>(
    em,
    `SELECT k.id, k.code, k.product_id, k.attributes, k.price_fen, k.active, k.barcode, k.compare_at_fen,
            coalesce((SELECT json_agg(json_build_object('store_id', sp.store_id, 'price_fen', sp.price_fen, 'starts_at', sp.starts_at,
                                                        'ends_at', sp.ends_at, 'created_at', sp.created_at)
                                      ORDER BY sp.starts_at, sp.created_at)
                      FROM sku_price sp WHERE sp.sku_id = k.id), '[]') AS prices
     FROM sku k WHERE k.product_id = ANY(:ids::uuid[]) ORDER BY k.code`,
    { ids: pgArray(productIds.filter((id) => UUID.test(id))) },
  );
}

/** `%` and `_` typed by a shopper are characters to find, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// One statement for every combination of filters: a filter left out is NULL and drops out. The catalog of a chain
// is thousands of products at most; the trigram index serves the name search, the primary key the rest.
// The category narrows first (its index gives ~hundreds of products); the store check is a scalar subquery so it
// probes (sku_product, then store_stock by key) per product left, instead of hashing the store's whole stock
// (bench:catalog: a store of 4,000 SKUs made that the slowest step).
const LIST_PRODUCTS = `
  SELECT p.id, p.code, p.name, p.description, p.category_id, p.specs, p.image_url, p.subtitle, p.unit, p.status
  FROM product p
  WHERE (:after::text IS NULL OR p.code > :after::text)
    AND (:status::text IS NULL OR p.status = :status::text)
    AND (:category::uuid IS NULL OR p.id IN (
          SELECT pc.product_id FROM product_in_category pc
          WHERE pc.category_id IN (SELECT c.id FROM category c WHERE c.id = :category::uuid OR c.parent_id = :category::uuid)))
    AND (:pattern::text IS NULL OR p.name ILIKE :pattern::text OR EXISTS (
          SELECT 1 FROM sku k WHERE k.product_id = p.id AND (k.barcode = :exact::text OR k.code = :exact::text)))
    AND (:store::uuid IS NULL OR coalesce((
          SELECT true FROM sku k JOIN store_stock ss ON ss.sku_id = k.id AND ss.store_id = :store::uuid
          WHERE k.product_id = p.id AND k.active AND NOT ss.off_shelf
            AND (NOT :inStockOnly::boolean OR ss.on_hand - ss.reserved > 0)
          LIMIT 1), false))
  ORDER BY p.code
  LIMIT :limit::int`;

export async function listProducts(
  em: EntityManager,
  filter: { after?: string; categoryId?: string; search?: string; storeId?: string; inStockOnly: boolean; status?: string; limit: number },
): Promise<ProductRow[]> {
  return readQuery<ProductRow>(em, LIST_PRODUCTS, {
    after: filter.after ?? null,
    status: filter.status ?? null,
    exact: filter.search ?? null,
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

/** Available (on hand less held; 0 off shelf) per (store, SKU) pair, in one statement; a pair the store does not list is absent. */
export async function availableAt(em: EntityManager, pairs: readonly { storeId: string; skuId: string }[]): Promise<Map<string, number>> {
  const rows = await query<{ store_id: string; sku_id: string; available: number }>(
    em,
    `SELECT ss.store_id, ss.sku_id, CASE WHEN ss.off_shelf THEN 0 ELSE ss.on_hand - ss.reserved END AS available
     FROM unnest(:stores::uuid[], :skus::uuid[]) AS w(store_id, sku_id)
     JOIN store_stock ss ON ss.store_id = w.store_id AND ss.sku_id = w.sku_id`,
    { stores: pgArray(pairs.map((p) => p.storeId)), skus: pgArray(pairs.map((p) => p.skuId)) },
  );
  return new Map(rows.map((r) => [`${r.store_id}:${r.sku_id}`, r.available]));
}

/** The categories each product sits in, in tree order. */
export async function categoriesOfProducts(em: EntityManager, productIds: readonly string[]) {
  const rows = await readQuery<{ product_id: string; category: Record<string, unknown> }>(
    em,
    `SELECT pc.product_id, to_jsonb(c) AS category FROM product_in_category pc JOIN category c ON c.id = pc.category_id
     WHERE pc.product_id = ANY(:ids::uuid[]) ORDER BY c.position, c.code`,
    { ids: pgArray(productIds.filter((id) => UUID.test(id))) },
  );
  return rows.map((r) => ({ productId: r.product_id, category: r.category }));
}
