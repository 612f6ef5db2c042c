// Catalog reads that need SQL: the product list with its filters (store, category, name) and stock at stores.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query, readQuery, UUID } from '../../common/sql';
import type { PictureRow } from './picture.repository';

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

/** A product of the list with what its page shows of it, so the page needs no statement per relation. */
export interface ListedProductRow extends ProductRow {
  skus: SkuRow[];
  pictures: PictureRow[];
  /** The groups of the store the list was asked at (null without a store): its prices depend on them. */
  store_groups: string[] | null;
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
  /** Every price row of the SKU (chain, store groups and stores), oldest start first; timestamps as JSON text. */
  prices: {
    store_id: string | null;
    store_group_id: string | null;
    price_fen: number;
    starts_at: string;
    ends_at: string | null;
    created_at: string;
  }[];
}

/**
 * The SKUs of these products, by code, each with its price rows: a page's prices come with its SKUs instead of
 * costing a statement of their own.
 */
// A SKU with its price rows as one JSON object: the list and skusOfProducts build SKUs the same way.
const SKU_JSON = `json_build_object('id', k.id, 'code', k.code, 'product_id', k.product_id, 'attributes', k.attributes,
    'price_fen', k.price_fen, 'active', k.active, 'barcode', k.barcode, 'compare_at_fen', k.compare_at_fen,
    'prices', coalesce((SELECT json_agg(json_build_object('store_id', sp.store_id, 'store_group_id', sp.store_group_id, 'price_fen', sp.price_fen,
                                                          'starts_at', sp.starts_at, 'ends_at', sp.ends_at, 'created_at', sp.created_at)
                                        ORDER BY sp.starts_at, sp.created_at)
                        FROM sku_price sp WHERE sp.sku_id = k.id), '[]'))`;

export async function skusOfProducts(em: EntityManager, productIds: readonly string[]): Promise<SkuRow[]> {
  const rows = await readQuery<{ sku: SkuRow }>(
    em,
    `SELECT ${SKU_JSON} AS sku FROM sku k WHERE k.product_id = ANY(:ids::uuid[]) ORDER BY k.code`,
    { ids: pgArray(productIds.filter((id) => UUID.test(id))) },
  );
  return rows.map((r) => r.sku);
}

/** `%` and `_` typed by a shopper are characters to find, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// One statement for every combination of filters: a filter left out is NULL and drops out. The catalog of a chain
// is thousands of products at most; the trigram index serves the name search, the primary key the rest.
// The category narrows first (its index gives ~hundreds of products); the store check is a scalar subquery so it
// probes (sku_product, then store_stock by key) per product left, instead of hashing the store's whole stock
// (bench:catalog: a store of 4,000 SKUs made that the slowest step).
// Each product comes with its SKUs (and their price rows), its pictures and the store's groups, which the shopper's
// category page shows: one statement where a loader each cost four more (bench:catalog).
const LIST_PRODUCTS = `
  SELECT p.id, p.code, p.name, p.description, p.category_id, p.specs, p.image_url, p.subtitle, p.unit, p.status,
         coalesce((SELECT json_agg(${SKU_JSON} ORDER BY k.code) FROM sku k WHERE k.product_id = p.id), '[]') AS skus,
         coalesce((SELECT json_agg(json_build_object('id', pp.id, 'product_id', pp.product_id, 'position', pp.position, 'hash', pp.hash,
                                                     'format', pp.format, 'width', pp.width, 'height', pp.height) ORDER BY pp.position)
                   FROM product_picture pp WHERE pp.product_id = p.id), '[]') AS pictures,
         CASE WHEN :store::uuid IS NOT NULL THEN
           (SELECT coalesce(array_agg(m.group_id::text ORDER BY m.group_id), '{}') FROM store_group_member m WHERE m.store_id = :store::uuid)
         END AS store_groups
  FROM product p
  WHERE (:after::text IS NULL OR p.code > :after::text)
    AND (:status::text IS NULL OR p.status = :status::text)
    AND (:category::uuid IS NULL OR p.id IN (
          SELECT pc.product_id FROM product_in_category pc
          WHERE pc.category_id IN (SELECT c.id FROM category c WHERE c.id = :category::uuid OR c.parent_id = :category::uuid)))
    AND (:pattern::text IS NULL OR p.name ILIKE :pattern::text OR p.code ILIKE :pattern::text OR EXISTS (
          SELECT 1 FROM sku k WHERE k.product_id = p.id AND (k.barcode = :exact::text OR k.code = :exact::text)))
    AND (:store::uuid IS NULL OR coalesce((
          SELECT true FROM sku k JOIN store_stock ss ON ss.sku_id = k.id AND ss.cluster_id = :cluster::text AND ss.store_id = :store::uuid
          WHERE k.product_id = p.id AND k.active AND NOT ss.off_shelf
            AND (NOT :inStockOnly::boolean OR ss.on_hand - ss.reserved > 0)
          LIMIT 1), false))
  ORDER BY p.code
  LIMIT :limit::int`;

export async function listProducts(
  em: EntityManager,
  filter: {
    after?: string;
    categoryId?: string;
    search?: string;
    /** With the store's cluster (store-cluster.ts): its stock rows are filed there. */
    storeId?: string;
    clusterId?: string;
    inStockOnly: boolean;
    status?: string;
    limit: number;
  },
): Promise<ListedProductRow[]> {
  return readQuery<ListedProductRow>(em, LIST_PRODUCTS, {
    after: filter.after ?? null,
    status: filter.status ?? null,
    exact: filter.search ?? null,
    category: filter.categoryId ?? null,
    pattern: filter.search ? likePattern(filter.search) : null,
    store: filter.storeId ?? null,
    cluster: filter.clusterId ?? null,
    inStockOnly: filter.inStockOnly,
    limit: filter.limit,
  });
}

export async function productByCode(em: EntityManager, code: string): Promise<{ code: string; name: string } | undefined> {
  const [row] = await query<{ code: string; name: string }>(em, `SELECT code, name FROM product WHERE code = :code::text`, { code });
  return row;
}

/**
 * Available (on hand less held; 0 off shelf) per (store, SKU) pair, in one statement; a pair the store does not list is
 * absent. Each pair is read in its store's cluster (`clusterId`, from the store directory).
 */
export async function availableAt(
  em: EntityManager,
  pairs: readonly { storeId: string; skuId: string; clusterId: string }[],
): Promise<Map<string, number>> {
  const rows = await query<{ store_id: string; sku_id: string; available: number }>(
    em,
    `SELECT ss.store_id, ss.sku_id, CASE WHEN ss.off_shelf THEN 0 ELSE ss.on_hand - ss.reserved END AS available
     FROM unnest(:stores::uuid[], :skus::uuid[]) AS w(store_id, sku_id)
     JOIN store_stock ss ON ss.store_id = w.store_id AND ss.sku_id = w.sku_id
     WHERE ss.cluster_id = ANY (:clusters::text[])`,
    {
      stores: pgArray(pairs.map((p) => p.storeId)),
      skus: pgArray(pairs.map((p) => p.skuId)),
      // The stores' clusters (one, for a page at one store): the pairs pick the rows, the clusters their shards.
      clusters: pgArray([...new Set(pairs.map((p) => p.clusterId))]),
    },
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
