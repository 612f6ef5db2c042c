#!/usr/bin/env node
// The top of a V8 CPU profile (node --cpu-prof): functions by self time, and self time by package, as shares of
// the sampled time. Usage: node bench/profile-top.mjs <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';
import { numberArg } from './lib.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/profile-top.mjs <file.cpuprofile> [--top 25]');
  process.exit(2);
}
const TOP = numberArg('--top', 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Self time: each sample is attributed to the node on top of the stack; intervals in microseconds.
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return { pkg, at: `${pkg}/${url.split(`node_modules/${pkg}/`)[1]}:${cf.lineNumber + 1}` };
  if (url.includes('/api/dist/')) return { pkg: 'api (ours)', at: `${url.split('/api/dist/')[1]}:${cf.lineNumber + 1}` };
  if (url.startsWith('node:')) return { pkg: 'node core', at: `${url}:${cf.lineNumber + 1}` };
  return { pkg: url ? 'other' : `(${cf.functionName || 'native'})`, at: url ? `${url}:${cf.lineNumber + 1}` : '' };
};
const functions = new Map();
const packages = new Map();
const ours = new Map();
let total = 0;
let idle = 0;
for (const [id, us] of self) {
  const cf = byId.get(id).callFrame;
  total += us;
  if (cf.functionName === '(idle)') {
    idle += us;
    continue;
  }
  const w = where(cf);
  const key = `${cf.functionName || '(anonymous)'} ${w.at}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
  if (w.pkg === 'api (ours)') ours.set(key, (ours.get(key) ?? 0) + us);
  packages.set(w.pkg, (packages.get(w.pkg) ?? 0) + us);
}
const busy = total - idle;
const pct = (us) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)`);
console.log('\nself time by package:');
for (const [pkg, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(us)}  ${pkg}`);
console.log(`\ntop ${TOP} functions by self time:`);
for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${pct(us)}  ${key}`);
console.log(`\ntop ${Math.min(TOP, 15)} functions of our own code (api/dist) by self time:`);
for (const [key, us] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, Math.min(TOP, 15))) console.log(`  ${pct(us)}  ${key}`);
