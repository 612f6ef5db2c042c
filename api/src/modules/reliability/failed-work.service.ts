// HQ's view of work that gave up, and the retry: the old job is removed from the queue (bull ignores an add
// whose id it still holds) and the work goes back through the outbox with the row closed, in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { transaction, UUID } from '../../common/sql';
import { writeOutbox } from '../../common/outbox.repository';
import type { Jobs } from '../../common/queues';
import { listFailedWork, markRetried, openFailedWork, type FailedWorkRow } from './failed-work.repository';
import type { FailedWork } from './failed-work.types';

export interface FailedWorkDeps {
  jobs: Jobs;
  outbox: { kick(): void };
  clock: Clock;
}

const isCursor = (v: unknown): v is { at: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { at: unknown }).at === 'string' &&
  typeof (v as { id: unknown }).id === 'string' &&
  UUID.test((v as { id: string }).id);

export class FailedWorkService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: FailedWorkDeps,
  ) {}

  async list(first: number, after: string | undefined, includeRetried: boolean): Promise<Page<FailedWork>> {
    const rows = await listFailedWork(this.em, first, decodeCursor(after, isCursor), includeRetried);
    return toPage(rows.map(toFailedWork), first, (w) => ({ at: w.failedAt.toISOString(), id: w.id }));
  }

  /** Runs the work again from its first attempt; null when there is no open failed work with this id. */
  async retry(id: string, by: string): Promise<FailedWork | null> {
    if (!UUID.test(id)) return null;
    const open = await openFailedWork(this.em, id);
    if (!open) return null;
    const old = await this.deps.jobs.queue.getJob(open.job_id);
    if (old && (await old.isFailed())) await old.remove();
    const row = await transaction(this.em, async (tx) => {
      const closed = await markRetried(tx, id, by, this.deps.clock.now());
      if (closed) await writeOutbox(tx, [{ kind: 'JOB', name: closed.job_name, payload: closed.payload }]);
      return closed;
    });
    if (!row) return null;
    this.deps.outbox.kick();
    return toFailedWork(row);
  }
}

function toFailedWork(r: FailedWorkRow): FailedWork {
  return {
    id: r.id,
    jobName: r.job_name,
    jobId: r.job_id,
    payload: JSON.stringify(r.payload),
    attempts: r.attempts,
    error: r.error,
    failedAt: new Date(r.failed_at),
    retriedAt: r.retried_at ? new Date(r.retried_at) : null,
    retriedBy: r.retried_by,
  };
}
