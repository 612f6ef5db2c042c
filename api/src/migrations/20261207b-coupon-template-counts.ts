// HQ's promotion list and live view count a template's used (and locked) coupons: an index on the template for the
// coupons past AVAILABLE only, so claims (the hot write) do not pay for it.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCouponTemplateCounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX coupon_template_taken ON coupon (promotion_id, state) WHERE state <> 'AVAILABLE'`);
  }
}
