// Once per run: the API compiled, the app built (skipped when dist is newer than every source), and the
// seeded template database the test files copy.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { dropDatabase, POS_FILE_DB_PREFIX, POS_TEMPLATE_DB, urlFor, withAdmin } from './db';

const APP = path.resolve(__dirname, '..');
const ROOT = path.resolve(APP, '..');

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

function buildAppIfStale() {
  const built = path.join(APP, 'dist', 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((f) => path.join(APP, f));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  console.log('[store-pos e2e] building the app');
  // vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: APP,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export default async function setup() {
  execFileSync('npx', ['tsc', '-b', 'api'], { cwd: ROOT, stdio: 'inherit' });
  buildAppIfStale();
  await withAdmin(async (c) => {
    await dropDatabase(c, POS_TEMPLATE_DB);
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [POS_FILE_DB_PREFIX]);
    for (const r of rows) await dropDatabase(c, r.datname);
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(POS_TEMPLATE_DB)}`);
  });
  // The demo chain as `npm start` loads it: 55 stores, catalog, stock, demo staff (and devices when enrolled).
  execFileSync('node', ['api/dist/scripts/seed-demo.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: urlFor(POS_TEMPLATE_DB) },
  });
}
