// The counter sale (收银): a checkout rung up by a clerk (channel COUNTER) says how it was paid, with what change,
// and a walk-in customer who shows no member code is one shopper row shared by every store's counter.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCounterSale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE checkout
        ADD COLUMN channel text NOT NULL DEFAULT 'ONLINE' CHECK (channel IN ('ONLINE', 'COUNTER')),
        ADD COLUMN tender text CHECK (tender IN ('CASH', 'CARD', 'WECHAT_CODE')),
        ADD COLUMN tendered_fen integer CHECK (tendered_fen >= 0),
        ADD COLUMN change_fen integer CHECK (change_fen >= 0),
        ADD CONSTRAINT checkout_counter_tender CHECK ((channel = 'COUNTER') = (tender IS NOT NULL)),
        ADD CONSTRAINT checkout_cash_change CHECK (tender IS DISTINCT FROM 'CASH' OR tendered_fen - change_fen = total_fen)`);
    this.addSql(
      `INSERT INTO shopper (id, openid) VALUES ('00000000-0000-4000-8000-00000000c0de', 'counter:walk-in') ON CONFLICT DO NOTHING`,
    );
  }
}
