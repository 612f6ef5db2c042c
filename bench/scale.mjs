#!/usr/bin/env node
// bench/scale: the deployment docs/scale.md describes against the one-process one, on this machine, side by side.
//   A: one API process doing everything (requests and jobs), one PostgreSQL, no replica.
//   B: 4 API processes (RUN_JOBS=false, requests dealt to them in turn) + 1 jobs process (sent no request) + a
//      streaming replica of B's PostgreSQL that the API processes read from (READ_DATABASE_URL).
// Each setup has its own PostgreSQL cluster (B's with its replica, so that replaying B's writes never lands in A's
// runs) and its own Redis; bench:checkout's network and carts. Both are warmed up until CPU per checkout is flat,
// then rounds A B A B …, each round: checkout in a closed loop (the same clients), checkout in an open loop at a fixed
// rate (the same offered load), and routeCart in a closed loop. CPU is of every process of the setup: the API
// processes (the jobs process too), the PostgreSQL backends of its database, the replica (replay, WAL receiver, its
// backends) and, apart, the clusters' background processes. Medians; one table at the end.
// Usage: npm run bench:scale [-- --runs 3] [-- --per-run 3000] [-- --rate 50] [-- --open-seconds 10] [-- --routes 3000] [-- --concurrency 8]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkoutBench, CHECKOUT } from './checkout.mjs';
import { cleanupOnExit, startCluster, startRedis, startReplica } from './cluster.mjs';
import { cpuPerOperation, cpuSnapshot, redisStats } from './counters.mjs';
import { REPO_ROOT, numberArg, openLoop, percentile, perOperation, processCounters } from './lib.mjs';
import { measuredRun, median, sittingOptions, warmUntilFlat } from './sitting.mjs';

const opts = sittingOptions({ perRun: 3000 });
const RATE = numberArg('--rate', 50);
const OPEN_SECONDS = numberArg('--open-seconds', 10);
const ROUTES = numberArg('--routes', 3000);
const CLIENTS = numberArg('--concurrency', 8);

const ROUTE = `query R($input: RouteCartInput!) { routeCart(input: $input) { __typename ... on RoutedToStore { distanceM store { id code } }
  ... on SplitProposal { parts { distanceM store { id } } } ... on NoStoreAvailable { errorCode } } }`;

const load = () => os.loadavg()[0];
const sorted = (xs) => [...xs].sort((a, b) => a - b);

const SETUPS = [
  { key: 'A', label: 'A: 1 process', processes: 1, apiEnv: { RUN_JOBS: 'true' } },
  { key: 'B', label: 'B: 4 API + jobs + replica', processes: 4, jobsProcess: true, replica: true },
];

/** Waits until the replica has replayed everything the primary had written when asked. */
async function replicaCaughtUp(cluster, replicaUrl) {
  const { rows } = await cluster.monitor.query('SELECT pg_current_wal_lsn()::text AS lsn');
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    for (let i = 0; i < 1200; i++) {
      const r = await client.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [rows[0].lsn]);
      if (r.rows[0].ok) return;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('the replica did not catch up within 120 s');
  } finally {
    await client.end();
  }
}

/** The CPU of everything a setup runs, in seconds, and its API processes' counters. */
function snapshot(s) {
  return cpuSnapshot(s.monitor, s.database, s.apiPid, s.redisPid).then((cpu) => ({
    cpu,
    replica: s.replica ? s.replica.cpuSeconds() : 0,
    processes: s.apiPid.map(processCounters),
  }));
}

function costPer(s, before, after, ops) {
  const cpu = cpuPerOperation(before.cpu, after.cpu, ops);
  const replica = ((after.replica - before.replica) * 1000) / ops;
  return { ...cpu, replica, total: cpu.total + replica, processes: perOperation(before.processes, after.processes, ops) };
}

/** A closed loop of `n` routeCart quotes by the bench's clients, signed in (anonymous ones are limited per address). */
async function routing(s, n, rand) {
  const cases = Array.from({ length: n }, () => {
    const lines = [];
    while (lines.length < 3) {
      const skuId = s.skuIds[Math.floor(rand() * s.skuIds.length)];
      if (!lines.some((l) => l.skuId === skuId)) lines.push({ skuId, quantity: 1 });
    }
    return {
      token: s.tokens[Math.floor(rand() * s.tokens.length)],
      lines,
      fulfilment: rand() < 0.5 ? 'DELIVERY' : 'PICKUP',
      location: { lat: 31.16 + rand() * 0.09, lng: 121.41 + rand() * 0.1, system: 'WGS84' },
    };
  });
  const times = [];
  const outcomes = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < cases.length) {
        const { token, ...input } = cases[next++];
        const t = performance.now();
        const res = await s.post(ROUTE, { input }, token);
        times.push(performance.now() - t);
        const kind = res.errors ? `error:${res.errors[0].message}` : res.data.routeCart.__typename;
        outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      }
    }),
  );
  return { times, outcomes, seconds: (performance.now() - t0) / 1000 };
}

