// The hand-over's foreign keys, replaced by an equal guarantee that costs nothing per verification (issue 20). Each
// key from a row the hand-over writes (the ledger posting and its entries, the profit-sharing row, the points
// award) made PostgreSQL look the parent up and lock it FOR KEY SHARE: about 9 nested lookups per verification, and
// row-lock WAL records on the shopper and the checkout. What a key guarantees has two halves, and both still hold:
// - A child never names a parent that does not exist: every statement that writes these rows takes the parent from
//   a row it has just read or written in the same transaction (a posting and a points award name the order the step
//   locked and its shopper; a ledger entry names the posting inserted by the same statement; a profit-sharing row
//   names that order and the checkout row the same statement reads; a redemption, return or reversal of points
//   names orders and a shopper the placing statement or an earlier entry named). docs/performance.md lists them.
// - A parent is never removed or renumbered under its children: orders, checkouts and shoppers are kept for ever
//   (the kept_for_ever trigger, 20261206b-checkout-keys), and ledger postings are append-only (ledger_append_only
//   refuses UPDATE, DELETE and TRUNCATE).
// The posting's key to its split rule set stays: rule sets are not kept for ever (a draft's rules are replaced).
import { Migration } from '@mikro-orm/migrations';

/** The keys dropped, as the table that held each names it. */
export const PICKUP_KEYS_DROPPED = [
  ['ledger_posting', 'ledger_posting_order_id_fkey'],
  ['ledger_entry', 'ledger_entry_posting_id_fkey'],
  ['profit_sharing_order', 'profit_sharing_order_order_id_fkey'],
  ['profit_sharing_order', 'profit_sharing_order_checkout_id_fkey'],
  ['points_entry', 'points_entry_shopper_id_fkey'],
  ['points_entry', 'points_entry_order_id_fkey'],
] as const;

export class MigrationPickupKeys extends Migration {
  override async up(): Promise<void> {
    for (const [table, key] of PICKUP_KEYS_DROPPED) this.addSql(`ALTER TABLE ${table} DROP CONSTRAINT ${key}`);
  }
}
