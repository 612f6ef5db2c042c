// Offline member codes (TOTP): one live secret per shopper, sealed at rest, and the time steps already used at a
// counter. The uses are the durable truth that a code cannot be shown twice: they live here, not in Redis, because
// the counter sale will hang member prices, coupons and points on a scanned code.
import { Migration } from '@mikro-orm/migrations';

export class MigrationMemberCodeSecrets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE member_code_secret (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        reference char(10) NOT NULL UNIQUE,
        secret_sealed text NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    // At most one live secret per shopper: issuing a new one revokes the old in the same transaction.
    this.addSql(`CREATE UNIQUE INDEX member_code_secret_live ON member_code_secret (shopper_id) WHERE revoked_at IS NULL`);
    this.addSql(`
      CREATE TABLE member_code_use (
        secret_id uuid NOT NULL REFERENCES member_code_secret (id),
        counter bigint NOT NULL,
        used_at timestamptz NOT NULL,
        store_id uuid NOT NULL REFERENCES store (id),
        used_by text NOT NULL,
        PRIMARY KEY (secret_id, counter)
      )`);
  }
}
