#!/usr/bin/env node
// Builds the app for a target (h5, weapp) only when its sources changed since the last build of it, so
// `npm start`, `npm test` and the browser tests share one build and a second run costs nothing.
// Usage: node miniapp/scripts/build-if-stale.mjs h5 [weapp]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from '../../scripts/stale.mjs';

export const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const MARKERS = { h5: 'index.html', weapp: 'app.json' };

export function ensureBuilt(target) {
  if (!MARKERS[target]) throw new Error(`unknown target ${target}`);
  const marker = path.join(APP, 'dist', target, MARKERS[target]);
  if (
    !isStale(
      marker,
      ['src', 'config', 'package.json'].map((p) => path.join(APP, p)),
    )
  )
    return false;
  console.log(`[miniapp] building ${target}`);
  const started = Date.now();
  try {
    // Taro draws a progress bar on stderr: keep it out of test and start logs unless the build fails.
    execFileSync('npx', ['taro', 'build', '--type', target], {
      cwd: APP,
      stdio: 'pipe',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (err) {
    const out = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    console.error(out.slice(-8000));
    throw new Error(`the ${target} build failed`);
  }
  console.log(`[miniapp] ${target} built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (!existsSync(marker)) throw new Error(`the ${target} build wrote no ${MARKERS[target]}`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const target of process.argv.slice(2).length ? process.argv.slice(2) : ['h5']) ensureBuilt(target);
}
