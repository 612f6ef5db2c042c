// Clerk discounts (改价, 整单折扣) at the counter: HQ grants them per staff member, within a cap per sale (a share of
// the goods and/or an amount). No grant, no discount: the sale is refused before anything is held.
import { Migration } from '@mikro-orm/migrations';

export class MigrationClerkDiscounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE staff_user
        ADD COLUMN discount_granted boolean NOT NULL DEFAULT false,
        ADD COLUMN discount_max_bp integer CHECK (discount_max_bp BETWEEN 0 AND 10000),
        ADD COLUMN discount_max_fen integer CHECK (discount_max_fen >= 0),
        ADD CONSTRAINT staff_discount_capped CHECK (NOT discount_granted OR discount_max_bp IS NOT NULL OR discount_max_fen IS NOT NULL)`);
  }
}
