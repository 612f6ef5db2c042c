// Promotions: 满减 campaigns and coupon templates (one table: the terms, scope, channel, funder, validity, limits
// and the budget counters), the coupons shoppers hold, each shopper's claim counter per template, and what a
// checkout and its orders took off: discounts and points, so money = goods + fee − discount − points.
import { Migration } from '@mikro-orm/migrations';

export class MigrationPromotions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE promotion (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('FULL_REDUCTION', 'COUPON')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        coupon_kind text CHECK (coupon_kind IN ('AMOUNT_OFF', 'PERCENT_OFF', 'DELIVERY_OFF')),
        tiers jsonb NOT NULL DEFAULT '[]',
        threshold_fen integer NOT NULL DEFAULT 0 CHECK (threshold_fen >= 0),
        off_fen integer NOT NULL DEFAULT 0 CHECK (off_fen >= 0),
        off_bp integer NOT NULL DEFAULT 0 CHECK (off_bp BETWEEN 0 AND 10000),
        cap_fen integer CHECK (cap_fen > 0),
        scope_category_ids uuid[] NOT NULL DEFAULT '{}',
        scope_sku_ids uuid[] NOT NULL DEFAULT '{}',
        scope_store_ids uuid[] NOT NULL DEFAULT '{}',
        channel text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'BOTH')),
        funder text NOT NULL CHECK (funder IN ('HQ', 'STORE', 'SPLIT')),
        funder_store_bp integer NOT NULL DEFAULT 0 CHECK (funder_store_bp BETWEEN 0 AND 10000),
        starts_at timestamptz,
        ends_at timestamptz,
        valid_days integer CHECK (valid_days > 0),
        total_limit integer CHECK (total_limit >= 0),
        per_user_limit integer NOT NULL DEFAULT 1 CHECK (per_user_limit > 0),
        claimed integer NOT NULL DEFAULT 0 CHECK (claimed >= 0 AND (total_limit IS NULL OR claimed <= total_limit)),
        budget_fen bigint CHECK (budget_fen >= 0),
        spent_fen bigint NOT NULL DEFAULT 0 CHECK (spent_fen >= 0 AND (budget_fen IS NULL OR spent_fen <= budget_fen)),
        budget_uses integer CHECK (budget_uses >= 0),
        uses integer NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (budget_uses IS NULL OR uses <= budget_uses)),
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'LIVE', 'STOPPED')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((kind = 'COUPON') = (coupon_kind IS NOT NULL)),
        CHECK (coupon_kind IS DISTINCT FROM 'PERCENT_OFF' OR off_bp > 0),
        CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at)
      )`);
    // The checkout reads the live 满减 campaigns on every quote: a small partial index.
    this.addSql(`CREATE INDEX promotion_live ON promotion (kind) WHERE state = 'LIVE'`);

    // A shopper's claims of one template: the per-user limit is this counter, raised by a conditional upsert.
    this.addSql(`
      CREATE TABLE coupon_claim (
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        claimed integer NOT NULL CHECK (claimed > 0),
        PRIMARY KEY (promotion_id, shopper_id)
      )`);

    this.addSql(`
      CREATE TABLE coupon (
        id uuid PRIMARY KEY,
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        state text NOT NULL DEFAULT 'AVAILABLE' CHECK (state IN ('AVAILABLE', 'LOCKED', 'USED')),
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        checkout_id uuid,
        claimed_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK ((state = 'AVAILABLE') = (checkout_id IS NULL))
      )`);
    this.addSql(`CREATE INDEX coupon_shopper ON coupon (shopper_id, state, valid_until)`);
    this.addSql(`CREATE INDEX coupon_checkout ON coupon (checkout_id) WHERE checkout_id IS NOT NULL`);

    // What came off the payment: discounts (goods and 运费券) and the money value of the points spent.
    // The old money check (goods + fee = total) was unnamed, so it is found by what it says.
    for (const table of ['checkout', 'customer_order']) {
      this.addSql(`
        DO $$ DECLARE c text; BEGIN
          SELECT conname INTO STRICT c FROM pg_constraint
          WHERE conrelid = '${table}'::regclass AND contype = 'c'
            AND pg_get_constraintdef(oid) = 'CHECK (((goods_fen + delivery_fee_fen) = total_fen))';
          EXECUTE format('ALTER TABLE ${table} DROP CONSTRAINT %I', c);
        END $$`);
      this.addSql(`
        ALTER TABLE ${table}
          ADD COLUMN discount_fen integer NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
          ADD COLUMN points_fen integer NOT NULL DEFAULT 0 CHECK (points_fen >= 0),
          ADD CONSTRAINT ${table}_money CHECK (goods_fen + delivery_fee_fen - discount_fen - points_fen = total_fen)`);
    }
    // The checkout's coupon, points spent and 运费券 adjustments (the fee is the lead order's; goods adjustments are on the lines).
    this.addSql(`
      ALTER TABLE checkout ADD COLUMN coupon_id uuid, ADD COLUMN points_used integer NOT NULL DEFAULT 0 CHECK (points_used >= 0),
        ADD COLUMN delivery_adjustments jsonb NOT NULL DEFAULT '[]'`);
    // Points as payment: spent by an order (REDEEM, negative) and given back by its refunds (RETURN), once each.
    this.addSql(`
      ALTER TABLE points_entry DROP CONSTRAINT points_entry_kind_check,
        ADD CONSTRAINT points_entry_kind_check CHECK (kind IN ('AWARD', 'REVERSAL', 'REDEEM', 'RETURN'))`);
    this.addSql(`CREATE UNIQUE INDEX points_entry_redeem ON points_entry (order_id) WHERE kind = 'REDEEM'`);
    this.addSql(`CREATE UNIQUE INDEX points_entry_return ON points_entry (refund_id) WHERE kind = 'RETURN'`);
  }
}
