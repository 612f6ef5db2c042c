// Referral commission (分销) and store promoters (导购), one level: HQ's window and rates, promoters (shoppers who
// opted in, clerks of a store), the buyer's binding to one promoter, each referred order and line with the rate
// fixed at payment, the commission ledger (rows only: balances are its sums) and withdrawals.
import { Migration } from '@mikro-orm/migrations';

export class MigrationReferral extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE referral_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        bind_days integer NOT NULL DEFAULT 15 CHECK (bind_days BETWEEN 1 AND 365),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    this.addSql(`INSERT INTO referral_settings (id) VALUES (1)`);
    this.addSql(`
      CREATE TABLE commission_rule (
        id uuid PRIMARY KEY,
        category_id uuid UNIQUE REFERENCES category (id),
        product_id uuid UNIQUE REFERENCES product (id),
        rate_bp integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 5000),
        updated_at timestamptz NOT NULL,
        CHECK ((category_id IS NULL) <> (product_id IS NULL))
      )`);
    this.addSql(`
      CREATE TABLE promoter (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('SHOPPER', 'CLERK')),
        shopper_id uuid UNIQUE REFERENCES shopper (id),
        staff_id uuid UNIQUE,
        store_id uuid REFERENCES store (id),
        display_name text NOT NULL DEFAULT '',
        state text NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'SUSPENDED')),
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'SHOPPER') = (shopper_id IS NOT NULL)),
        CHECK ((kind = 'CLERK') = (staff_id IS NOT NULL AND store_id IS NOT NULL))
      )`);
    this.addSql(`
      CREATE TABLE referral_binding (
        shopper_id uuid PRIMARY KEY REFERENCES shopper (id),
        promoter_id uuid NOT NULL REFERENCES promoter (id),
        bound_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX referral_binding_promoter ON referral_binding (promoter_id)`);
    this.addSql(`
      CREATE TABLE referral_order (
        order_id uuid PRIMARY KEY REFERENCES customer_order (id),
        promoter_id uuid NOT NULL REFERENCES promoter (id),
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        store_id uuid NOT NULL REFERENCES store (id),
        paid_at timestamptz NOT NULL,
        released_at timestamptz
      )`);
    this.addSql(`CREATE INDEX referral_order_promoter ON referral_order (promoter_id, paid_at DESC)`);
    this.addSql(`CREATE INDEX referral_order_unreleased ON referral_order (paid_at) WHERE released_at IS NULL`);
    this.addSql(`
      CREATE TABLE commission_line (
        order_line_id uuid PRIMARY KEY REFERENCES order_line (id),
        order_id uuid NOT NULL REFERENCES referral_order (order_id),
        rate_bp integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 5000)
      )`);
    this.addSql(`CREATE INDEX commission_line_order ON commission_line (order_id)`);
    this.addSql(`
      CREATE TABLE commission_withdrawal (
        id uuid PRIMARY KEY,
        promoter_id uuid NOT NULL REFERENCES promoter (id),
        amount_fen integer NOT NULL CHECK (amount_fen > 0),
        state text NOT NULL CHECK (state IN ('REQUESTED', 'PAYING', 'PAID', 'REJECTED', 'FAILED')),
        out_bill_no text NOT NULL UNIQUE,
        transfer_bill_no text,
        package_info text,
        fail_reason text,
        decided_by text,
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        finished_at timestamptz
      )`);
    this.addSql(`CREATE INDEX commission_withdrawal_state ON commission_withdrawal (state, created_at)`);
    this.addSql(`CREATE INDEX commission_withdrawal_promoter ON commission_withdrawal (promoter_id, created_at DESC)`);
    // The ledger: never updated, never deleted. Order rows are written under the order's lock; withdrawal rows
    // under the promoter's.
    this.addSql(`
      CREATE TABLE commission_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        promoter_id uuid NOT NULL REFERENCES promoter (id),
        order_id uuid REFERENCES referral_order (order_id),
        order_line_id uuid REFERENCES commission_line (order_line_id),
        withdrawal_id uuid REFERENCES commission_withdrawal (id),
        kind text NOT NULL CHECK (kind IN ('ACCRUE', 'REVERSE', 'RELEASE', 'RECEIVABLE', 'WITHDRAW', 'WITHDRAW_RETURN')),
        bucket text NOT NULL CHECK (bucket IN ('FROZEN', 'AVAILABLE')),
        amount_fen integer NOT NULL CHECK (amount_fen <> 0),
        created_at timestamptz NOT NULL,
        CHECK ((order_line_id IS NULL) = (withdrawal_id IS NOT NULL)),
        CHECK ((kind IN ('WITHDRAW', 'WITHDRAW_RETURN')) = (withdrawal_id IS NOT NULL))
      )`);
    this.addSql(`CREATE INDEX commission_entry_promoter ON commission_entry (promoter_id, bucket)`);
    this.addSql(`CREATE INDEX commission_entry_line ON commission_entry (order_line_id)`);
    this.addSql(
      `CREATE UNIQUE INDEX commission_entry_one_withdraw ON commission_entry (withdrawal_id, kind) WHERE withdrawal_id IS NOT NULL`,
    );
  }
}
