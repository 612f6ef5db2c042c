// Redis is a cache: what it held alone now has a row. Sign-outs and lockouts are written here first; deadline
// sweeps claim due checkouts and orders with a lease (the outbox's pattern), walking partial indexes.
import { Migration } from '@mikro-orm/migrations';

export class MigrationRedisDurable extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE session_revocation (
        sid text PRIMARY KEY,
        -- When the token would have expired anyway: the row is useless after it.
        expires_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX session_revocation_expires ON session_revocation (expires_at)`);
    this.addSql(`
      CREATE TABLE security_lockout (
        -- The limiter's lock key (its Redis key) and the index it is listed in for HQ.
        lock_key text PRIMARY KEY,
        index_key text NOT NULL,
        tag text,
        until_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX security_lockout_index ON security_lockout (index_key, until_at)`);

    // A sweep that claimed a row works it until then; a sweeper that died gives it up.
    this.addSql(`ALTER TABLE checkout ADD COLUMN sweep_lease_until timestamptz`);
    this.addSql(`ALTER TABLE customer_order ADD COLUMN sweep_lease_until timestamptz`);
    this.addSql(`CREATE INDEX customer_order_accept_due ON customer_order (accept_by, id) WHERE state = 'PAID' AND accept_by IS NOT NULL`);
    this.addSql(`CREATE INDEX customer_order_pickup_due ON customer_order (pickup_deadline, id)
                 WHERE state IN ('PAID', 'ACCEPTED', 'READY_FOR_PICKUP') AND pickup_deadline IS NOT NULL`);
  }
}
