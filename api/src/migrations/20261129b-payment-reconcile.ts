// No money kept: when a cancelled checkout's WeChat trade was closed and when reconciling found nothing left to
// refund; one WeChat transaction can pay one checkout only.
import { Migration } from '@mikro-orm/migrations';

export class MigrationPaymentReconcile extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE checkout ADD COLUMN trade_closed_at timestamptz, ADD COLUMN reconciled_at timestamptz`);
    this.addSql(`CREATE UNIQUE INDEX checkout_transaction_id ON checkout (transaction_id) WHERE transaction_id IS NOT NULL`);
    // What the reconcile sweep walks: cancelled checkouts that had a trade at WeChat and are not settled yet.
    this.addSql(`CREATE INDEX checkout_to_reconcile ON checkout (created_at, id)
                 WHERE state = 'CANCELLED' AND transaction_id IS NULL AND reconciled_at IS NULL AND prepay_id IS NOT NULL`);
  }
}
