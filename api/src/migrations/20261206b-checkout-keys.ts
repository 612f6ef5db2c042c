// The checkout's foreign keys, replaced by an equal guarantee that costs nothing per order. Each key from a row the
// checkout writes (the checkout, its orders, lines, first transitions and stock movements) made PostgreSQL look the
// parent up and lock it FOR KEY SHARE: 17 lookups and ~10 row-lock WAL records per checkout, and a lock on the hot
// SKU rows every concurrent cart shares. What a key guarantees has two halves, and both still hold:
// - A child never names a parent that does not exist: every statement that writes these rows takes the parent
//   from a row it has just read or written in the same statement (placeCheckout checks the shopper, the stores and
//   the SKUs it names; a movement comes from the stock row it changed, whose own keys stay; a transition from the
//   order row it moved). docs/performance.md lists them.
// - A parent is never removed or renumbered under its children: stores, SKUs, shoppers, checkouts and orders are
//   never deleted (nothing in the code deletes them: they are history), and the trigger below makes that a rule
//   of the database. It fires once per statement, never on the checkout path.
import { Migration } from '@mikro-orm/migrations';

/** The keys dropped, as the table that held each names it. */
export const CHECKOUT_KEYS_DROPPED = [
  ['checkout', 'checkout_shopper_id_fkey'],
  ['customer_order', 'customer_order_checkout_id_fkey'],
  ['customer_order', 'customer_order_shopper_id_fkey'],
  ['customer_order', 'customer_order_store_id_fkey'],
  ['order_line', 'order_line_order_id_fkey'],
  ['order_line', 'order_line_sku_id_fkey'],
  ['order_transition', 'order_transition_order_id_fkey'],
  ['stock_movement', 'stock_movement_store_id_fkey'],
  ['stock_movement', 'stock_movement_sku_id_fkey'],
] as const;

/** Rows that orders and movements name without a foreign key: they are kept for ever, under the same id. */
export const KEPT_FOR_EVER = ['store', 'sku', 'shopper', 'checkout', 'customer_order'] as const;

export class MigrationCheckoutKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION kept_for_ever() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never deleted, truncated or given another id: orders and stock movements name them (20261206b-checkout-keys)', TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of KEPT_FOR_EVER) {
      this.addSql(
        `CREATE TRIGGER ${table}_kept_for_ever BEFORE DELETE OR TRUNCATE OR UPDATE OF id ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION kept_for_ever()`,
      );
    }
    for (const [table, key] of CHECKOUT_KEYS_DROPPED) this.addSql(`ALTER TABLE ${table} DROP CONSTRAINT ${key}`);
    // transaction_id was unique twice: the column's UNIQUE (an index entry for the NULL of every unpaid checkout) and
    // the partial unique index checkout_transaction_id (20261129b), which alone enforces the same rule, since NULLs
    // never conflict under UNIQUE. One index entry less per checkout.
    this.addSql(`ALTER TABLE checkout DROP CONSTRAINT checkout_transaction_id_key`);
  }
}
