// Staff security: disabled accounts, counter PINs, a session version per staff member (bumped to revoke their
// sessions), counter devices enrolled for one store, and the audit log of sign-ins and staff administration.
import { Migration } from '@mikro-orm/migrations';

export class MigrationStaffSecurity extends Migration {
  override async up(): Promise<void> {
    // Existing sessions carry no version (read as 0): starting at 1 ends every week-long token issued before.
    this.addSql(`
      ALTER TABLE staff_user
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN pin_hash text,
        ADD COLUMN session_version integer NOT NULL DEFAULT 1`);
    this.addSql(`CREATE INDEX staff_user_store ON staff_user (store_id, username)`);

    this.addSql(`
      CREATE TABLE counter_device (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL REFERENCES store (id),
        name text NOT NULL,
        -- SHA-256 of the device token: 32 random bytes need no slow hash.
        token_hash text NOT NULL UNIQUE,
        enrolled_at timestamptz NOT NULL,
        enrolled_by text NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        last_unlock_at timestamptz
      )`);
    this.addSql(`CREATE INDEX counter_device_store ON counter_device (store_id, enrolled_at DESC)`);

    this.addSql(`
      CREATE TABLE staff_audit (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        at timestamptz NOT NULL,
        action text NOT NULL,
        actor text NOT NULL,
        staff_id uuid,
        username text,
        store_id uuid,
        device_id uuid,
        source text,
        detail text
      )`);
    this.addSql(`CREATE INDEX staff_audit_store ON staff_audit (store_id, seq DESC)`);
  }
}
