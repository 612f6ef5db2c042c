// SQL of the demo chain's loader: the catalog and opening stock by code, the demo device, fresh statistics.
import type { loadCatalog } from '@linli/geo-data';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../common/sql';

/** Categories, products and SKUs by code: new ones inserted, existing ones updated. */
export async function upsertCatalog(em: EntityManager, catalog: ReturnType<typeof loadCatalog>): Promise<void> {
  await query(
    em,
    `INSERT INTO category (id, code, name)
     SELECT gen_random_uuid(), code, name FROM jsonb_to_recordset(:rows::jsonb) AS c(code text, name text)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    { rows: JSON.stringify(catalog.categories) },
  );
  await query(
    em,
    `INSERT INTO product (id, code, name, description, category_id, specs)
     SELECT gen_random_uuid(), p.code, p.name, p.description, c.id, p.specs
       FROM jsonb_to_recordset(:rows::jsonb) AS p(code text, name text, description text, category_code text, specs jsonb)
       JOIN category c ON c.code = p.category_code
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
       category_id = EXCLUDED.category_id, specs = EXCLUDED.specs`,
    {
      rows: JSON.stringify(
        catalog.products.map((p) => ({
          code: p.code,
          name: p.name,
          description: p.description,
          category_code: p.categoryCode,
          specs: p.specs,
        })),
      ),
    },
  );
  await query(
    em,
    `INSERT INTO sku (id, code, product_id, attributes, price_fen)
     SELECT gen_random_uuid(), s.code, p.id, s.attributes, s.price_fen
       FROM jsonb_to_recordset(:rows::jsonb) AS s(code text, product_code text, attributes jsonb, price_fen int)
       JOIN product p ON p.code = s.product_code
     ON CONFLICT (code) DO UPDATE SET product_id = EXCLUDED.product_id, attributes = EXCLUDED.attributes, price_fen = EXCLUDED.price_fen`,
    {
      rows: JSON.stringify(
        catalog.products.flatMap((p) =>
          p.skus.map((s) => ({ code: s.code, product_code: p.code, attributes: s.attributes, price_fen: s.priceFen })),
        ),
      ),
    },
  );
}

/** Opening stock for (store code, SKU code) pairs that have none yet, journalled as IMPORT. */
export async function insertOpeningStock(
  em: EntityManager,
  levels: readonly { storeCode: string; skuCode: string; onHand: number }[],
): Promise<void> {
  await query(
    em,
    `WITH wanted AS (
       SELECT st.id AS store_id, sk.id AS sku_id, l.on_hand
         FROM jsonb_to_recordset(:rows::jsonb) AS l(store_code text, sku_code text, on_hand int)
         JOIN store st ON st.code = l.store_code
         JOIN sku sk ON sk.code = l.sku_code
     ), inserted AS (
       INSERT INTO store_stock (store_id, sku_id, on_hand, reserved)
       SELECT store_id, sku_id, on_hand, 0 FROM wanted
       ON CONFLICT (store_id, sku_id) DO NOTHING
       RETURNING store_id, sku_id, on_hand
     )
     INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor)
     SELECT gen_random_uuid(), store_id, sku_id, on_hand, 0, on_hand, 0, 'IMPORT', 'system:seed' FROM inserted`,
    { rows: JSON.stringify(levels.map((l) => ({ store_code: l.storeCode, sku_code: l.skuCode, on_hand: l.onHand }))) },
  );
}

/** The demo device, once (by its token). */
export async function insertDemoDevice(em: EntityManager, d: { storeId: string; name: string; tokenHash: string }): Promise<void> {
  await query(
    em,
    `INSERT INTO counter_device (id, store_id, name, token_hash, enrolled_at, enrolled_by)
     VALUES (gen_random_uuid(), :store::uuid, :name::text, :hash::text, now(), 'system:seed') ON CONFLICT (token_hash) DO NOTHING`,
    { store: d.storeId, name: d.name, hash: d.tokenHash },
  );
}

/** The clerk of this username when they have no PIN yet (one set since is left alone). */
export async function clerkWithoutPin(em: EntityManager, username: string): Promise<{ id: string } | undefined> {
  const [clerk] = await query<{ id: string }>(em, `SELECT id FROM staff_user WHERE username = :u AND pin_hash IS NULL`, { u: username });
  return clerk;
}

/** Fresh statistics after a bulk load, so the first plans are made for the tables as they now are. */
export async function analyze(em: EntityManager): Promise<void> {
  await em.execute('ANALYZE');
}

/** Whether any split rule set version was ever published (the demo's own or HQ's). */
export async function anyRuleSetPublished(em: EntityManager): Promise<boolean> {
  const rows = await query(em, `SELECT 1 FROM split_rule_set WHERE version IS NOT NULL LIMIT 1`, {});
  return rows.length > 0;
}

/** Products with no picture yet, with their primary category's code (the demo drawing depends on it). */
export async function productsWithoutPictures(em: EntityManager) {
  return query<{ id: string; code: string; name: string; category_code: string }>(
    em,
    `SELECT p.id, p.code, p.name, c.code AS category_code FROM product p JOIN category c ON c.id = p.category_id
     WHERE NOT EXISTS (SELECT 1 FROM product_picture pp WHERE pp.product_id = p.id) ORDER BY p.code`,
    {},
  );
}

/** Whether HQ (or an earlier seed) has made any promotion: the demo's own are made only into an empty chain. */
export async function anyPromotion(em: EntityManager): Promise<boolean> {
  return (await query(em, `SELECT 1 FROM promotion LIMIT 1`, {})).length > 0;
}

export async function categoryIdByCode(em: EntityManager, code: string): Promise<string | undefined> {
  const [r] = await query<{ id: string }>(em, `SELECT id FROM category WHERE code = :code`, { code });
  return r?.id;
}
