// Checkouts (one payment each), the orders they split into per store, their lines and state log,
// refunds, payment notifications as received, and notifications sent to shoppers.
import { Migration } from '@mikro-orm/migrations';

const ORDER_STATES = `'PENDING_PAYMENT','PAID','ACCEPTED','READY_FOR_PICKUP','PICKED_UP','DISPATCHED','DELIVERED','COMPLETED','CANCELLED','REFUNDED'`;

export class MigrationOrders extends Migration {
  override async up(): Promise<void> {
    // Fees by distance: [{ upToM, feeFen }] ascending; the last tier also covers anything farther.
    this.addSql(`
      ALTER TABLE store
        ADD COLUMN min_order_fen integer NOT NULL DEFAULT 2000 CHECK (min_order_fen >= 0),
        ADD COLUMN delivery_fee_tiers jsonb NOT NULL
          DEFAULT '[{"upToM":3000,"feeFen":500},{"upToM":5000,"feeFen":800},{"upToM":20000,"feeFen":1200}]'`);

    this.addSql(`
      CREATE TABLE checkout (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('PENDING_PAYMENT', 'PAID', 'CANCELLED')),
        fulfilment text NOT NULL CHECK (fulfilment IN ('DELIVERY', 'PICKUP')),
        goods_fen integer NOT NULL CHECK (goods_fen >= 0),
        delivery_fee_fen integer NOT NULL CHECK (delivery_fee_fen >= 0),
        total_fen integer NOT NULL CHECK (total_fen > 0),
        out_trade_no text NOT NULL UNIQUE,
        payment_expires_at timestamptz NOT NULL,
        prepay_id text,
        prepay_expires_at timestamptz,
        transaction_id text UNIQUE,
        paid_fen integer,
        paid_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (shopper_id, idempotency_key),
        CHECK (goods_fen + delivery_fee_fen = total_fen)
      )`);

    this.addSql(`
      CREATE TABLE customer_order (
        id uuid PRIMARY KEY,
        checkout_id uuid NOT NULL REFERENCES checkout (id),
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        store_id uuid NOT NULL REFERENCES store (id),
        fulfilment text NOT NULL CHECK (fulfilment IN ('DELIVERY', 'PICKUP')),
        state text NOT NULL CHECK (state IN (${ORDER_STATES})),
        goods_fen integer NOT NULL CHECK (goods_fen >= 0),
        delivery_fee_fen integer NOT NULL CHECK (delivery_fee_fen >= 0),
        total_fen integer NOT NULL CHECK (total_fen >= 0),
        refunded_fen integer NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= total_fen),
        distance_m integer NOT NULL,
        contact_name text NOT NULL,
        contact_phone text NOT NULL,
        address text,
        delivery_lat double precision,
        delivery_lng double precision,
        scheduled_at timestamptz,
        remark text,
        stock TEXT NOT NULL DEFAULT 'HELD' CHECK (stock IN ('HELD', 'RELEASED', 'CONSUMED')),
        rejected_store_ids uuid[] NOT NULL DEFAULT '{}',
        paid_at timestamptz,
        accept_by timestamptz,
        pickup_deadline timestamptz,
        handed_over_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (goods_fen + delivery_fee_fen = total_fen)
      )`);
    this.addSql(`CREATE INDEX customer_order_store_queue ON customer_order (store_id, state, created_at DESC, id DESC)`);
    this.addSql(`CREATE INDEX customer_order_shopper ON customer_order (shopper_id, created_at DESC, id DESC)`);
    this.addSql(`CREATE INDEX customer_order_checkout ON customer_order (checkout_id)`);

    this.addSql(`
      CREATE TABLE order_line (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        position smallint NOT NULL,
        sku_id uuid NOT NULL REFERENCES sku (id),
        sku_code text NOT NULL,
        name text NOT NULL,
        unit_price_fen integer NOT NULL CHECK (unit_price_fen >= 0),
        quantity integer NOT NULL CHECK (quantity > 0),
        refunded_quantity integer NOT NULL DEFAULT 0 CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity),
        UNIQUE (order_id, position)
      )`);

    this.addSql(`
      CREATE TABLE order_transition (
        id uuid PRIMARY KEY,
        -- Steps in one transaction share a timestamp; the sequence keeps their order.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        from_state text,
        to_state text NOT NULL,
        event text NOT NULL,
        store_id uuid NOT NULL,
        actor text NOT NULL,
        reason text,
        at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX order_transition_order ON order_transition (order_id, seq)`);

    this.addSql(`
      CREATE TABLE refund (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        checkout_id uuid NOT NULL REFERENCES checkout (id),
        out_refund_no text NOT NULL UNIQUE,
        amount_fen integer NOT NULL CHECK (amount_fen > 0),
        lines jsonb NOT NULL,
        restocked boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('PROCESSING', 'SUCCEEDED', 'FAILED')),
        provider_refund_id text,
        reason text NOT NULL,
        actor text NOT NULL,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    this.addSql(`CREATE INDEX refund_order ON refund (order_id)`);

    this.addSql(`
      CREATE TABLE payment_event (
        id uuid PRIMARY KEY,
        received_at timestamptz NOT NULL,
        notification_id text,
        event_type text,
        out_trade_no text,
        transaction_id text,
        outcome text NOT NULL,
        detail text
      )`);
    this.addSql(`CREATE INDEX payment_event_trade ON payment_event (out_trade_no, received_at)`);

    this.addSql(`
      CREATE TABLE shopper_notification (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        order_id uuid NOT NULL REFERENCES customer_order (id),
        template text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (order_id, template)
      )`);
  }
}
