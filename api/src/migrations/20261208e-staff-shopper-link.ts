// A clerk's own shopper account (their WeChat in the mini-program), linked by the clerk: a 导购 earns nothing on
// orders of their own shopper account, whichever promoter's link it came through.
import { Migration } from '@mikro-orm/migrations';

export class MigrationStaffShopperLink extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE staff_user ADD COLUMN shopper_id uuid UNIQUE REFERENCES shopper (id)`);
  }
}
