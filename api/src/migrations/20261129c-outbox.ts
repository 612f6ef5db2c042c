// After-commit work made durable: the outbox a transaction writes its jobs and store events into (a relay sends
// them to Redis and marks them sent), and the work that ran out of attempts, for HQ to see and retry.
import { Migration } from '@mikro-orm/migrations';

export class MigrationOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('JOB', 'EVENT')),
        -- JOB: the job name; EVENT: the pub/sub channel.
        name text NOT NULL,
        payload jsonb NOT NULL,
        -- JOB only: when it is due (null: now), and how long after created_at that was by the writer's clock: the
        -- relay schedules it that long after the commit, however late it runs.
        run_at timestamptz,
        delay_ms bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A relay that took the row owns it until then; after that (it crashed) another may take it.
        claimed_until timestamptz,
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // What the relay looks for: unsent rows, oldest first. Sent rows leave this index.
    this.addSql(`CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL`);
    this.addSql(`CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
    this.addSql(`
      CREATE TABLE failed_work (
        id uuid PRIMARY KEY,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        attempts int NOT NULL,
        error text NOT NULL,
        failed_at timestamptz NOT NULL,
        retried_at timestamptz,
        retried_by text
      )`);
    // One open row per job: the same job failing again after a retry updates it.
    this.addSql(`CREATE UNIQUE INDEX failed_work_open ON failed_work (job_id) WHERE retried_at IS NULL`);
    this.addSql(`CREATE INDEX failed_work_by_time ON failed_work (failed_at DESC, id)`);
    // What the sweeps walk (each finds what a lost job left behind): unpaid checkouts by payment window, refunds
    // still processing and splits not finished, by age.
    this.addSql(`CREATE INDEX checkout_unpaid ON checkout (payment_expires_at, id) WHERE state = 'PENDING_PAYMENT'`);
    this.addSql(`CREATE INDEX refund_processing ON refund (created_at, id) WHERE status = 'PROCESSING'`);
    this.addSql(`CREATE INDEX profit_sharing_order_open ON profit_sharing_order (updated_at, id) WHERE state IN ('PENDING', 'PROCESSING')`);
    this.addSql(
      `CREATE INDEX profit_sharing_return_open ON profit_sharing_return (updated_at, id) WHERE state IN ('PENDING', 'PROCESSING')`,
    );
  }
}
