#!/usr/bin/env node
// bench/request-limits: sends each pathological request (bench/pathological-documents.cjs, all ≤ 100 KB) to the
// real HTTP server in this process, anonymously, and measures the event loop's worst delay while it is answered
// (perf_hooks.monitorEventLoopDelay) over several rounds, and the CPU each costs. Prints them per request, then
// the figure: the worst delay (least of its rounds, so other processes' stalls on a shared machine drop out).
// Usage: npm run bench:limits [-- --repeat 5]
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { benchUrl, ensureDatabase, numberArg } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { loadConfig } = require('../api/dist/common/config.js');
const { createRuntime } = require('../api/dist/runtime.js');
const { createApp } = require('../api/dist/server.js');
const { systemClock } = require('../api/dist/common/clock.js');
const { DevCode2SessionClient } = require('../api/dist/modules/auth/code2session.js');
const { measureRequest, pathologicalRequests } = require('./pathological-documents.cjs');

const REPEAT = numberArg('--repeat', 5);
const URL_ = benchUrl('linli_bench_limits');

await ensureDatabase(URL_);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: URL_, QUEUE_PREFIX: 'linli-bench-limits', RUN_JOBS: 'false' });
const orm = await openDatabase(URL_);
await migrate(orm);
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
const runtime = await createRuntime(config, redis, systemClock);
const { httpServer, apollo } = await createApp({
  config,
  orm,
  redis,
  clock: systemClock,
  code2Session: new DevCode2SessionClient(),
  runtime,
});
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
const rows = [];
for (const r of [baseline, ...pathologicalRequests]) {
  const { answer, delayMs, rawMaxMs, cpuMs } = await measureRequest(() => send(r), REPEAT);
  rows.push({ name: r.name, status: answer, delayMs, rawMaxMs, cpuMs });
}

console.log('delay (least of rounds)  worst round  cpu/request  status  request');
for (const row of rows) {
  console.log(
    `${row.delayMs.toFixed(1).padStart(9)} ms ${row.rawMaxMs.toFixed(1).padStart(17)} ms ${row.cpuMs.toFixed(1).padStart(9)} ms  ${String(row.status).padEnd(6)}  ${row.name}`,
  );
}
const worst = rows.slice(1).reduce((a, b) => (b.delayMs > a.delayMs ? b : a));
const worstRound = rows.slice(1).reduce((a, b) => (b.rawMaxMs > a.rawMaxMs ? b : a));
await apollo.stop();
await runtime.close();
await orm.close();
redis.disconnect();
console.log(
  `worst event-loop delay over ${pathologicalRequests.length} pathological requests (least of ${REPEAT} rounds): ${worst.delayMs.toFixed(1)} ms (${worst.name}); ` +
    `worst single round ${worstRound.rawMaxMs.toFixed(1)} ms (${worstRound.name}); baseline { __typename } ${rows[0].delayMs.toFixed(1)} ms`,
);
