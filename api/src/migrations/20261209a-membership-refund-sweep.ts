// 付费会员 refunds go through a job like order refunds: the reliability sweep finds the ones still PROCESSING long
// after HQ asked (their job lost with Redis, or given up) by this small partial index.
import { Migration } from '@mikro-orm/migrations';

export class MigrationMembershipRefundSweep extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX membership_purchase_refund_processing ON membership_purchase (refunded_at, id) WHERE refund_state = 'PROCESSING'`,
    );
  }
}
