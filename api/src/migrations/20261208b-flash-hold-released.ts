// An unpaid expiry marks a flash checkout's hold released instead of deleting it: a payment that arrives after the
// expiry reads what the checkout had taken, and for which buyers (the device is nowhere else), to take it again.
import { Migration } from '@mikro-orm/migrations';

export class MigrationFlashHoldReleased extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE flash_hold ADD COLUMN released_at timestamptz`);
  }
}
