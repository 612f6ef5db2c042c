// How coupons reach shoppers besides the coupon centre: 新人券 at the first sign-in, a gift after a paid purchase, an HQ
// batch to a segment, and single-use redemption codes (兑换码). Each grant has a key (one per shopper and template, per
// checkout, per batch and shopper, per code) written in the same statement as the coupon, so a replay gives nothing twice.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCouponIssuance extends Migration {
  override async up(): Promise<void> {
    // CLAIM: the coupon centre. NEW_SHOPPER, AFTER_PURCHASE: given by the system. HQ: batches and codes only.
    this.addSql(`
      ALTER TABLE promotion
        ADD COLUMN issued_by text NOT NULL DEFAULT 'CLAIM' CHECK (issued_by IN ('CLAIM', 'NEW_SHOPPER', 'AFTER_PURCHASE', 'HQ')),
        ADD COLUMN gift_min_paid_fen integer NOT NULL DEFAULT 0 CHECK (gift_min_paid_fen >= 0)`);
    this.addSql(`CREATE INDEX promotion_live_issued ON promotion (issued_by) WHERE state = 'LIVE' AND kind = 'COUPON'`);
    // coupon_id is the id the grant gave its coupon: the coupon exists only when the template still had one to give.
    this.addSql(`
      CREATE TABLE coupon_grant (
        grant_key text PRIMARY KEY,
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        coupon_id uuid NOT NULL,
        batch_id uuid,
        granted_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX coupon_grant_batch ON coupon_grant (batch_id) WHERE batch_id IS NOT NULL`);
    this.addSql(`
      CREATE TABLE coupon_batch (
        id uuid PRIMARY KEY,
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        segment jsonb NOT NULL,
        state text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE')),
        after_shopper_id uuid,
        targeted integer NOT NULL DEFAULT 0,
        issued integer NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
    this.addSql(`
      CREATE TABLE redemption_code (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z2-9]{10}$'),
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        created_at timestamptz NOT NULL,
        redeemed_by uuid REFERENCES shopper (id),
        redeemed_at timestamptz,
        CHECK ((redeemed_by IS NULL) = (redeemed_at IS NULL))
      )`);
    this.addSql(`CREATE INDEX redemption_code_promotion ON redemption_code (promotion_id, created_at, code)`);
    // Failed code attempts per shopper in a rolling window: a counter row, raised before each try.
    this.addSql(`
      CREATE TABLE redemption_throttle (
        shopper_id uuid PRIMARY KEY REFERENCES shopper (id),
        window_start timestamptz NOT NULL,
        attempts integer NOT NULL CHECK (attempts >= 0)
      )`);
  }
}
