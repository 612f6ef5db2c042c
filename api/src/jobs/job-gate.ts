// Keeps the job workers from starving requests: a job starts only after pending I/O has had its turn and while
// requests are not waiting for a database connection, and never takes the connections kept for them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { poolLoad } from '../common/sql';

/** Connections jobs leave to requests: 4, or half a smaller pool (with SQL_POOL_MAX=2, one for each). */
export const connectionsForRequests = (max: number) => Math.min(4, Math.floor(max / 2));
const WAIT_MS = 5;

/**
 * Resolves when a job may start its work. A backlog (thousands of timeouts due at once) is then worked through
 * at the pace the requests leave room for, a batch of `concurrency` jobs at a time.
 */
export async function jobTurn(em: EntityManager): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  for (;;) {
    const load = poolLoad(em);
    // Anonymous reads waiting do not hold jobs back (they wait behind jobs for a connection, and a flood of them must
    // not stop deadlines from being kept); the few connections they may hold still count.
    if (!load || (load.waiting === load.waitingLow && load.used < load.max - connectionsForRequests(load.max))) return;
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
}
