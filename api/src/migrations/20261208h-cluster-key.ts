// The city-cluster key (docs/scale.md): cluster_id on stores and on every table whose rows belong to one city cluster,
// filled for the rows there are, NOT NULL from here on. A store's cluster comes from its city (city_cluster, a
// reference table HQ extends when the chain opens a city); a row below a store takes its store's, or its order's.
//
// The BEFORE INSERT triggers fill cluster_id only where an INSERT leaves it out: raw inserts of stores in tests and
// benches (which know a city but not a cluster), and the writers not yet keyed (docs/scale.md lists them). The hot
// paths name it in their INSERTs; the distribution check (scripts/sql-distribution.mjs) flags the ones that do not.
import { Migration } from '@mikro-orm/migrations';

/** Tables below a store, filled from store_id. */
const BY_STORE = [
  'store_hours',
  'store_hours_exception',
  'store_stock',
  'stock_movement',
  'customer_order',
  'order_transition',
  'pickup_code',
  'pickup_attempt',
  'pickup_slot',
  'pickup_slot_claim',
  'counter_device',
  'ledger_entry',
  'profit_sharing_return',
  'after_sale',
  'dashboard_store_day',
  'dashboard_store_sku_day',
];
/** Tables below an order, filled from order_id. */
const BY_ORDER = [
  'order_line',
  'refund',
  'ledger_posting',
  'profit_sharing_order',
  'shipping_info_upload',
  'dashboard_dirty_order',
  'shopper_notification',
];

