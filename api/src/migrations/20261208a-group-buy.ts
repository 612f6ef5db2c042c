// Group buying (拼团): offers per SKU with the group price, size and time to form; groups, each at one pickup store,
// whose joined and paid counters only ever move by conditional UPDATE; the members (one checkout each); and the new
// order state AWAITING_GROUP, paid but not yet the store's.
import { Migration } from '@mikro-orm/migrations';

const ORDER_STATES = `'PENDING_PAYMENT','PAID','AWAITING_GROUP','ACCEPTED','READY_FOR_PICKUP','PICKED_UP','DISPATCHED','DELIVERED','COMPLETED','CANCELLED','REFUNDED'`;

export class MigrationGroupBuy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE customer_order DROP CONSTRAINT IF EXISTS customer_order_state_check`);
    this.addSql(`ALTER TABLE customer_order ADD CONSTRAINT customer_order_state_check CHECK (state IN (${ORDER_STATES}))`);
    this.addSql(`
      CREATE TABLE group_buy_offer (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        sku_id uuid NOT NULL REFERENCES sku (id),
        store_ids uuid[],
        group_price_fen integer NOT NULL CHECK (group_price_fen > 0),
        group_size smallint NOT NULL CHECK (group_size BETWEEN 2 AND 10),
        form_minutes integer NOT NULL CHECK (form_minutes BETWEEN 5 AND 10080),
        auto_form boolean NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'LIVE' CHECK (state IN ('LIVE', 'STOPPED')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at)
      )`);
    // joined counts places taken (paid or not yet), paid the members who paid; neither passes size (no overfill).
    this.addSql(`
      CREATE TABLE group_buy_group (
        id uuid PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES group_buy_offer (id),
        store_id uuid NOT NULL REFERENCES store (id),
        size smallint NOT NULL,
        joined smallint NOT NULL CHECK (joined >= 0 AND joined <= size),
        paid smallint NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= joined),
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'FORMED', 'FAILED')),
        auto_form boolean NOT NULL,
        deadline timestamptz NOT NULL,
        leader_shopper_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    this.addSql(`CREATE INDEX group_buy_group_offer ON group_buy_group (offer_id, state)`);
    this.addSql(`CREATE INDEX group_buy_group_due ON group_buy_group (deadline) WHERE state = 'OPEN'`);
    this.addSql(`
      CREATE TABLE group_buy_member (
        group_id uuid NOT NULL REFERENCES group_buy_group (id),
        shopper_id uuid NOT NULL,
        checkout_id uuid NOT NULL UNIQUE,
        order_id uuid NOT NULL UNIQUE,
        joined_at timestamptz NOT NULL,
        paid_at timestamptz,
        PRIMARY KEY (group_id, shopper_id)
      )`);
    // Set on a group member's checkout in its placing transaction: the payment reads it with the checkout's lock.
    this.addSql(`ALTER TABLE checkout ADD COLUMN group_id uuid`);
  }
}
