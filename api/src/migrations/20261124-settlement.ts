// Revenue splits: store groups, shoppers' home stores (一客一码), HQ's versioned split rule sets, the rule set
// and referring store recorded on each order at payment, and the append-only double-entry ledger.
import { Migration } from '@mikro-orm/migrations';

export class MigrationSettlement extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE TABLE store_group (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    this.addSql(`
      CREATE TABLE store_group_member (
        group_id uuid NOT NULL REFERENCES store_group (id) ON DELETE CASCADE,
        store_id uuid NOT NULL REFERENCES store (id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, store_id)
      )`);
    this.addSql(`CREATE INDEX store_group_member_store ON store_group_member (store_id)`);

    // First bind wins: the column is only ever set where it is null.
    this.addSql(
      `ALTER TABLE shopper ADD COLUMN home_store_id uuid REFERENCES store (id), ADD COLUMN home_store_bound_at timestamptz, ADD COLUMN home_store_bound_by text`,
    );

    this.addSql(`
      CREATE TABLE split_rule_set (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        version integer UNIQUE,
        effective_at timestamptz,
        published_at timestamptz,
        published_by text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((status = 'DRAFT') = (version IS NULL) AND (version IS NULL) = (effective_at IS NULL))
      )`);
    this.addSql(`CREATE INDEX split_rule_set_in_force ON split_rule_set (effective_at DESC, version DESC) WHERE status = 'PUBLISHED'`);
    this.addSql(`
      CREATE TABLE split_rule (
        id uuid PRIMARY KEY,
        rule_set_id uuid NOT NULL REFERENCES split_rule_set (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        fulfilment text CHECK (fulfilment IN ('DELIVERY', 'PICKUP')),
        category_id uuid REFERENCES category (id),
        store_id uuid REFERENCES store (id),
        store_group_id uuid REFERENCES store_group (id),
        priority integer NOT NULL DEFAULT 0,
        fulfilling_bp integer NOT NULL,
        referring_bp integer NOT NULL,
        UNIQUE (rule_set_id, position)
      )`);

    this.addSql(`
      ALTER TABLE customer_order
        ADD COLUMN referring_store_id uuid REFERENCES store (id),
        ADD COLUMN split_rule_set_id uuid REFERENCES split_rule_set (id)`);

    // One posting per (order, event): SALE at hand-over, REFUND:<refund id> after it. The unique key is the
    // replay guard. Entries are signed fen; every posting's entries sum to zero (double entry).
    this.addSql(`
      CREATE TABLE ledger_posting (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES customer_order (id),
        event_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SALE', 'REFUND')),
        rule_set_id uuid REFERENCES split_rule_set (id),
        received_fen bigint NOT NULL,
        fee_fen bigint NOT NULL,
        posted_at timestamptz NOT NULL,
        UNIQUE (order_id, event_key)
      )`);
    // Accounts: CLEARING (money taken from the shopper: role GROSS, minus role REFUND), FEE (the payment
    // provider's), HQ, STORE (role FULFILLING or REFERRING). store_id is the party for STORE entries and the
    // fulfilling store for the others, so one store's rows are all it needs for its report.
    this.addSql(`
      CREATE TABLE ledger_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        posting_id uuid NOT NULL REFERENCES ledger_posting (id),
        order_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SALE', 'REFUND')),
        account text NOT NULL CHECK (account IN ('CLEARING', 'FEE', 'HQ', 'STORE')),
        role text NOT NULL CHECK (role IN ('GROSS', 'REFUND', 'FEE', 'HQ', 'FULFILLING', 'REFERRING')),
        store_id uuid NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
        business_day date NOT NULL,
        posted_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX ledger_entry_order ON ledger_entry (order_id)`);
    this.addSql(`CREATE INDEX ledger_entry_store_day ON ledger_entry (store_id, business_day)`);
    this.addSql(`CREATE INDEX ledger_entry_day ON ledger_entry (business_day)`);
    // Append-only: corrections are new postings, never edits.
    this.addSql(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME; END $$`);
    for (const table of ['ledger_posting', 'ledger_entry']) {
      this.addSql(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
      );
      this.addSql(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`,
      );
    }

    // WeChat profit sharing: each store's receiver account (a MERCHANT_ID added as receiver beforehand), one
    // split request per order (out_order_no unique, idempotent at WeChat), and one return per store and refund.
    this.addSql(`ALTER TABLE store ADD COLUMN profit_sharing_account text`);
    this.addSql(`
      CREATE TABLE profit_sharing_order (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE REFERENCES customer_order (id),
        checkout_id uuid NOT NULL REFERENCES checkout (id),
        transaction_id text NOT NULL,
        out_order_no text NOT NULL UNIQUE,
        state text NOT NULL CHECK (state IN ('PENDING', 'PROCESSING', 'FINISHED', 'FAILED')),
        unfreeze_unsplit boolean,
        receivers jsonb NOT NULL DEFAULT '[]',
        provider_order_id text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
    this.addSql(`CREATE INDEX profit_sharing_order_checkout ON profit_sharing_order (checkout_id)`);
    this.addSql(`CREATE INDEX profit_sharing_order_failed ON profit_sharing_order (updated_at) WHERE state = 'FAILED'`);
    this.addSql(`
      CREATE TABLE profit_sharing_return (
        id uuid PRIMARY KEY,
        sharing_id uuid NOT NULL REFERENCES profit_sharing_order (id),
        order_id uuid NOT NULL REFERENCES customer_order (id),
        event_key text NOT NULL,
        store_id uuid NOT NULL REFERENCES store (id),
        account text NOT NULL,
        out_return_no text NOT NULL UNIQUE,
        amount_fen integer NOT NULL CHECK (amount_fen > 0),
        state text NOT NULL CHECK (state IN ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        finished_at timestamptz,
        UNIQUE (sharing_id, event_key, store_id)
      )`);
    this.addSql(`CREATE INDEX profit_sharing_return_order ON profit_sharing_return (order_id)`);
  }
}
