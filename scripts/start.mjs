#!/usr/bin/env node
// `npm start`: services up, build the API and the shopper app, migrate (`npm run migrate`) and seed the demo network (idempotent),
// then run the API, which also serves the shopper app at /m/.
import { execFileSync, spawn } from 'node:child_process';
import { ensureServices } from './services.mjs';
import { isStale } from './stale.mjs';

const { databaseUrl, redisUrl } = await ensureServices();
const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };
console.log('[start] building the API');
execFileSync('npx', ['tsc', '-b', 'api'], { stdio: 'inherit' });
const posSources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => `store-pos/${p}`);
if (isStale('store-pos/dist/index.html', posSources)) {
  console.log('[start] building the store app (served at /pos/)');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: 'store-pos',
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
} else console.log('[start] the store app (served at /pos/) is up to date');
console.log('[start] building the shopper app (h5, served at /m/; skipped when up to date)');
execFileSync('node', ['miniapp/scripts/build-if-stale.mjs', 'h5'], { stdio: 'inherit' });
// Once, before any API process: the API refuses a database older than its code rather than migrating it.
console.log('[start] migrating the database (npm run migrate)');
execFileSync('node', ['api/dist/scripts/migrate.js'], { stdio: 'inherit', env });
console.log('[start] seeding the demo store network');
execFileSync('node', ['api/dist/scripts/seed-demo.js'], { stdio: 'inherit', env });
const api = spawn('node', ['api/dist/main.js'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
