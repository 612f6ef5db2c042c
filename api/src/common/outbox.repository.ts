// The outbox's SQL: rows written inside a business transaction, claimed by a relay, marked sent or put back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { commitWith, query } from './sql';

export type OutboxKind = 'JOB' | 'EVENT';

/** One piece of after-commit work: a job (name, payload, when due) or a store event (channel, payload). */
export interface OutboxItem {
  kind: OutboxKind;
  name: string;
  payload: unknown;
  runAt?: Date | null;
  /** How long after the commit it is due (runAt less the writer's clock). */
  delayMs?: number | null;
}

export interface OutboxRow {
  id: string;
  kind: OutboxKind;
  name: string;
  payload: unknown;
  run_at: Date | null;
  /** What is left of the delay now (0 when due). */
  delay_left: number;
  attempts: number;
}

/**
 * A write whose answer nobody in its transaction reads (a points award): it rides in the statement that writes the
 * outbox rows, as a data-modifying CTE, instead of a round trip of its own. `sql` is one INSERT/UPDATE/DELETE with
 * `:name` parameters; the same rules as any statement of the transaction (its constraints, its locks) apply.
 */
export interface DeferredWrite {
  sql: string;
  values: Record<string, unknown>;
}

const PARAM = /(?<![:\w]):([a-zA-Z_]\w*)/g;

/**
 * Written in the caller's transaction: committed with the work that caused it, or not at all, together with the
 * transaction's deferred writes (one statement for all). Answers the ids of the outbox rows written.
 */
export async function writeOutbox(
  tx: EntityManager,
  items: readonly OutboxItem[],
  writes: readonly DeferredWrite[] = [],
  /** The transaction's last statement: its COMMIT goes with it (commitWith). */
  commit = false,
): Promise<string[]> {
  if (items.length === 0 && writes.length === 0) return [];
  const values: Record<string, unknown> = {
    items: JSON.stringify(
      items.map((i) => ({
        kind: i.kind,
        name: i.name,
        payload: i.payload,
        run_at: i.runAt?.toISOString() ?? null,
        delay_ms: i.delayMs ?? null,
      })),
    ),
  };
  // Each write's parameters get its own prefix, so that two writes (or a write and :items) cannot share a name.
  const ctes = writes.map((w, n) => {
    for (const [name, value] of Object.entries(w.values)) values[`w${n}_${name}`] = value;
    return `w${n} AS (${w.sql.replace(PARAM, (_, name: string) => `:w${n}_${name}`)})`;
  });
  // The cluster as the outbox's cluster trigger would find it (the payload's order, else its store), named here so
  // that the trigger's WHEN skips its PL/pgSQL call and the row's conversion to JSON (docs/performance.md). An order
  // id carries its cluster's code; an older id without one, or no store, is left to the trigger (which reads the row).
  const rows = await (commit ? commitWith<{ id: string }> : query<{ id: string }>)(
    tx,
    `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}INSERT INTO outbox (kind, name, payload, run_at, delay_ms, cluster_id)
     SELECT x.kind, x.name, x.payload, x.run_at, x.delay_ms,
            CASE WHEN x.payload ? 'orderId'
              THEN cluster_of_id(CASE WHEN (x.payload->>'orderId') ~* '^[0-9a-f-]{36}$' THEN (x.payload->>'orderId')::uuid END)
              ELSE (SELECT s.cluster_id FROM store s
                     WHERE s.id = CASE WHEN (x.payload->>'storeId') ~* '^[0-9a-f-]{36}$' THEN (x.payload->>'storeId')::uuid END)
            END
     FROM jsonb_to_recordset(:items::jsonb) AS x(kind text, name text, payload jsonb, run_at timestamptz, delay_ms bigint)
     RETURNING id::text AS id`,
    values,
  );
  return rows.map((r) => r.id);
}

/**
 * Takes up to `limit` unsent rows, oldest first, for `leaseSec`: rows another relay holds are skipped, rows whose
 * lease ran out (that relay died) are taken again. Autocommit: the lease, not an open transaction, keeps them.
 */
export async function claimOutbox(em: EntityManager, limit: number, leaseSec: number): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    em,
    `UPDATE outbox o SET claimed_until = now() + make_interval(secs => :lease::int)
     FROM (SELECT id FROM outbox WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY id LIMIT :limit::int FOR UPDATE SKIP LOCKED) c
     WHERE o.id = c.id
     RETURNING o.id::text AS id, o.kind, o.name, o.payload, o.run_at, o.attempts,
               greatest(0, coalesce(o.delay_ms, 0) - (extract(epoch FROM now() - o.created_at) * 1000)::bigint)::float8 AS delay_left`,
    { lease: leaseSec, limit },
  );
}

/**
 * claimOutbox for rows whose ids the relay knows (a commit of this process wrote them): found by primary key, with
 * no walk of the unsent index. Rows already sent or held by another relay's lease are skipped, as there.
 */
export async function claimOutboxById(em: EntityManager, ids: readonly string[], leaseSec: number): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    em,
    `UPDATE outbox o SET claimed_until = now() + make_interval(secs => :lease::int)
     FROM (SELECT id FROM outbox WHERE id = ANY(:ids::bigint[]) AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY id FOR UPDATE SKIP LOCKED) c
     WHERE o.id = c.id
     RETURNING o.id::text AS id, o.kind, o.name, o.payload, o.run_at, o.attempts,
               greatest(0, coalesce(o.delay_ms, 0) - (extract(epoch FROM now() - o.created_at) * 1000)::bigint)::float8 AS delay_left`,
    { lease: leaseSec, ids: `{${ids.join(',')}}` },
  );
}

/** Marks the sent rows sent; the others wait `retrySec`, doubling per failure up to a minute, before any relay takes them again. */
export async function settleOutbox(
  em: EntityManager,
  sent: string[],
  failed: { id: string; error: string }[],
  retrySec: number,
): Promise<void> {
  if (sent.length === 0 && failed.length === 0) return;
  await query(
    em,
    `WITH s AS (UPDATE outbox SET sent_at = now(), claimed_until = NULL WHERE id = ANY(:sent::bigint[]))
     UPDATE outbox o SET attempts = o.attempts + 1, last_error = f.error, claimed_until = now() + make_interval(secs => least(:retry::int * (1 << least(o.attempts, 6)), 60))
     FROM jsonb_to_recordset(:failed::jsonb) AS f(id bigint, error text) WHERE o.id = f.id`,
    { sent: `{${sent.join(',')}}`, failed: JSON.stringify(failed), retry: retrySec },
  );
}

/** Sent rows are kept a while (what was relayed when), then dropped by the sweep. */
export async function purgeSentOutbox(em: EntityManager, olderThan: Date, limit: number): Promise<number> {
  const rows = await query<{ id: string }>(
    em,
    `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NOT NULL AND sent_at < :before::timestamptz ORDER BY sent_at LIMIT :limit::int) RETURNING id`,
    { before: olderThan.toISOString(), limit },
  );
  return rows.length;
}
