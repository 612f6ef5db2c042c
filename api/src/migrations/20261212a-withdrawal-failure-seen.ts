// HQ's 打款异常 lists withdrawals whose transfer WeChat refused for good. Once HQ has dealt with one (topped up the
// merchant account, told the promoter), it marks it seen and the list leaves it out; who and when are kept.
import { Migration } from '@mikro-orm/migrations';

export class MigrationWithdrawalFailureSeen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE commission_withdrawal ADD COLUMN failure_seen_at timestamptz, ADD COLUMN failure_seen_by text`);
  }
}
