// Work that ran out of attempts: one open row per job id, kept until HQ retries it.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export interface FailedWorkRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  error: string;
  failed_at: Date;
  retried_at: Date | null;
  retried_by: string | null;
}

/** Records (or, failing again, refreshes) the open row of a job that gave up. */
export async function recordFailedWork(
  em: EntityManager,
  w: { jobName: string; jobId: string; payload: unknown; attempts: number; error: string; at: Date },
): Promise<void> {
  await query(
    em,
    `INSERT INTO failed_work (id, job_name, job_id, payload, attempts, error, failed_at)
     VALUES (:id::uuid, :name, :jobId, :payload::jsonb, :attempts::int, :error, :at::timestamptz)
     ON CONFLICT (job_id) WHERE retried_at IS NULL
     DO UPDATE SET attempts = failed_work.attempts + EXCLUDED.attempts, error = EXCLUDED.error, failed_at = EXCLUDED.failed_at`,
    {
      id: randomUUID(),
      name: w.jobName,
      jobId: w.jobId,
      payload: JSON.stringify(w.payload),
      attempts: w.attempts,
      error: w.error.slice(0, 2000),
      at: w.at.toISOString(),
    },
  );
}

/** Newest first; `after` is the last row of the previous page. */
export async function listFailedWork(
  em: EntityManager,
  first: number,
  after: { at: string; id: string } | undefined,
  includeRetried: boolean,
): Promise<FailedWorkRow[]> {
  return query<FailedWorkRow>(
    em,
    `SELECT * FROM failed_work
     WHERE (:all::boolean OR retried_at IS NULL)
       AND (:afterAt::timestamptz IS NULL OR (failed_at, id) < (:afterAt::timestamptz, :afterId::uuid))
     ORDER BY failed_at DESC, id DESC LIMIT :limit::int`,
    { all: includeRetried, afterAt: after?.at ?? null, afterId: after?.id ?? null, limit: first + 1 },
  );
}

export async function openFailedWork(em: EntityManager, id: string): Promise<FailedWorkRow | undefined> {
  const [row] = await query<FailedWorkRow>(em, `SELECT * FROM failed_work WHERE id = :id::uuid AND retried_at IS NULL`, { id });
  return row;
}

/** Closes the row (it runs again); false when someone else retried it first. */
export async function markRetried(tx: EntityManager, id: string, by: string, at: Date): Promise<FailedWorkRow | undefined> {
  const [row] = await query<FailedWorkRow>(
    tx,
    `UPDATE failed_work SET retried_at = :at::timestamptz, retried_by = :by WHERE id = :id::uuid AND retried_at IS NULL RETURNING *`,
    { id, by, at: at.toISOString() },
  );
  return row;
}
