// After-sales requests (售后): a shopper asks for lines of a handed-over order back; the store approves (a refund
// through the ordinary refund path) or declines with a reason. At most one open request per order.
import { Migration } from '@mikro-orm/migrations';

export class MigrationShopAfterSales extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE after_sale (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        shopper_id uuid NOT NULL,
        store_id uuid NOT NULL,
        state text NOT NULL CHECK (state IN ('REQUESTED', 'APPROVED', 'DECLINED')),
        reason text NOT NULL,
        note text NOT NULL DEFAULT '',
        lines jsonb NOT NULL,
        requested_fen integer NOT NULL CHECK (requested_fen >= 0),
        refund_id uuid REFERENCES refund (id),
        decline_reason text,
        decided_by text,
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        CHECK ((state = 'APPROVED') = (refund_id IS NOT NULL)),
        CHECK ((state = 'DECLINED') = (decline_reason IS NOT NULL))
      )`);
    this.addSql(`CREATE UNIQUE INDEX after_sale_open ON after_sale (order_id) WHERE state = 'REQUESTED'`);
    this.addSql(`CREATE INDEX after_sale_order ON after_sale (order_id, created_at)`);
    this.addSql(`CREATE INDEX after_sale_store ON after_sale (store_id, state, created_at DESC, id DESC)`);
  }
}
