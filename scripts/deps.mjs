#!/usr/bin/env node
// `npm run deps`, and a step of `npm test`: imports only go down in api/src, miniapp/src and store-pos/src. The
// layers and rules are in .dependency-cruiser.cjs, the why in docs/architecture.md. Prints every violation and,
// per app, the folders caught in a circle and the imports that climb; exits 1 on any violation.
// `--in <dir>` checks another checkout with this one's rules (how the figures before a change were measured).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apps = ['api/src', 'miniapp/src', 'store-pos/src'];
const at = process.argv.indexOf('--in');
const cwd = at > 0 ? path.resolve(process.argv[at + 1]) : repo;

const bin = path.join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const run = spawnSync(process.execPath, [bin, ...apps, '--config', path.join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
  cwd,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (!run.stdout) {
  console.error(run.stderr);
  process.exit(2);
}
const { modules, summary } = JSON.parse(run.stdout);
const violations = summary.violations;

const appOf = (file) => apps.find((a) => file.startsWith(`${a}/`) || file === a);
const folderOf = (file) => path.posix.dirname(file);

for (const v of violations) {
  const where = v.cycle ? [v.from, ...v.cycle.map((c) => c.name ?? c)].join(' → ') : `${v.from} → ${v.to}`;
  console.log(`[deps] ${v.rule.name}: ${where}`);
}

let failed = violations.length > 0;
for (const app of apps) {
  const folders = new Set(modules.filter((m) => appOf(m.source) === app).map((m) => folderOf(m.source)));
  if (folders.size === 0) {
    console.error(`[deps] ${app}: no files found`);
    failed = true;
    continue;
  }
  const mine = violations.filter((v) => appOf(v.from) === app);
  const inCycles = new Set();
  for (const v of mine.filter((v) => v.rule.name === 'no-folder-cycle')) {
    inCycles.add(v.from);
    for (const c of v.cycle ?? []) inCycles.add(c.name ?? c);
  }
  const climbing = mine.filter((v) => v.rule.name.endsWith('-climbs')).length;
  const count = (suffix) => mine.filter((v) => v.rule.name.endsWith(suffix)).length;
  console.log(
    `[deps] ${app}: ${inCycles.size} of ${folders.size} folders in a folder cycle, ${climbing} climbing imports, ` +
      `${count('no-file-cycle')} file-cycle findings, ${count('-screen-imports-screen')} screen-to-screen imports, ` +
      `${count('-outside-layers')} imports outside any layer`,
  );
}
process.exit(failed ? 1 : 0);
