// The HQ dashboard's rollups: per store and chain-local day (and per day for the whole chain) the figures a month
// view needs, so a month of a million orders is read from a few thousand rows; plus the orders changed since the
// last refresh, marked by a trigger so that no code path that changes an order has to remember the dashboard.
import { Migration } from '@mikro-orm/migrations';

// Scalars shared by the store-day and the chain-day rollups. Histograms: minutes 0..119, then 120 for "two hours or more".
const FIGURES = `
  orders integer NOT NULL,
  gmv_fen bigint NOT NULL,
  delivery_orders integer NOT NULL,
  delivery_gmv_fen bigint NOT NULL,
  pickup_orders integer NOT NULL,
  pickup_gmv_fen bigint NOT NULL,
  pickups_settled integer NOT NULL,
  pickups_on_time integer NOT NULL,
  rerouted_orders integer NOT NULL,
  refunded_orders integer NOT NULL,
  refunded_fen bigint NOT NULL,
  fee_fen bigint NOT NULL,
  hq_share_fen bigint NOT NULL,
  store_share_fen bigint NOT NULL,
  hours integer[] NOT NULL CHECK (cardinality(hours) = 24),
  accept_minutes integer[] NOT NULL CHECK (cardinality(accept_minutes) = 121),
  ready_minutes integer[] NOT NULL CHECK (cardinality(ready_minutes) = 121)`;

export class MigrationDashboard extends Migration {
  override async up(): Promise<void> {
    // Finds a day's orders for the rollup (paid_at is set once, at payment).
    this.addSql(`CREATE INDEX customer_order_paid_at ON customer_order (paid_at) WHERE paid_at IS NOT NULL`);

    this.addSql(`CREATE TABLE dashboard_store_day (store_id uuid NOT NULL, day date NOT NULL, ${FIGURES}, PRIMARY KEY (store_id, day))`);
    this.addSql(`CREATE INDEX dashboard_store_day_day ON dashboard_store_day (day)`);
    this.addSql(`CREATE TABLE dashboard_day (day date PRIMARY KEY, ${FIGURES})`);
    // Units and revenue net of refunds, per SKU: per store for one store's view, per day for the chain's.
    this.addSql(`
      CREATE TABLE dashboard_store_sku_day (
        store_id uuid NOT NULL, day date NOT NULL, sku_id uuid NOT NULL,
        quantity bigint NOT NULL, revenue_fen bigint NOT NULL,
        PRIMARY KEY (store_id, day, sku_id))`);
    this.addSql(`
      CREATE TABLE dashboard_sku_day (
        day date NOT NULL, sku_id uuid NOT NULL, quantity bigint NOT NULL, revenue_fen bigint NOT NULL,
        PRIMARY KEY (day, sku_id))`);
    this.addSql(`CREATE TABLE dashboard_refresh (id boolean PRIMARY KEY DEFAULT true CHECK (id), refreshed_at timestamptz NOT NULL)`);

    // Paid orders changed since the last refresh. Every change to an order (steps, refunds, re-routes, ledger
    // postings) updates its row, so a trigger there sees them all. The mark is written (not merely found) by every
    // change, so it stays locked until that change commits and a refresh skips it meanwhile; writers of one order
    // already queue on the order's own lock, so the mark adds no waiting.
    this.addSql(`CREATE TABLE dashboard_dirty_order (order_id uuid PRIMARY KEY, changes integer NOT NULL DEFAULT 1)`);
    this.addSql(`
      CREATE FUNCTION dashboard_mark_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_dirty_order AS m (order_id) VALUES (NEW.id)
        ON CONFLICT (order_id) DO UPDATE SET changes = m.changes + 1;
        RETURN NULL;
      END $$`);
    this.addSql(`
      CREATE TRIGGER customer_order_dashboard AFTER INSERT OR UPDATE ON customer_order
      FOR EACH ROW WHEN (NEW.paid_at IS NOT NULL) EXECUTE FUNCTION dashboard_mark_order()`);
    this.addSql(`INSERT INTO dashboard_dirty_order (order_id) SELECT id FROM customer_order WHERE paid_at IS NOT NULL`);

    // Element-wise sum of equally long integer arrays (hours of the day, minute histograms).
    this.addSql(`
      CREATE FUNCTION dashboard_add_arrays(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN a IS NULL THEN b ELSE ARRAY(SELECT x + y FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) ORDER BY i) END $$`);
    this.addSql(`CREATE AGGREGATE dashboard_sum_arrays(integer[]) (SFUNC = dashboard_add_arrays, STYPE = integer[])`);
  }
}
