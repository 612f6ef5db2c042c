#!/usr/bin/env node
// bench/request-limits: sends each pathological request (bench/pathological-documents.cjs, all ≤ 100 KB) to the
// real HTTP server in this process, anonymously, and measures the event loop's worst delay while it is answered
// (perf_hooks.monitorEventLoopDelay), and the CPU each costs. Prints both per request, then the figure: the worst delay.
// Usage: npm run bench:limits [-- --repeat 5]
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { benchUrl, ensureDatabase, numberArg } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { loadConfig } = require('../api/dist/config.js');
const { createRuntime } = require('../api/dist/runtime.js');
const { createApp } = require('../api/dist/server.js');
const { systemClock } = require('../api/dist/common/clock.js');
const { DevCode2SessionClient } = require('../api/dist/modules/auth/code2session.js');
const { pathologicalRequests } = require('./pathological-documents.cjs');

const REPEAT = numberArg('--repeat', 5);
const URL_ = benchUrl('linli_bench_limits');

await ensureDatabase(URL_);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: URL_, QUEUE_PREFIX: 'linli-bench-limits', RUN_JOBS: 'false' });
const orm = await openDatabase(URL_);
await migrate(orm);
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
const runtime = await createRuntime(config, redis, systemClock);
const { httpServer, apollo } = await createApp({ config, orm, redis, clock: systemClock, code2Session: new DevCode2SessionClient(), runtime });
await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${httpServer.address().port}`;

async function send(r) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': r.contentType ?? 'application/json', 'apollo-require-preflight': 'true' },
    body: r.raw ?? JSON.stringify(r.body),
  });
  await res.arrayBuffer();
  return res.status;
}

const baseline = { name: 'baseline: { __typename }', body: { query: '{ __typename }' } };
for (const r of pathologicalRequests) await send(r); // warm-up: JIT and caches, as after a server's first minute
const histogram = monitorEventLoopDelay({ resolution: 5 });
const rows = [];
for (const r of [baseline, ...pathologicalRequests]) {
  histogram.reset();
  histogram.enable();
  let status = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < REPEAT; i++) status = await send(r);
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  // CPU per request (client side included) is what the request costs; the delay adds what the machine's other load stole.
  rows.push({ name: r.name, status, maxMs: histogram.max / 1e6, cpuMs: (used.user + used.system) / 1000 / REPEAT });
}

console.log('max delay   cpu/request  status  request');
for (const row of rows) console.log(`${row.maxMs.toFixed(1).padStart(6)} ms  ${row.cpuMs.toFixed(1).padStart(8)} ms  ${String(row.status).padEnd(6)}  ${row.name}`);
const worst = rows.slice(1).reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
await apollo.stop();
await runtime.close();
await orm.close();
redis.disconnect();
console.log(`worst event-loop delay over ${pathologicalRequests.length} pathological requests (x${REPEAT}): ${worst.maxMs.toFixed(1)} ms (${worst.name}); baseline ${rows[0].maxMs.toFixed(1)} ms`);
