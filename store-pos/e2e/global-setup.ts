// Once per run: the API compiled, the app built (skipped when dist is newer than every source), and the
// seeded template database the test files copy.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dropDatabase, POS_RUN_DB, templateDbOf, urlFor, withAdmin } from './db';

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

/** Whether the process that named a database is still running (a run that crashed or was killed left it behind). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function setup(project: TestProject) {
  execFileSync('npx', ['tsc', '-b', 'api'], { cwd: ROOT, stdio: 'inherit' });
  buildAppIfStale();
  const template = templateDbOf(process.pid);
  await withAdmin(async (c) => {
    // Only what dead runs left: a run still going on this base name keeps its template and copies.
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database`);
    for (const { datname } of rows) {
      const run = POS_RUN_DB.exec(datname);
      if (run && (Number(run[1]) === process.pid || !alive(Number(run[1])))) await dropDatabase(c, datname);
    }
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`);
  });
  // The demo chain as `npm start` loads it: 55 stores, catalog, stock, demo staff (and devices when enrolled).
  execFileSync('node', ['api/dist/scripts/seed-demo.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: urlFor(template) },
  });
  project.provide('posTemplateDb', template);
  // Each file drops its own copy; the template goes with the run.
  return () => withAdmin((c) => dropDatabase(c, template));
}
