// Who pays for promotions, in the ledger: each discount an order keeps is posted as a cost to its funder (PROMO_COST
// on HQ or the fulfilling store; POINTS_COST, HQ's, for points) and as the parties' shares of it by the split
// rules (PROMO_HQ, PROMO_FULFILLING, PROMO_REFERRING). The dashboard's rollups keep promotion cost by funder.
import { Migration } from '@mikro-orm/migrations';

export class MigrationPromotionLedger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_role_check,
        ADD CONSTRAINT ledger_entry_role_check CHECK (role IN ('GROSS', 'REFUND', 'FEE', 'HQ', 'FULFILLING', 'REFERRING',
          'PROMO_COST', 'POINTS_COST', 'PROMO_HQ', 'PROMO_FULFILLING', 'PROMO_REFERRING'))`);
    for (const table of ['dashboard_store_day', 'dashboard_day'])
      this.addSql(`
        ALTER TABLE ${table}
          ADD COLUMN hq_promotion_cost_fen bigint NOT NULL DEFAULT 0,
          ADD COLUMN store_promotion_cost_fen bigint NOT NULL DEFAULT 0`);
  }
}
