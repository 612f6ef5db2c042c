#!/usr/bin/env node
// Size budgets, checked in CI (npm test): the weapp main package under 1 MB (WeChat allows 2 MB) and the
// h5 app's initial JavaScript under 150 KB gzipped. Builds either target first when it is stale.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP, ensureBuilt } from './build-if-stale.mjs';

const WEAPP_MAIN_LIMIT = 1024 * 1024;
const H5_INITIAL_GZ_LIMIT = 150 * 1024;

function sizeOf(dir, skip = () => false) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p)) continue;
    total += entry.isDirectory() ? sizeOf(p, skip) : statSync(p).size;
  }
  return total;
}

export function measure() {
  ensureBuilt('weapp');
  ensureBuilt('h5');
  const weapp = path.join(APP, 'dist', 'weapp');
  const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'));
  // Everything outside the subpackages' roots ships in the main package.
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => path.join(weapp, s.root));
  const subpackages = subRoots.map((root) => ({ root: path.relative(weapp, root), bytes: sizeOf(root) }));
  const main = sizeOf(weapp, (p) => subRoots.some((r) => p === r) || p.endsWith('.map'));

  const h5 = path.join(APP, 'dist', 'h5');
  const html = readFileSync(path.join(h5, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/^\/m\//, ''));
  const initial = scripts.map((src) => ({ src, gz: gzipSync(readFileSync(path.join(h5, src)), { level: 9 }).length }));
  const initialGz = initial.reduce((n, s) => n + s.gz, 0);
  return { main, subpackages, initial, initialGz };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const m = measure();
console.log(
  `[budgets] weapp main package ${kb(m.main)} (limit ${kb(WEAPP_MAIN_LIMIT)}); subpackages ${m.subpackages.map((s) => `${s.root} ${kb(s.bytes)}`).join(', ')}`,
);
console.log(
  `[budgets] h5 initial JS ${kb(m.initialGz)} gzipped (limit ${kb(H5_INITIAL_GZ_LIMIT)}): ${m.initial.map((s) => `${s.src} ${kb(s.gz)}`).join(', ')}`,
);
const over = [m.main > WEAPP_MAIN_LIMIT && 'weapp main package', m.initialGz > H5_INITIAL_GZ_LIMIT && 'h5 initial JS'].filter(Boolean);
if (over.length) {
  console.error(`[budgets] over budget: ${over.join(', ')}`);
  process.exit(1);
}