export class MigrationClusterKey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE city_cluster (
        city text PRIMARY KEY,
        cluster_id text NOT NULL CHECK (cluster_id ~ '^[A-Z]{2}$' AND cluster_id NOT IN ('LL', 'LM'))
      )`);
    // ZZ: stores in a city no cluster has been opened for yet (HQ adds the city, the store stays where it is).
    this.addSql(
      `INSERT INTO city_cluster (city, cluster_id) VALUES ('上海', 'SH'), ('杭州', 'HZ'), ('苏州', 'SZ'), ('南京', 'NJ'), ('北京', 'BJ')`,
    );
    this.addSql(`
      CREATE FUNCTION cluster_of_city(c text) RETURNS text LANGUAGE sql STABLE AS
        $$ SELECT coalesce((SELECT cluster_id FROM city_cluster WHERE city = c), 'ZZ') $$`);
    this.addSql(`ALTER TABLE store ADD COLUMN cluster_id text`);
    this.addSql(`UPDATE store SET cluster_id = cluster_of_city(city)`);
    this.addSql(`ALTER TABLE store ALTER COLUMN cluster_id SET NOT NULL`);
    this.addSql(`
      CREATE FUNCTION store_cluster_from_city() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.cluster_id IS NULL THEN NEW.cluster_id := cluster_of_city(NEW.city); END IF;
        RETURN NEW;
      END $$`);
    this.addSql(`CREATE TRIGGER store_cluster BEFORE INSERT ON store FOR EACH ROW EXECUTE FUNCTION store_cluster_from_city()`);

    // One function for the rest: the parent named by the trigger's argument gives the cluster.
    this.addSql(`
      CREATE FUNCTION cluster_from_parent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE row_json jsonb;
      BEGIN
        IF NEW.cluster_id IS NOT NULL THEN RETURN NEW; END IF;
        row_json := to_jsonb(NEW);
        IF TG_ARGV[0] = 'store' THEN
          SELECT cluster_id INTO NEW.cluster_id FROM store WHERE id = (row_json->>'store_id')::uuid;
        ELSIF TG_ARGV[0] = 'order' THEN
          SELECT cluster_id INTO NEW.cluster_id FROM customer_order WHERE id = (row_json->>'order_id')::uuid;
        ELSIF TG_ARGV[0] = 'trade' THEN
          SELECT cluster_id INTO NEW.cluster_id FROM checkout WHERE out_trade_no = row_json->>'out_trade_no';
        ELSIF TG_ARGV[0] = 'checkout' THEN
          SELECT o.cluster_id INTO NEW.cluster_id FROM customer_order o WHERE o.checkout_id = (row_json->>'id')::uuid LIMIT 1;
        ELSIF TG_ARGV[0] = 'payload' THEN
          SELECT o.cluster_id INTO NEW.cluster_id FROM customer_order o
           WHERE o.id = CASE WHEN (row_json->'payload'->>'orderId') ~* '^[0-9a-f-]{36}$' THEN (row_json->'payload'->>'orderId')::uuid END;
          IF NEW.cluster_id IS NULL THEN
            SELECT s.cluster_id INTO NEW.cluster_id FROM store s
             WHERE s.id = CASE WHEN (row_json->'payload'->>'storeId') ~* '^[0-9a-f-]{36}$' THEN (row_json->'payload'->>'storeId')::uuid END;
          END IF;
        END IF;
        -- ZZ: a row whose parent does not say (a notification for a trade nobody made, a chain-wide job).
        NEW.cluster_id := coalesce(NEW.cluster_id, 'ZZ');
        RETURN NEW;
      END $$`);

    const add = (table: string, fill: string, parent: string) => {
      this.addSql(`ALTER TABLE ${table} ADD COLUMN cluster_id text`);
      // The backfill is no edit of history: the ledger's append-only guard and the dashboard's change marks sit out.
      this.addSql(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      this.addSql(fill);
      this.addSql(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      this.addSql(`ALTER TABLE ${table} ALTER COLUMN cluster_id SET NOT NULL`);
      this.addSql(
        `CREATE TRIGGER ${table}_cluster BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION cluster_from_parent('${parent}')`,
      );
    };
    for (const t of BY_STORE) add(t, `UPDATE ${t} x SET cluster_id = s.cluster_id FROM store s WHERE s.id = x.store_id`, 'store');
    // A row with no order (a coupon's expiry notice) gets ZZ, as the trigger would give it.
    for (const t of BY_ORDER)
      add(t, `UPDATE ${t} x SET cluster_id = coalesce((SELECT o.cluster_id FROM customer_order o WHERE o.id = x.order_id), 'ZZ')`, 'order');
    // Checkouts: kept for ever (a statement trigger refuses UPDATE of id only), filled from their orders.
    add(
      'checkout',
      `UPDATE checkout c SET cluster_id = coalesce((SELECT o.cluster_id FROM customer_order o WHERE o.checkout_id = c.id LIMIT 1), 'ZZ')`,
      'checkout',
    );
    add(
      'payment_event',
      `UPDATE payment_event e SET cluster_id = coalesce((SELECT c.cluster_id FROM checkout c WHERE c.out_trade_no = e.out_trade_no), 'ZZ')`,
      'trade',
    );
    add(
      'outbox',
      `UPDATE outbox x SET cluster_id = coalesce(
         (SELECT o.cluster_id FROM customer_order o WHERE o.id::text = x.payload->>'orderId'),
         (SELECT s.cluster_id FROM store s WHERE s.id::text = x.payload->>'storeId'), 'ZZ')`,
      'payload',
    );
    // The dashboard's change marks are written by a trigger on customer_order: the order's row knows its cluster.
    this.addSql(`
      CREATE OR REPLACE FUNCTION dashboard_mark_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_dirty_order AS m (order_id, cluster_id) VALUES (NEW.id, NEW.cluster_id)
        ON CONFLICT (order_id) DO UPDATE SET changes = m.changes + 1;
        RETURN NULL;
      END $$`);
    // Routing and the clerk's queue read by store; the new key leads where a cluster's rows are read together.
    this.addSql(`CREATE INDEX store_cluster ON store (cluster_id, id)`);
    // No (cluster_id, out_trade_no) index on checkout: the unique out_trade_no finds the row, and one more index entry
    // per checkout is a WAL record over budget (api/test/budgets.json). Citus widens that unique key instead.
  }
}
