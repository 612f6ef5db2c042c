// Test databases: one migrated template per run, and a fresh copy of it for each test file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli_test';
const BASE_DB = new URL(TEST_DATABASE_URL).pathname.slice(1);
export const TEMPLATE_DB = `${BASE_DB}_tpl`;
/** Per-file copies are named after the base, so two checkouts testing side by side never touch each other's. */
export const FILE_DB_PREFIX = `${BASE_DB}_f_`;

export function urlFor(dbName: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(client: pg.Client, name: string) {
  await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
}

/** Copies the template: a few hundred milliseconds, and the file owns every row in it. */
export async function createDatabaseFromTemplate(): Promise<string> {
  const name = `${FILE_DB_PREFIX}${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(TEMPLATE_DB)}`));
  return name;
}