async function routingRun(s, rand) {
  await routing(s, 500, rand); // not measured: the other setup had its turn, and checkouts came before
  const before = await snapshot(s);
  const run = await routing(s, ROUTES, rand);
  const cost = costPer(s, before, await snapshot(s), ROUTES);
  const t = sorted(run.times);
  return { throughput: ROUTES / run.seconds, p50: percentile(t, 50), p99: percentile(t, 99), cost, outcomes: run.outcomes, load: load() };
}

async function openRun(s) {
  const n = RATE * OPEN_SECONDS;
  const before = await snapshot(s);
  const run = await openLoop(s.carts(n), RATE, async (c) => {
    const res = await s.post(CHECKOUT, { input: c.input }, c.token);
    return res.errors ? `error:${res.errors[0].message}` : res.data.checkout.__typename;
  });
  const cost = costPer(s, before, await snapshot(s), n);
  const t = sorted(run.times.map((x) => x.ms));
  return { throughput: n / run.seconds, p50: percentile(t, 50), p99: percentile(t, 99), cost, outcomes: run.outcomes, load: load() };
}

const stops = [];
const cleanup = cleanupOnExit(stops);
const sessions = [];
try {
  const { mulberry32 } = (await import('node:module')).createRequire(import.meta.url)('../geo-data/dist/index.js');
  for (const setup of SETUPS) {
    const cluster = await startCluster();
    stops.push(cluster.stop);
    // Started before the seeding, so that the copy is of an empty cluster and the seeding streams to it.
    const replica = setup.replica ? await startReplica(cluster) : null;
    if (replica) stops.push(replica.stop);
    const redisServer = await startRedis();
    stops.push(() => redisServer.stop());
    const database = `scale_${setup.key.toLowerCase()}`;
    const apiEnv = { ...setup.apiEnv, ...(replica ? { READ_DATABASE_URL: replica.url(database) } : {}) };
    const target = { ...setup, apiEnv, root: REPO_ROOT, database, url: cluster.url(database), redisUrl: redisServer.url };
    const session = await checkoutBench.open(target, opts);
    // Closed once, whichever way out comes first (the end, an error, Ctrl-C).
    const close = session.close;
    let closing = null;
    session.close = () => (closing ??= close());
    stops.push(() => session.close());
    if (replica) await replicaCaughtUp(cluster, replica.url(database));
    Object.assign(session, {
      label: setup.label,
      key: setup.key,
      database,
      monitor: cluster.monitor,
      replica,
      redisPid: redisServer.pid,
      redis: redisStats(redisServer.url),
      unit: 'checkout',
      rand: mulberry32(11),
    });
    // The replica's CPU over the measured checkouts, beside what measuredRun counts.
    const measure = session.measure;
    session.measure = async (n) => {
      const before = replica?.cpuSeconds() ?? 0;
      const run = await measure(n);
      return { ...run, extra: { ...run.extra, replicaMs: (((replica?.cpuSeconds() ?? 0) - before) * 1000) / n } };
    };
    sessions.push(session);
  }
  for (const s of sessions) s.warmUp = await warmUntilFlat(s, s.monitor, opts, s.label);
  for (const s of sessions) s.rounds = [];
  for (let r = 0; r < opts.runs; r++) {
    for (const s of sessions) {
      const loadBefore = load();
      const closed = await measuredRun(s, s.monitor, opts);
      closed.load = [loadBefore, load()];
      const open = await openRun(s);
      const route = await routingRun(s, s.rand);
      s.rounds.push({ closed, open, route });
      const f = closed.figures;
      console.log(
        `[${s.label}] round ${r + 1}/${opts.runs} (load ${loadBefore.toFixed(2)}): checkout ${f.throughput.toFixed(0)}/s p50 ${f.p50.toFixed(1)} p99 ${f.p99.toFixed(1)} ms, ` +
          `CPU API ${f.cpuApi.toFixed(3)} + PG ${f.cpuPostgres.toFixed(3)} + replica ${closed.extra.replicaMs.toFixed(3)} ms ${JSON.stringify(closed.outcomes)}; ` +
          `open ${RATE}/s: p50 ${open.p50.toFixed(1)} p99 ${open.p99.toFixed(1)} ms, CPU ${open.cost.total.toFixed(3)} ms ${JSON.stringify(open.outcomes)}; ` +
          `routing ${route.throughput.toFixed(0)}/s p50 ${route.p50.toFixed(1)} p99 ${route.p99.toFixed(1)} ms, CPU ${route.cost.total.toFixed(3)} ms ${JSON.stringify(route.outcomes)}`,
      );
    }
  }
  report(sessions);
} finally {
  for (const s of sessions) s.redis.close();
  await Promise.all(sessions.map((s) => s.close()));
  for (const s of sessions) await s.monitor.end();
  cleanup();
}

