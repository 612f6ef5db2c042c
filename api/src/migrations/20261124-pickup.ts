// Pickup codes (keyed hash + sealed code, one live code per order and per store hash), the audit log of every
// verification attempt, the shopper points journal, and the shipping-info uploads made to WeChat.
import { Migration } from '@mikro-orm/migrations';

export class MigrationPickup extends Migration {
  override async up(): Promise<void> {
    // One row per generation of an order's code; a new generation (regenerate) revokes the previous one.
    this.addSql(`
      CREATE TABLE pickup_code (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        generation integer NOT NULL CHECK (generation > 0),
        store_id uuid NOT NULL REFERENCES store (id),
        code_hash bytea NOT NULL CHECK (length(code_hash) = 32),
        code_sealed text NOT NULL,
        expires_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('LIVE', 'USED', 'REVOKED', 'VOID')),
        issued_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by text,
        used_by_staff_id uuid,
        UNIQUE (order_id, generation),
        CHECK ((status = 'USED') = (used_at IS NOT NULL))
      )`);
    // Unique among the store's live codes: a drawn code that collides is drawn again (ON CONFLICT DO NOTHING).
    this.addSql(`CREATE UNIQUE INDEX pickup_code_live_hash ON pickup_code (store_id, code_hash) WHERE status = 'LIVE'`);
    this.addSql(`CREATE UNIQUE INDEX pickup_code_live_order ON pickup_code (order_id) WHERE status = 'LIVE'`);
    // Used and replaced codes stay findable, so a second scan answers "already picked up" (when, by whom).
    this.addSql(`CREATE INDEX pickup_code_hash ON pickup_code (store_id, code_hash)`);

    this.addSql(`
      CREATE TABLE pickup_attempt (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        at timestamptz NOT NULL,
        store_id uuid NOT NULL,
        staff_id uuid,
        actor text NOT NULL,
        action text NOT NULL CHECK (action IN ('PREVIEW', 'VERIFY')),
        method text NOT NULL CHECK (method IN ('CODE', 'QR')),
        outcome text NOT NULL,
        order_id uuid,
        detail text
      )`);
    this.addSql(`CREATE INDEX pickup_attempt_store ON pickup_attempt (store_id, seq DESC)`);

    // Points: +1 per whole yuan paid at hand-over, and a reversal per later refund; unique keys make both once only.
    this.addSql(`
      CREATE TABLE points_entry (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        order_id uuid NOT NULL REFERENCES customer_order (id),
        refund_id uuid,
        kind text NOT NULL CHECK (kind IN ('AWARD', 'REVERSAL')),
        points integer NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE UNIQUE INDEX points_entry_award ON points_entry (order_id) WHERE kind = 'AWARD'`);
    this.addSql(`CREATE UNIQUE INDEX points_entry_reversal ON points_entry (refund_id) WHERE kind = 'REVERSAL'`);
    this.addSql(`CREATE INDEX points_entry_shopper ON points_entry (shopper_id)`);

    // What was uploaded to WeChat's shipping-info management, once per order (the job's idempotency record).
    this.addSql(`
      CREATE TABLE shipping_info_upload (
        order_id uuid PRIMARY KEY REFERENCES customer_order (id),
        logistics_type smallint NOT NULL,
        request jsonb NOT NULL,
        uploader text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
  }
}
