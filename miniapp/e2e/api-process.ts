// The real API for the app's browser tests: built code (api/dist), its own freshly seeded database with
// the demo network, its own Redis queue prefix, a free port; started as a child process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../api/test/free-port';

export const ROOT = path.resolve(__dirname, '..', '..');

const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli_test');
const dbName = `${base.pathname.slice(1)}_miniapp_e2e`;
const dbUrl = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: dbUrl('postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The API's own database, for a test that must move a deadline the real clock would take minutes to reach. */
export async function apiDb<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: dbUrl(dbName) });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** The API's job queue prefix (its own per test database). */
export const QUEUE_PREFIX = `linli-e2e-${dbName}`;

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startApi(): Promise<ApiProcess> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
  });
  const port = await freePort();
  const env = {
    ...process.env,
    // development: the demo staff accounts exist, so a test can act as the clerk through the API.
    NODE_ENV: 'development',
    // No demo coupons or 满减: each test prices its carts with only the promotions it makes.
    DEMO_PROMOTIONS: 'off',
    DATABASE_URL: dbUrl(dbName),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    QUEUE_PREFIX,
  };
  execFileSync('node', [path.join(ROOT, 'api/dist/scripts/seed-demo.js')], { env, stdio: 'pipe' });
  const child: ChildProcess = spawn('node', [path.join(ROOT, 'api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 60 s:\n${log}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('Linli API ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    child.once('exit', (code) => reject(new Error(`API exited (${code}):\n${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`));
    },
  };
}
