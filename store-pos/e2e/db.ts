// The store app's browser tests run the real API on a copy of one seeded template database (the demo chain),
// named apart from the API tests' databases so both projects run side by side.
//
// Every run names its template and copies after itself (the vitest process's pid): two runs on one database base
// name (the lead's `npm test` and a run from another shell, both on the default TEST_DATABASE_URL) once shared
// them, and the second run's set-up dropped the first run's live copies and re-seeded the template under it, so the
// first run's next copy failed with "source database … is being accessed by other users" (its seed's connections).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { TEST_DATABASE_URL, urlFor, withAdmin } from '../../api/test/db';

export { dropDatabase, urlFor, withAdmin } from '../../api/test/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's template database (global-setup.ts). */
    posTemplateDb: string;
  }
}

const BASE_DB = new URL(TEST_DATABASE_URL).pathname.slice(1);

/** Databases of store-app runs on this base name: `<base>_pos_<pid>_tpl` and `<base>_pos_<pid>_f_<hex>`. */
export const POS_RUN_DB = new RegExp(`^${BASE_DB.replace(/[^a-z0-9_]/gi, '\\$&')}_pos_(\\d+)_(tpl|f_[0-9a-f]+)$`);

export function templateDbOf(pid: number): string {
  return `${BASE_DB}_pos_${pid}_tpl`;
}

export async function copyTemplate(): Promise<string> {
  const template = inject('posTemplateDb');
  const name = `${template.slice(0, -'tpl'.length)}f_${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`));
  return name;
}

/** Runs SQL on a test database (set-up only: e.g. finding a store's SKUs). */
export async function sql<T extends pg.QueryResultRow>(dbName: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlFor(dbName) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
