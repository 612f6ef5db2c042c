// The coupon-expiry subscribe message: a shopper notification may be about a coupon instead of an order, recorded
// once per coupon and template (the unique index is what keeps a rerun of the job from sending twice).
import { Migration } from '@mikro-orm/migrations';

export class MigrationCouponExpiryNotice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE shopper_notification ALTER COLUMN order_id DROP NOT NULL`);
    this.addSql(`ALTER TABLE shopper_notification ADD COLUMN coupon_id uuid REFERENCES coupon (id)`);
    this.addSql(`ALTER TABLE shopper_notification ADD CONSTRAINT shopper_notification_subject
                   CHECK ((order_id IS NULL) <> (coupon_id IS NULL))`);
    this.addSql(
      `CREATE UNIQUE INDEX shopper_notification_coupon ON shopper_notification (coupon_id, template) WHERE coupon_id IS NOT NULL`,
    );
    // The job's walk: unused coupons by the end of their validity.
    this.addSql(`CREATE INDEX coupon_expiring ON coupon (valid_until) WHERE state = 'AVAILABLE' AND valid_until IS NOT NULL`);
  }
}
