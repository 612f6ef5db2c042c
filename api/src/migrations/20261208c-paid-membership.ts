// 付费会员: HQ's plans (price, days, their own benefit set), each purchase as its own payable (a WeChat Pay trade apart
// from shop orders: no stock, no store) with the stretch of time it bought, and the ledger opened to postings that
// belong to a membership purchase instead of an order (HQ's revenue: no store takes a share, so store_id is empty).
import { Migration } from '@mikro-orm/migrations';

export class MigrationPaidMembership extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE membership_plan (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 20),
        price_fen integer NOT NULL CHECK (price_fen > 0),
        duration_days integer NOT NULL CHECK (duration_days BETWEEN 1 AND 3660),
        member_price_bp integer NOT NULL DEFAULT 0 CHECK (member_price_bp BETWEEN 0 AND 10000),
        category_price_bp jsonb NOT NULL DEFAULT '[]',
        points_multiplier_bp integer NOT NULL DEFAULT 10000 CHECK (points_multiplier_bp BETWEEN 10000 AND 100000),
        free_delivery_threshold_fen integer CHECK (free_delivery_threshold_fen >= 0),
        on_sale boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL
      )`);
    // One row per purchase. The benefits are copied from the plan when it is bought: the shopper keeps what they paid
    // for when HQ edits the plan later. starts_at/ends_at are set at payment (a second purchase starts where the
    // running one ends); a refund sets ends_at to the refund's moment.
    this.addSql(`
      CREATE TABLE membership_purchase (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        plan_id uuid NOT NULL REFERENCES membership_plan (id),
        plan_name text NOT NULL,
        price_fen integer NOT NULL CHECK (price_fen > 0),
        duration_days integer NOT NULL CHECK (duration_days > 0),
        benefits jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('PENDING_PAYMENT', 'PAID', 'REFUNDED')),
        out_trade_no text NOT NULL UNIQUE,
        prepay_id text,
        prepay_expires_at timestamptz,
        payment_expires_at timestamptz NOT NULL,
        transaction_id text UNIQUE,
        paid_at timestamptz,
        starts_at timestamptz,
        ends_at timestamptz,
        refunded_fen integer NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= price_fen),
        out_refund_no text UNIQUE,
        refund_state text CHECK (refund_state IN ('PROCESSING', 'SUCCEEDED', 'FAILED')),
        refunded_at timestamptz,
        refunded_by text,
        created_at timestamptz NOT NULL,
        CHECK ((state = 'PENDING_PAYMENT') = (starts_at IS NULL))
      )`);
    this.addSql(`CREATE INDEX membership_purchase_shopper ON membership_purchase (shopper_id, ends_at) WHERE state = 'PAID'`);
    this.addSql(`CREATE INDEX membership_purchase_shopper_all ON membership_purchase (shopper_id, created_at)`);

    // The ledger takes a membership purchase's postings beside orders': exactly one of the two ids, and no store.
    this.addSql(`ALTER TABLE ledger_posting ALTER COLUMN order_id DROP NOT NULL,
      ADD COLUMN membership_purchase_id uuid REFERENCES membership_purchase (id),
      ADD CONSTRAINT ledger_posting_one_payable CHECK (num_nonnulls(order_id, membership_purchase_id) = 1),
      ADD CONSTRAINT ledger_posting_membership_event UNIQUE (membership_purchase_id, event_key),
      DROP CONSTRAINT ledger_posting_kind_check,
      ADD CONSTRAINT ledger_posting_kind_check CHECK (kind IN ('SALE', 'REFUND', 'MEMBERSHIP_SALE', 'MEMBERSHIP_REFUND'))`);
    this.addSql(`ALTER TABLE ledger_entry ALTER COLUMN order_id DROP NOT NULL, ALTER COLUMN store_id DROP NOT NULL,
      ADD COLUMN membership_purchase_id uuid,
      ADD CONSTRAINT ledger_entry_one_payable CHECK (num_nonnulls(order_id, membership_purchase_id) = 1),
      ADD CONSTRAINT ledger_entry_store_for_orders CHECK (order_id IS NULL OR store_id IS NOT NULL),
      DROP CONSTRAINT ledger_entry_kind_check,
      ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN ('SALE', 'REFUND', 'MEMBERSHIP_SALE', 'MEMBERSHIP_REFUND')),
      DROP CONSTRAINT ledger_entry_role_check,
      ADD CONSTRAINT ledger_entry_role_check CHECK (role IN ('GROSS', 'REFUND', 'FEE', 'HQ', 'FULFILLING', 'REFERRING',
          'PROMO_COST', 'POINTS_COST', 'PROMO_HQ', 'PROMO_FULFILLING', 'PROMO_REFERRING', 'MEMBERSHIP'))`);
    this.addSql(`CREATE INDEX ledger_entry_membership_day ON ledger_entry (business_day) WHERE membership_purchase_id IS NOT NULL`);
  }
}
