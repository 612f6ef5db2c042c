// One statement for several sets of values, in one round trip and one transaction (run_each, migration 20261214a):
// each set runs in a subtransaction of its own, so one that fails undoes only its own writes and the rest commit
// together. Outside a transaction only: the sets' commit is the call's.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { prepareValue } from 'pg/lib/utils';
import { preparedQuery, SQL_NAME } from './sql';

/** The error a set raised, with what the driver's errors carry for callers to tell refusals apart. */
export class EachError extends Error {
  constructor(
    readonly code: string,
    readonly constraint: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

interface Compiled {
  name: string;
  text: string;
  names: string[];
}

const compiled = new Map<string, Compiled>();

// ":name" becomes "($1->>'name')": run_each prepares the statement with one jsonb argument holding every value as the
// text the driver would have sent, so each value keeps the cast the statement gives it.
function compile(sql: string): Compiled {
  let c = compiled.get(sql);
  if (!c) {
    const names = new Set<string>();
    const text = sql.replace(SQL_NAME, (_, name: string) => {
      names.add(name);
      return `($1->>'${name}')`;
    });
    c = { name: `each_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, names: [...names] };
    compiled.set(sql, c);
  }
  return c;
}

/** Runs `sql` once for each set of values; answers each set's rows, or the EachError it raised, in order. */
export async function eachQuery<T>(em: EntityManager, sql: string, sets: readonly Record<string, unknown>[]): Promise<(T[] | EachError)[]> {
  const c = compile(sql);
  const asks = sets.map((values) => {
    const ask: Record<string, unknown> = {};
    for (const name of c.names) {
      if (!(name in values)) throw new Error(`SQL parameter :${name} has no value`);
      const value = values[name];
      ask[name] = value === null || value === undefined ? null : prepareValue(value);
    }
    return JSON.stringify(ask);
  });
  const [row] = await preparedQuery<{
    answers: ({ rows: T[] } | { error: { code: string; constraint: string | null; message: string } })[];
  }>(em, `SELECT run_each(:name::text, :statement::text, :asks::jsonb[]) AS answers`, { name: c.name, statement: c.text, asks });
  return row!.answers.map((a) => ('rows' in a ? a.rows : new EachError(a.error.code, a.error.constraint ?? undefined, a.error.message)));
}