function report([a, b]) {
  const m = (s, f) => median(s.rounds.map(f));
  const rows = [
    ['checkout, closed loop (' + CLIENTS + ' clients)', null],
    ['  orders/s', (r) => r.closed.figures.throughput, 0],
    ['  latency p50 (ms)', (r) => r.closed.figures.p50, 1],
    ['  latency p99 (ms)', (r) => r.closed.figures.p99, 1],
    ['  CPU per checkout, all (ms)', (r) => r.closed.figures.cpuTotal + r.closed.extra.replicaMs, 3],
    ['    API processes (jobs included)', (r) => r.closed.figures.cpuApi, 3],
    ['    PostgreSQL primary backends', (r) => r.closed.figures.cpuPostgres, 3],
    ['    replica (replay, receiver, backends)', (r) => r.closed.extra.replicaMs, 3],
    ['  PostgreSQL background, primary (ms)', (r) => r.closed.figures.cpuPgBackground, 3],
    ['  Redis (ms)', (r) => r.closed.figures.cpuRedis, 3],
    ['  statements', (r) => r.closed.figures.statements, 2],
    ['  WAL records', (r) => r.closed.figures.walRecords, 2],
    ['  Redis commands', (r) => r.closed.figures.redisCommands, 2],
    ['    of the API processes: system (kernel) time', (r) => sumOf(r.closed.extra.processes, (p) => p.systemMs), 3],
    ['    of the API processes: helper threads (GC, compiles)', (r) => sumOf(r.closed.extra.processes, (p) => p.helperThreadsMs), 3],
    ['  minor page faults, API processes', (r) => sumOf(r.closed.extra.processes, (p) => p.minorFaults), 2],
    ['  read + write syscalls, API processes', (r) => sumOf(r.closed.extra.processes, (p) => p.syscr + p.syscw), 1],
    ['  voluntary context switches, API main threads', (r) => sumOf(r.closed.extra.processes, (p) => p.voluntary), 2],
    [`checkout, open loop at ${RATE}/s for ${OPEN_SECONDS} s`, null],
    ['  achieved orders/s', (r) => r.open.throughput, 0],
    ['  latency p50 (ms)', (r) => r.open.p50, 1],
    ['  latency p99 (ms)', (r) => r.open.p99, 1],
    ['  CPU per checkout, all (ms)', (r) => r.open.cost.total, 3],
    ['    API processes', (r) => r.open.cost.api, 3],
    [`routeCart, closed loop (${CLIENTS} clients, ${ROUTES})`, null],
    ['  quotes/s', (r) => r.route.throughput, 0],
    ['  latency p50 (ms)', (r) => r.route.p50, 1],
    ['  latency p99 (ms)', (r) => r.route.p99, 1],
    ['  CPU per quote, all (ms)', (r) => r.route.cost.total, 3],
    ['    API processes', (r) => r.route.cost.api, 3],
    ['load average (1 min) at the checkout runs', (r) => r.closed.load[0], 2],
  ];
  console.log(`\nbench:scale, median of ${opts.runs} interleaved rounds (A B A B …) on ${os.cpus().length} cores; B/A`);
  console.log(`${''.padEnd(50)} ${a.label.padStart(14)} ${b.label.padStart(28)}   B/A`);
  for (const [name, f, d] of rows) {
    if (!f) {
      console.log(name);
      continue;
    }
    const va = m(a, f);
    const vb = m(b, f);
    console.log(`${name.padEnd(50)} ${va.toFixed(d).padStart(14)} ${vb.toFixed(d).padStart(28)}   ${(vb / va).toFixed(3)}`);
  }
  console.log(
    `warm-up: A ${a.warmUp.done} (${a.warmUp.flat ? 'flat' : 'NOT flat'}), B ${b.warmUp.done} (${b.warmUp.flat ? 'flat' : 'NOT flat'})`,
  );
  console.log(
    `B's processes, CPU per checkout (closed loop, median): ${b.apiPid
      .map(
        (pid, i) => `${i < b.apiPid.length - 1 ? `API ${i + 1}` : 'jobs'} ${m(b, (r) => r.closed.extra.processes[i].cpuMs).toFixed(3)} ms`,
      )
      .join(', ')}`,
  );
  const loads = [...a.rounds, ...b.rounds].flatMap((r) => [r.closed.load[0], r.open.load, r.route.load]);
  console.log(`load average (1 min) over the rounds: ${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)}`);
}

function sumOf(processes, f) {
  return processes.reduce((sum, p) => sum + f(p), 0);
}
