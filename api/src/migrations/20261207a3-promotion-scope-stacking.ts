// Promotions scoped to store groups (besides stores, categories and SKUs), and stacking classes: which other kinds of
// promotion (满减, coupons) each one combines with on an order.
import { Migration } from '@mikro-orm/migrations';

export class MigrationPromotionScopeStacking extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE promotion
        ADD COLUMN scope_store_group_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN stacks_with text[] NOT NULL DEFAULT '{FULL_REDUCTION,COUPON}'
          CHECK (stacks_with <@ ARRAY['FULL_REDUCTION', 'COUPON']::text[])`);
  }
}
