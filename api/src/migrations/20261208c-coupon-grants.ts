// One record of granted coupons: the member levels' monthly and birthday grants (member_coupon_grant, one row per
// shopper, kind and period) move into coupon_grant, the table every other grant (新人券, gift, batch, code) keys by
// grant_key, under keys of the same shape (MONTHLY:<YYYY-MM>:<shopper>, BIRTHDAY:<YYYY>:<shopper>), so a grant already
// made before the move is still found afterwards and given nothing twice. issued_by says how each coupon came.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCouponGrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE coupon_grant ADD COLUMN issued_by text`);
    this.addSql(`
      UPDATE coupon_grant SET issued_by = CASE split_part(grant_key, ':', 1)
        WHEN 'NEW' THEN 'NEW_SHOPPER' WHEN 'GIFT' THEN 'AFTER_PURCHASE' ELSE 'HQ' END`);
    this.addSql(`
      INSERT INTO coupon_grant (grant_key, promotion_id, shopper_id, coupon_id, batch_id, granted_at, issued_by)
      SELECT kind || ':' || period || ':' || shopper_id, promotion_id, shopper_id, coupon_id, NULL, granted_at, kind
      FROM member_coupon_grant
      ON CONFLICT (grant_key) DO NOTHING`);
    this.addSql(`
      ALTER TABLE coupon_grant ALTER COLUMN issued_by SET NOT NULL,
        ADD CONSTRAINT coupon_grant_issued_by CHECK (issued_by IN ('NEW_SHOPPER', 'AFTER_PURCHASE', 'HQ', 'MONTHLY', 'BIRTHDAY'))`);
    // The member timeline names each coupon by how it came: found from the coupon.
    this.addSql(`CREATE INDEX coupon_grant_coupon ON coupon_grant (coupon_id)`);
    this.addSql(`DROP TABLE member_coupon_grant`);
  }
}
