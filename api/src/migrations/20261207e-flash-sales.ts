// Flash sales (秒杀): sessions to the minute, items per SKU at one store or all stores with their price, quota and
// limits; each buyer's counter per item (a shopper and a device are both buyers), and what each checkout holds, so
// an unpaid expiry gives exactly that back once.
import { Migration } from '@mikro-orm/migrations';

export class MigrationFlashSales extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE flash_session (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        starts_at timestamptz NOT NULL CHECK (date_trunc('minute', starts_at) = starts_at),
        ends_at timestamptz NOT NULL CHECK (date_trunc('minute', ends_at) = ends_at),
        state text NOT NULL DEFAULT 'LIVE' CHECK (state IN ('LIVE', 'STOPPED')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at)
      )`);
    this.addSql(`CREATE INDEX flash_session_ends ON flash_session (ends_at) WHERE state = 'LIVE'`);
    // sold is the quota's counter: raised by a conditional UPDATE in the checkout's transaction, never past quota.
    this.addSql(`
      CREATE TABLE flash_item (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES flash_session (id),
        sku_id uuid NOT NULL REFERENCES sku (id),
        store_id uuid REFERENCES store (id),
        price_fen integer NOT NULL CHECK (price_fen > 0),
        quota integer NOT NULL CHECK (quota >= 0),
        sold integer NOT NULL DEFAULT 0 CHECK (sold >= 0 AND sold <= quota),
        per_user_limit integer NOT NULL CHECK (per_user_limit > 0),
        per_order_limit integer NOT NULL CHECK (per_order_limit > 0),
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX flash_item_session ON flash_item (session_id)`);
    this.addSql(
      `CREATE UNIQUE INDEX flash_item_one_per_place ON flash_item (session_id, sku_id, coalesce(store_id, '00000000-0000-0000-0000-000000000000'))`,
    );
    // A buyer's units of an item ('shopper:<id>' or 'device:<id>'): the per-user limit, raised by a conditional upsert.
    this.addSql(`
      CREATE TABLE flash_take (
        item_id uuid NOT NULL REFERENCES flash_item (id),
        buyer text NOT NULL,
        taken integer NOT NULL CHECK (taken >= 0),
        PRIMARY KEY (item_id, buyer)
      )`);
    // What a checkout took of an item, and for which buyers: an unpaid expiry deletes the row and gives it back.
    this.addSql(`
      CREATE TABLE flash_hold (
        checkout_id uuid NOT NULL,
        item_id uuid NOT NULL REFERENCES flash_item (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        buyers text[] NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (checkout_id, item_id)
      )`);
  }
}
