// Races made deterministic: the contended row is held by another connection until every racer has answered or sent
// the statement that contends for it, so who reaches that statement depends on the reads before it and never on how
// soon the first racer's commit lands.
import pg from 'pg';
import { watchStatements } from '../src/common/sql';
import { eventually } from './orders-helpers';

export async function raceWhileRowHeld<T>(
  databaseUrl: string,
  /** `SELECT ... FOR UPDATE` of the contended row, its id as $1. */
  lock: { sql: string; id: string },
  /** Whether a sent statement is the contended one. */
  contends: (text: string) => boolean,
  start: () => Promise<T>[],
): Promise<{ answers: T[]; sent: string[] }> {
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  const sent: string[] = [];
  const unwatch = watchStatements((x) => sent.push(x.text));
  try {
    await holder.query('BEGIN');
    await holder.query(lock.sql, [lock.id]);
    let answered = 0;
    const racers = start().map((p) => p.finally(() => void answered++));
    await eventually(async () => sent.filter(contends).length + answered >= racers.length);
    await holder.query('ROLLBACK');
    return { answers: await Promise.all(racers), sent };
  } finally {
    unwatch();
    await holder.end();
  }
}
