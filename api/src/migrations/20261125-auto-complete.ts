// Handed-over orders by their last change: what the auto-complete sweep walks, instead of one delayed job per order.
import { Migration } from '@mikro-orm/migrations';

export class MigrationAutoComplete extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX customer_order_handed_over ON customer_order (updated_at, id) WHERE state IN ('PICKED_UP', 'DELIVERED')`);
  }
}
