// Prices per store group: a sku_price row names the chain (neither column), a store group or a store. A store
// pays its own price, else its groups' price, else the chain's, else the SKU's list price.
import { Migration } from '@mikro-orm/migrations';

export class MigrationStoreGroupPrices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE sku_price ADD COLUMN store_group_id uuid REFERENCES store_group (id),
        ADD CONSTRAINT sku_price_one_place CHECK (store_id IS NULL OR store_group_id IS NULL)`);
    this.addSql(`CREATE INDEX sku_price_group_lookup ON sku_price (sku_id, store_group_id, starts_at) WHERE store_group_id IS NOT NULL`);
    // Mirrors priceAt in catalog/price-timeline.ts; checkout prices and checks carts with it. Among several groups
    // of one store the same ranking as within one place decides: a window first, then the later start and entry.
    this.addSql(`
      CREATE OR REPLACE FUNCTION sku_price_at(p_sku uuid, p_store uuid, p_at timestamptz) RETURNS int LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT price_fen FROM sku_price WHERE sku_id = p_sku AND store_id = p_store AND starts_at <= p_at
             AND (ends_at IS NULL OR ends_at > p_at) ORDER BY ends_at IS NULL, starts_at DESC, created_at DESC LIMIT 1),
          (SELECT price_fen FROM sku_price WHERE sku_id = p_sku
             AND store_group_id IN (SELECT group_id FROM store_group_member WHERE store_id = p_store) AND starts_at <= p_at
             AND (ends_at IS NULL OR ends_at > p_at) ORDER BY ends_at IS NULL, starts_at DESC, created_at DESC LIMIT 1),
          (SELECT price_fen FROM sku_price WHERE sku_id = p_sku AND store_id IS NULL AND store_group_id IS NULL AND starts_at <= p_at
             AND (ends_at IS NULL OR ends_at > p_at) ORDER BY ends_at IS NULL, starts_at DESC, created_at DESC LIMIT 1),
          (SELECT price_fen FROM sku WHERE id = p_sku))
      $$`);
  }
}
