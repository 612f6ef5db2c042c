// Migrations run once per deploy (`npm run migrate`), never by an API process: the API refuses an older schema and
// names what is missing; two deploys migrating at once queue on a lock and the schema comes out whole.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaBehindError, assertSchemaCurrent, missingMigrations } from '../src/database';
import { migrationsList } from '../src/migrations';
import { createDatabaseFromTemplate, dropDatabase, FILE_DB_PREFIX, urlFor, withAdmin } from './db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const names = migrationsList.map((m) => m.name);

/** Runs a built script (api/dist: `npm test` builds it first) against one database; resolves with its exit and output. */
async function node(script: string, dbName: string): Promise<{ code: number; out: string }> {
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: urlFor(dbName), RUN_JOBS: 'false' };
  try {
    const { stdout, stderr } = await run('node', [path.join(ROOT, 'api/dist', script)], { env, timeout: 60_000 });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function executed(dbName: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: urlFor(dbName) });
  await client.connect();
  try {
    const present = await client.query(`SELECT to_regclass('public.mikro_orm_migrations') IS NOT NULL AS p`);
    if (!present.rows[0].p) return [];
    return (await client.query<{ name: string }>(`SELECT name FROM mikro_orm_migrations ORDER BY id`)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('migrations run once', () => {
  const created: string[] = [];
  const emptyDatabase = async () => {
    const name = `${FILE_DB_PREFIX}m${created.length}${Date.now().toString(36)}`;
    await withAdmin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
    created.push(name);
    return name;
  };
  let current: string;
  beforeAll(async () => {
    current = await createDatabaseFromTemplate();
    created.push(current);
  });
  afterAll(async () => {
    await withAdmin(async (c) => {
      for (const name of created) await dropDatabase(c, name);
    });
  });

  it('an API process on a database never migrated exits, naming the migrations, and changes nothing', async () => {
    const db = await emptyDatabase();
    const { code, out } = await node('main.js', db);
    expect(code).not.toBe(0);
    expect(out).toContain(`has not run ${names.length} migration(s)`);
    expect(out).toContain(names[0]);
    expect(out).toContain(names.at(-1));
    expect(out).toContain('npm run migrate');
    expect(out).not.toContain('Linli API ready');
    expect(await executed(db)).toEqual([]);
  });

  it('a schema one migration behind is refused with that migration named; a current one passes', async () => {
    await expect(assertSchemaCurrent(urlFor(current))).resolves.toBeUndefined();
    const client = new pg.Client({ connectionString: urlFor(current) });
    await client.connect();
    await client.query(`DELETE FROM mikro_orm_migrations WHERE name = $1`, [names.at(-1)]);
    await client.end();
    expect(await missingMigrations(urlFor(current))).toEqual([names.at(-1)]);
    const refused = await assertSchemaCurrent(urlFor(current)).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(SchemaBehindError);
    expect((refused as SchemaBehindError).missing).toEqual([names.at(-1)]);
  });

  it('two deploys migrating one database at once: one runs every migration, the other waits and finds none left', async () => {
    const db = await emptyDatabase();
    const [a, b] = await Promise.all([node('scripts/migrate.js', db), node('scripts/migrate.js', db)]);
    expect([a.code, b.code], a.out + b.out).toEqual([0, 0]);
    const outs = [a.out, b.out].sort();
    expect(outs.filter((o) => o.includes(`[migrate] ran ${names.length}:`))).toHaveLength(1);
    expect(outs.filter((o) => o.includes('[migrate] the database is up to date'))).toHaveLength(1);
    expect(await executed(db)).toEqual(names);
    expect(await missingMigrations(urlFor(db))).toEqual([]);
  }, 90_000);
});
