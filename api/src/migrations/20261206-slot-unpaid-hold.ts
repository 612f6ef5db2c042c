// A shopper holds at most one unpaid place per pickup slot: one PENDING_PAYMENT pickup order per shopper, store and
// start. The index enforces it inside the checkout's own INSERT (no extra statement, atomic under any concurrency);
// paying or cancelling the order moves it out of the index, so the next checkout for that slot may go in.
import { Migration } from '@mikro-orm/migrations';

export class MigrationSlotUnpaidHold extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE UNIQUE INDEX customer_order_one_unpaid_slot ON customer_order (shopper_id, store_id, scheduled_at)
      WHERE state = 'PENDING_PAYMENT' AND fulfilment = 'PICKUP' AND scheduled_at IS NOT NULL`);
  }
}
