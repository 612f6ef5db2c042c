#!/usr/bin/env node
// bench:compare: another commit (A) against this tree (B), in one sitting. A is checked out in a git worktree
// outside the repository, given node_modules (hard links when its lockfile is this one, else npm ci) and built
// with tsc; then each bench runs both the same way, in the same cluster, interleaved A B A B A B after each
// has warmed up until flat, and prints both medians side by side with B/A. The ratios come last.
// Usage: npm run bench:compare -- <ref> [checkout] [promotions] [pickup] [--runs 3] [--per-run N] [--keep] (sitting options: see sitting.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkoutBench } from './checkout.mjs';
import { REPO_ROOT } from './lib.mjs';
import { pickupBench, PICKUP_PER_RUN } from './pickup.mjs';
import { printComparison, printTarget, printTopStatements, sitting, sittingOptions } from './sitting.mjs';

const BENCHES = {
  checkout: { bench: checkoutBench, perRun: 3000 },
  // The checkout bench's promotions case (a 满减 and a coupon on every checkout), each build against itself.
  promotions: { bench: checkoutBench, perRun: 3000, target: { promotions: true } },
  pickup: { bench: pickupBench, perRun: PICKUP_PER_RUN },
};
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const positional = firstFlag === -1 ? args : args.slice(0, firstFlag);
const [ref, ...names] = positional;
if (!ref) {
  console.error(`usage: npm run bench:compare -- <ref> [${Object.keys(BENCHES).join('] [')}] [--runs 3] [--keep]`);
  process.exit(2);
}
const wanted = names.length ? names : Object.keys(BENCHES);
for (const name of wanted) {
  if (!BENCHES[name]) {
    console.error(
      `bench:compare runs ${Object.keys(BENCHES).join(' and ')}; "${name}" is not one of them (run it on its own: npm run bench:${name})`,
    );
    process.exit(2);
  }
}

const git = (...a) => execFileSync('git', a, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
const sh = (cmd, a, cwd) => execFileSync(cmd, a, { cwd, stdio: 'inherit' });

/** A's build: a detached worktree of `ref` with node_modules and a fresh tsc build. */
function buildOther(sha) {
  const dir = path.join(os.tmpdir(), `linli-bench-${sha.slice(0, 12)}`);
  if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, sha);
  const sameLock = git('show', `${sha}:package-lock.json`) === readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8').trim();
  if (!existsSync(path.join(dir, 'node_modules'))) {
    if (sameLock) {
      // The same lockfile installs the same files: hard links take seconds and no space. Workspace links are
      // relative, so they point into the worktree's own packages.
      console.log(`[compare] ${sha.slice(0, 12)} has this tree's lockfile: hard-linking node_modules`);
      for (const ws of ['.', 'api', 'geo-data', 'store-pos', 'miniapp']) {
        const from = path.join(REPO_ROOT, ws, 'node_modules');
        if (existsSync(from) && existsSync(path.join(dir, ws))) sh('cp', ['-al', from, path.join(dir, ws, 'node_modules')]);
      }
    } else {
      console.log(`[compare] ${sha.slice(0, 12)} has another lockfile: npm ci`);
      sh('npm', ['ci', '--no-audit', '--no-fund'], dir);
    }
  }
  console.log(`[compare] building ${sha.slice(0, 12)} in ${dir}`);
  sh('npx', ['tsc', '-b', 'api'], dir);
  return dir;
}

const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
const head = git('rev-parse', '--short=7', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const dir = buildOther(sha);
const targets = [
  { label: `A ${ref}`, root: dir },
  { label: `B ${head}${dirty ? '+' : ''}`, root: REPO_ROOT },
];
console.log(`[compare] A = ${ref} (${sha.slice(0, 12)}), B = this tree (${head}${dirty ? ' with uncommitted changes' : ''})`);

const summaries = [];
try {
  for (const name of wanted) {
    const { bench, perRun, target } = BENCHES[name];
    const opts = sittingOptions({ perRun });
    console.log(`\n[compare] ${name}: ${opts.runs} runs of ${opts.perRun} each, interleaved A B, after each warms up until flat`);
    const [a, b] = await sitting(
      bench,
      targets.map((t) => ({ ...t, ...target })),
      opts,
    );
    printTarget(a, bench.unit);
    printTarget(b, bench.unit);
    // Both builds' statements with --top: a statement that got dearer shows beside its former self.
    for (const t of opts.top ? [a, b] : [b]) {
      if (opts.top) console.log(`\n${t.label}:`);
      printTopStatements(t.runs.at(-1), bench.unit);
    }
    const { ratio } = printComparison(a, b, bench.unit);
    summaries.push(
      `${name} B/A: CPU per ${bench.unit} ${ratio('cpuTotal').toFixed(3)} (API ${ratio('cpuApi').toFixed(3)}, PostgreSQL ${ratio('cpuPostgres').toFixed(3)}), throughput ${ratio('throughput').toFixed(3)}, ` +
        `statements ${ratio('statements').toFixed(3)}, buffers ${ratio('buffers').toFixed(3)}, WAL records ${ratio('walRecords').toFixed(3)}, Redis commands ${ratio('redisCommands').toFixed(3)}` +
        `${a.warmUp.flat && b.warmUp.flat ? '' : ' (a warm-up was NOT flat)'}`,
    );
  }
} finally {
  if (!args.includes('--keep')) git('worktree', 'remove', '--force', dir);
}
console.log(`\nA = ${ref}, B = ${head}${dirty ? '+' : ''}; medians of ${sittingOptions({}).runs} interleaved runs each`);
for (const line of summaries) console.log(line);
