// What each order line paid after promotions: the discounts and points taken off it, and every adjustment (kind,
// promotion, amount, funder) so refunds return exact shares and the ledger charges each discount to its funder.
// Defaults keep the lines placed before promotions as they were: no discount, net = unit price × quantity.
import { Migration } from '@mikro-orm/migrations';

export class MigrationLineAdjustments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE order_line
        ADD COLUMN discount_fen integer NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
        ADD COLUMN points_fen integer NOT NULL DEFAULT 0 CHECK (points_fen >= 0),
        ADD COLUMN points integer NOT NULL DEFAULT 0 CHECK (points >= 0),
        ADD COLUMN adjustments jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT order_line_net_not_negative
          CHECK (discount_fen::bigint + points_fen <= unit_price_fen::bigint * quantity)`);
  }
}
