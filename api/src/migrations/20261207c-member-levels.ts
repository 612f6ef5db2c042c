// Member levels and their benefits (HQ sets them), the growth journal that places a shopper on a level (from the net
// they paid, apart from spendable points), the coupons granted per level each month and on a birthday (one per
// shopper, kind and period: the job can run any number of times), a shopper's birthday, and the points multiplier
// each points award was made with (so a refund takes back exactly the points that award gave).
import { Migration } from '@mikro-orm/migrations';

export class MigrationMemberLevels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE member_level (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
        growth_threshold integer NOT NULL UNIQUE CHECK (growth_threshold >= 0),
        member_price_bp integer NOT NULL DEFAULT 0 CHECK (member_price_bp BETWEEN 0 AND 10000),
        category_price_bp jsonb NOT NULL DEFAULT '[]',
        points_multiplier_bp integer NOT NULL DEFAULT 10000 CHECK (points_multiplier_bp BETWEEN 10000 AND 100000),
        free_delivery_threshold_fen integer CHECK (free_delivery_threshold_fen >= 0),
        monthly_coupon_id uuid REFERENCES promotion (id),
        birthday_coupon_id uuid REFERENCES promotion (id),
        funder text NOT NULL DEFAULT 'HQ' CHECK (funder IN ('HQ', 'STORE', 'SPLIT')),
        funder_store_bp integer NOT NULL DEFAULT 0 CHECK (funder_store_bp BETWEEN 0 AND 10000),
        updated_at timestamptz NOT NULL
      )`);
    // No foreign keys: both ids come from the order row the step just wrote, and a key check would lock the shopper
    // and order rows on every hand-over (WAL on the hot path) for nothing.
    this.addSql(`
      CREATE TABLE member_growth (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL,
        order_id uuid NOT NULL,
        refund_id uuid,
        kind text NOT NULL CHECK (kind IN ('AWARD', 'REVERSAL')),
        growth integer NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'REVERSAL') = (refund_id IS NOT NULL))
      )`);
    this.addSql(`CREATE UNIQUE INDEX member_growth_award ON member_growth (order_id) WHERE kind = 'AWARD'`);
    this.addSql(`CREATE UNIQUE INDEX member_growth_reversal ON member_growth (refund_id) WHERE kind = 'REVERSAL'`);
    this.addSql(`CREATE INDEX member_growth_shopper ON member_growth (shopper_id, created_at)`);
    this.addSql(`
      CREATE TABLE member_coupon_grant (
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        kind text NOT NULL CHECK (kind IN ('MONTHLY', 'BIRTHDAY')),
        period text NOT NULL,
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        coupon_id uuid NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (shopper_id, kind, period)
      )`);
    this.addSql(`ALTER TABLE shopper ADD COLUMN birthday date`);
    this.addSql(`
      ALTER TABLE points_entry ADD COLUMN multiplier_bp integer NOT NULL DEFAULT 10000 CHECK (multiplier_bp BETWEEN 10000 AND 100000)`);
  }
}
