// SQL of the bulk import and export: set-based, one statement per step whatever the number of rows, so a
// 10,000-row sheet is a handful of round trips inside the caller's transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

/** What the sheet's codes meet in the database: categories by code, SKUs by code or barcode (with their product). */
export async function importLookups(em: EntityManager, p: { categoryCodes: string[]; skuCodes: string[]; barcodes: string[] }) {
  const [row] = await query<{
    categories: Record<string, string> | null;
    skus: { code: string; product_code: string; barcode: string | null }[] | null;
  }>(
    em,
    `SELECT (SELECT jsonb_object_agg(code, id) FROM category WHERE code = ANY(:cats::text[])) AS categories,
            (SELECT jsonb_agg(jsonb_build_object('code', k.code, 'product_code', p.code, 'barcode', k.barcode))
               FROM sku k JOIN product p ON p.id = k.product_id
              WHERE k.code = ANY(:codes::text[]) OR k.barcode = ANY(:barcodes::text[])) AS skus`,
    { cats: pgArray(p.categoryCodes), codes: pgArray(p.skuCodes), barcodes: pgArray(p.barcodes) },
  );
  return { categories: new Map(Object.entries(row!.categories ?? {})), skus: row!.skus ?? [] };
}

export interface ImportProduct {
  code: string;
  name: string;
  unit: string;
  category_id: string;
  specs: { name: string; values: string[] }[];
}

export interface ImportSku {
  code: string;
  product_code: string;
  attributes: Record<string, string>;
  barcode: string | null;
  price_fen: number;
}

/**
 * Products by code: new ones as drafts, the others updated only where something differs (so a second upload of
 * the same sheet writes nothing). Returns the codes actually inserted or changed.
 */
export async function upsertImportedProducts(em: EntityManager, rows: ImportProduct[]): Promise<{ code: string; inserted: boolean }[]> {
  const changed = await query<{ code: string; inserted: boolean }>(
    em,
    `INSERT INTO product AS p (id, code, name, unit, status, category_id, specs)
     SELECT gen_random_uuid(), r.code, r.name, r.unit, 'DRAFT', r.category_id, r.specs
       FROM jsonb_to_recordset(:rows::jsonb) AS r(code text, name text, unit text, category_id uuid, specs jsonb)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, category_id = EXCLUDED.category_id, specs = EXCLUDED.specs
       WHERE (p.name, p.unit, p.category_id, p.specs) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.unit, EXCLUDED.category_id, EXCLUDED.specs)
     RETURNING p.code, (xmax = 0) AS inserted`,
    { rows: JSON.stringify(rows) },
  );
  await query(
    em,
    `INSERT INTO product_in_category (product_id, category_id)
     SELECT p.id, p.category_id FROM product p WHERE p.code = ANY(:codes::text[]) ON CONFLICT DO NOTHING`,
    { codes: pgArray(rows.map((r) => r.code)) },
  );
  return changed;
}

/** The SKUs' list prices before the import, locked: a concurrent edit waits for the import. */
export async function lockSkusByCode(em: EntityManager, codes: string[]): Promise<{ id: string; code: string; price_fen: number }[]> {
  return query(em, `SELECT id, code, price_fen FROM sku WHERE code = ANY(:codes::text[]) ORDER BY id FOR UPDATE`, {
    codes: pgArray(codes),
  });
}

/** SKUs by code, written only where something differs; returns the ones inserted or changed with their ids. */
export async function upsertImportedSkus(em: EntityManager, rows: ImportSku[]): Promise<{ id: string; code: string; inserted: boolean }[]> {
  return query(
    em,
    `INSERT INTO sku AS k (id, code, product_id, attributes, price_fen, barcode, active)
     SELECT gen_random_uuid(), r.code, p.id, r.attributes, r.price_fen, r.barcode, true
       FROM jsonb_to_recordset(:rows::jsonb) AS r(code text, product_code text, attributes jsonb, barcode text, price_fen int)
       JOIN product p ON p.code = r.product_code
     ON CONFLICT (code) DO UPDATE SET attributes = EXCLUDED.attributes, price_fen = EXCLUDED.price_fen, barcode = EXCLUDED.barcode, active = true
       WHERE (k.attributes, k.price_fen, k.barcode, k.active) IS DISTINCT FROM (EXCLUDED.attributes, EXCLUDED.price_fen, EXCLUDED.barcode, true)
     RETURNING k.id, k.code, (xmax = 0) AS inserted`,
    { rows: JSON.stringify(rows) },
  );
}

/** The catalog as the import sheet holds it: one row per active SKU, by product code then SKU code. */
export async function catalogForExport(em: EntityManager) {
  return query<{
    product_code: string;
    product_name: string;
    category_code: string;
    unit: string;
    sku_code: string;
    attributes: Record<string, string>;
    barcode: string | null;
    price_fen: number;
  }>(
    em,
    `SELECT p.code AS product_code, p.name AS product_name, c.code AS category_code, p.unit, k.code AS sku_code, k.attributes,
            k.barcode, k.price_fen
       FROM sku k JOIN product p ON p.id = k.product_id JOIN category c ON c.id = p.category_id
      WHERE k.active ORDER BY p.code, k.code`,
    {},
  );
}
