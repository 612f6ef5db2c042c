#!/usr/bin/env node
// `npm test`: services up, type-check everything (sources and tests), check that imports only go down and that the
// generated types are current, build the shopper app and check its size budgets, then every test against real
// PostgreSQL/PostGIS and Redis (and the apps in headless Chromium, the weapp build in WeChat's compilers and
// miniprogram-simulate).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureServices } from './services.mjs';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli_test';
const { redisUrl } = await ensureServices({ databaseUrl });
// The apps' end-to-end tests drive a real browser.
ensureChromium();
// Every statement the API sends during the run, one file per process (api/src/common/sql-recorder.ts), for the
// distribution check after the tests.
const sqlRecordDir = mkdtempSync(join(tmpdir(), 'linli-sql-'));
const env = { ...process.env, TEST_DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, NODE_ENV: 'test', SQL_RECORD_DIR: sqlRecordDir };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });
try {
  // One format for the whole repository (.prettierrc.json); `npm run format` fixes what this finds.
  console.log('[test] checking the format');
  run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
  console.log('[test] type-checking');
  run('npx', ['tsc', '-b', 'api']);
  run('npx', ['tsc', '-p', 'api/tsconfig.test.json']);
  run('npx', ['tsc', '-p', 'store-pos']);
  run('npx', ['tsc', '-p', 'miniapp/tsconfig.json']);
  run('npx', ['tsc', '-p', 'miniapp/tsconfig.test.json']);
  // Imports only go down, in all three apps (.dependency-cruiser.cjs, docs/architecture.md).
  run('node', ['scripts/deps.mjs']);
  // The checked-in typed operations must be what codegen makes from the schema and the .graphql files today.
  run('node', ['scripts/codegen-check.mjs']);
  // Builds the shopper app for weapp and h5 when stale (the browser tests reuse the h5 build) and checks sizes.
  run('node', ['miniapp/scripts/budgets.mjs']);
  run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
  // Each statement on a by-cluster table filters or joins on cluster_id, or the allow-list says why not (docs/scale.md).
  run('node', ['scripts/sql-distribution.mjs']);
} catch {
  process.exit(1);
} finally {
  rmSync(sqlRecordDir, { recursive: true, force: true });
}
