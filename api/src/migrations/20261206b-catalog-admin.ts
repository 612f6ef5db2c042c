// HQ runs the catalog: a two-level category tree, products in several categories, product status, barcodes,
// per-store listing (on/off shelf), scheduled prices per chain and store with their history, and an audit trail.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCatalogAdmin extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE category ADD COLUMN parent_id uuid REFERENCES category (id),
                 ADD COLUMN position int NOT NULL DEFAULT 0, ADD COLUMN icon text NOT NULL DEFAULT ''`);
    this.addSql(`CREATE INDEX category_parent ON category (parent_id, position)`);

    this.addSql(`
      CREATE TABLE product_in_category (
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES category (id),
        PRIMARY KEY (product_id, category_id)
      )`);
    this.addSql(`CREATE INDEX product_in_category_category ON product_in_category (category_id, product_id)`);
    this.addSql(`INSERT INTO product_in_category (product_id, category_id) SELECT id, category_id FROM product`);
    // product.category_id stays the primary category (settlement reads it); every writer of it, the seed and the
    // benches included, gets the membership row without knowing about it.
    this.addSql(`
      CREATE FUNCTION product_primary_category() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO product_in_category (product_id, category_id) VALUES (NEW.id, NEW.category_id) ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    this.addSql(`CREATE TRIGGER product_primary_category AFTER INSERT OR UPDATE OF category_id ON product
                 FOR EACH ROW EXECUTE FUNCTION product_primary_category()`);

    this.addSql(`ALTER TABLE product ADD COLUMN subtitle text NOT NULL DEFAULT '', ADD COLUMN unit text NOT NULL DEFAULT '件',
                 ADD COLUMN status text NOT NULL DEFAULT 'ON_SALE' CHECK (status IN ('DRAFT', 'ON_SALE', 'ARCHIVED'))`);
    this.addSql(`ALTER TABLE sku ADD COLUMN barcode text UNIQUE, ADD COLUMN compare_at_fen int CHECK (compare_at_fen > 0)`);
    this.addSql(`ALTER TABLE store_stock ADD COLUMN off_shelf boolean NOT NULL DEFAULT false`);

    // Every price a SKU had or will have: store_id NULL is the chain's. An open end lasts until a later start
    // replaces it; a closed window (a promotion) sits on top of the open ones while it runs.
    this.addSql(`
      CREATE TABLE sku_price (
        id uuid PRIMARY KEY,
        sku_id uuid NOT NULL REFERENCES sku (id),
        store_id uuid REFERENCES store (id),
        price_fen int NOT NULL CHECK (price_fen > 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz CHECK (ends_at IS NULL OR ends_at > starts_at),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    this.addSql(`CREATE INDEX sku_price_lookup ON sku_price (sku_id, store_id, starts_at)`);
    // The price a store charges at a moment: its own, else the chain's, else the SKU's list price. Mirrors
    // priceAt in price-timeline.ts; checkout prices and checks carts with it.
    this.addSql(`
      CREATE FUNCTION sku_price_at(p_sku uuid, p_store uuid, p_at timestamptz) RETURNS int LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT price_fen FROM sku_price WHERE sku_id = p_sku AND store_id = p_store AND starts_at <= p_at
             AND (ends_at IS NULL OR ends_at > p_at) ORDER BY ends_at IS NULL, starts_at DESC, created_at DESC LIMIT 1),
          (SELECT price_fen FROM sku_price WHERE sku_id = p_sku AND store_id IS NULL AND starts_at <= p_at
             AND (ends_at IS NULL OR ends_at > p_at) ORDER BY ends_at IS NULL, starts_at DESC, created_at DESC LIMIT 1),
          (SELECT price_fen FROM sku WHERE id = p_sku))
      $$`);

    this.addSql(`
      CREATE TABLE catalog_audit (
        id uuid PRIMARY KEY,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        action text NOT NULL,
        subject_id uuid,
        detail jsonb NOT NULL
      )`);
    this.addSql(`CREATE INDEX catalog_audit_subject ON catalog_audit (subject_id, at)`);
  }
}
