// The store app's browser tests run the real API on a copy of one seeded template database (the demo chain),
// named apart from the API tests' databases so both projects run side by side.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_DATABASE_URL, urlFor, withAdmin } from '../../api/test/db';

export { dropDatabase, urlFor, withAdmin } from '../../api/test/db';

const BASE_DB = new URL(TEST_DATABASE_URL).pathname.slice(1);
export const POS_TEMPLATE_DB = `${BASE_DB}_pos_tpl`;
export const POS_FILE_DB_PREFIX = `${BASE_DB}_pos_f_`;

export async function copyTemplate(): Promise<string> {
  const name = `${POS_FILE_DB_PREFIX}${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(POS_TEMPLATE_DB)}`));
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
