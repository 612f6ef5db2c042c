// One sitting of a bench for one or more builds (targets): each in its own database of the bench's own cluster
// with its own Redis, warmed up until CPU per operation is flat, then measured runs interleaved A B A B A B,
// each run with its counters. bench/checkout.mjs and bench/pickup.mjs define the work; bench/compare.mjs
// brings a second build.
import { performance } from 'node:perf_hooks';
import { cleanupOnExit, startCluster, startRedis } from './cluster.mjs';
import { cpuPerOperation, cpuSnapshot, readStatements, redisStats, resetStatements } from './counters.mjs';
import { BENCH_TAG, numberArg, percentile } from './lib.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The sitting's options from the command line, with a bench's own defaults. */
export function sittingOptions(defaults) {
  return {
    runs: Math.max(1, numberArg('--runs', 3)),
    perRun: numberArg('--per-run', defaults.perRun),
    warmBlock: numberArg('--warm-block', defaults.warmBlock ?? 250),
    warmMin: numberArg('--warm-min', 2000),
    warmMax: numberArg('--warm-max', 10000),
    // Flat: the last `window` blocks' CPU per operation is no more than `tolerance` below the `window` before.
    warmWindow: numberArg('--warm-window', 4),
    tolerance: numberArg('--tolerance', 0.03),
    top: numberArg('--top', 0),
  };
}

/** The most operations a warm-up can take (pickup seeds an order for each). */
export const warmUpCeiling = (opts) => Math.max(opts.warmMax, ANALYZE_AT + 2 * opts.warmWindow * opts.warmBlock) + opts.warmBlock;
const ANALYZE_AT = 500;

/**
 * Warm-up in blocks until API + PostgreSQL CPU per operation has stopped falling (JIT, the pool growing, plans
 * made, caches filled all make it fall; nothing that warms makes it rise): at least `warmMin` operations, and
 * the mean of the last `warmWindow` blocks not below the mean of the `warmWindow` before by more than
 * `tolerance`. Statistics are taken (ANALYZE, as autovacuum would) after the first 500 operations, before any
 * block that counts. Prints each block and the verdict.
 */
export async function warmUntilFlat(session, monitor, opts, label) {
  let done = 0;
  while (done < ANALYZE_AT) done += await session.run(Math.min(opts.warmBlock, ANALYZE_AT - done));
  await session.db.query('ANALYZE');
  const blocks = [];
  for (;;) {
    const before = await cpuSnapshot(monitor, session.database, session.apiPid, session.redisPid);
    const ops = await session.run(opts.warmBlock);
    blocks.push(cpuPerOperation(before, await cpuSnapshot(monitor, session.database, session.apiPid, session.redisPid), ops).total);
    done += ops;
    const w = opts.warmWindow;
    if (blocks.length >= 2 * w && done >= opts.warmMin) {
      const last = mean(blocks.slice(-w));
      const previous = mean(blocks.slice(-2 * w, -w));
      const change = last / previous - 1;
      if (change >= -opts.tolerance || done >= opts.warmMax) {
        const flat = change >= -opts.tolerance;
        console.log(
          `[${label}] warm-up ${flat ? 'flat' : 'NOT flat (stopped at --warm-max)'} after ${done} ${session.unit}s: API+PG CPU per ${session.unit} over the last ${w * opts.warmBlock} ${last.toFixed(3)} ms, ` +
            `the ${w * opts.warmBlock} before ${previous.toFixed(3)} ms (${(change * 100).toFixed(1)} %); blocks of ${opts.warmBlock}: ${blocks.map((b) => b.toFixed(2)).join(' ')}`,
        );
        return { done, flat, last, previous };
      }
    }
  }
}

/**
 * Waits until the outbox relay has sent every row (the checkout's job and event are relayed after its commit), so
 * that a run's counters hold exactly the relay work of its own operations. Tagged, so it is not counted.
 */
async function outboxDrained(db) {
  for (let i = 0; i < 600; i++) {
    const { rows } = await db.query(`${BENCH_TAG} SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the outbox relay did not catch up within 30 s');
}

/**
 * One measured run with its counters, per operation. A block before it, not measured: while the other target
 * had its turn, this API's idle pooled connections closed, and new ones start with cold caches.
 */
export async function measuredRun(session, monitor, opts) {
  await session.run(opts.warmBlock);
  await outboxDrained(session.db);
  await resetStatements(monitor);
  await session.redis.reset();
  const before = await cpuSnapshot(monitor, session.database, session.apiPid, session.redisPid);
  const t0 = performance.now();
  const run = await session.measure(opts.perRun);
  const seconds = (performance.now() - t0) / 1000;
  await outboxDrained(session.db);
  const cpu = cpuPerOperation(before, await cpuSnapshot(monitor, session.database, session.apiPid, session.redisPid), run.ops);
  const statements = await readStatements(monitor, session.database, { top: opts.top, excluded: session.throughputDriven });
  const redis = await session.redis.read();
  const per = (n) => n / run.ops;
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    ops: run.ops,
    outcomes: run.outcomes,
    extra: run.extra,
    top: statements.top,
    redisByCommand: Object.fromEntries(Object.entries(redis.byCommand).map(([k, v]) => [k, per(v)])),
    figures: {
      throughput: run.ops / seconds,
      cpuTotal: cpu.total,
      cpuApi: cpu.api,
      cpuPostgres: cpu.postgres,
      cpuPgBackground: cpu.pgBackground,
      cpuRedis: cpu.redis,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      statements: per(Number(statements.statements)),
      perRequest: per(Number(statements.statements) - Number(statements.excluded)),
      withNested: per(Number(statements.with_nested)),
      buffers: per(Number(statements.buffers)),
      dirtied: per(Number(statements.dirtied)),
      walRecords: per(Number(statements.wal_records)),
      walFpi: per(Number(statements.wal_fpi)),
      walBytes: per(Number(statements.wal_bytes)),
      execMs: per(Number(statements.exec_ms)),
      redisCommands: per(redis.commands),
    },
  };
}

/** What each figure is called, its unit, its decimals, and whether a run-to-run spread is expected (timings). */
export const FIGURES = [
  ['cpuTotal', 'CPU, API + PostgreSQL', 'ms', 3, true],
  ['cpuApi', '  API process', 'ms', 3, true],
  ['cpuPostgres', '  PostgreSQL backends', 'ms', 3, true],
  ['cpuPgBackground', 'CPU, PostgreSQL background (WAL writer, checkpointer …)', 'ms', 3, true],
  ['cpuRedis', 'CPU, Redis', 'ms', 3, true],
  ['throughput', 'throughput', '/s', 1, true],
  ['p50', 'latency p50', 'ms', 2, true],
  ['p99', 'latency p99', 'ms', 2, true],
  ['execMs', 'PostgreSQL execution (pg_stat_statements)', 'ms', 3, true],
  ['statements', 'statements', '', 2, false],
  ['perRequest', '  without the throughput-driven ones (caches, batches)', '', 2, false],
  ['withNested', '  with nested (foreign-key checks, functions)', '', 2, false],
  ['buffers', 'buffers touched (hit + read)', '', 1, false],
  ['dirtied', 'buffers dirtied', '', 2, false],
  ['walRecords', 'WAL records', '', 2, false],
  ['walFpi', '  of which full-page images', '', 2, false],
  ['walBytes', 'WAL bytes', 'B', 0, false],
  ['redisCommands', 'Redis commands', '', 2, false],
];

const fmt = (v, decimals) => (Number.isFinite(v) ? v.toFixed(decimals) : '-');

/**
 * Runs `bench` for each target ({ label, root }) in one sitting and returns each target's runs. Targets share
 * the cluster; each has its own database and Redis.
 */
export async function sitting(bench, targets, opts) {
  const stops = [];
  const cleanup = cleanupOnExit(stops);
  const cluster = await startCluster();
  stops.push(cluster.stop);
  const sessions = [];
  try {
    for (const [i, target] of targets.entries()) {
      const redisServer = await startRedis();
      stops.push(() => redisServer.stop());
      const database = `${bench.name}_${i}`;
      const session = await bench.open({ ...target, database, url: cluster.url(database), redisUrl: redisServer.url }, opts);
      // Closed once, whichever way out comes first (the end of the sitting, an error, Ctrl-C).
      const close = session.close;
      let closing = null;
      session.close = () => (closing ??= close());
      stops.push(() => session.close());
      Object.assign(session, {
        label: target.label,
        database,
        redisPid: redisServer.pid,
        redis: redisStats(redisServer.url),
        unit: bench.unit,
      });
      sessions.push(session);
    }
    for (const s of sessions) s.warmUp = await warmUntilFlat(s, cluster.monitor, opts, s.label);
    const runs = sessions.map(() => []);
    for (let r = 0; r < opts.runs; r++) {
      for (const [i, s] of sessions.entries()) {
        const run = await measuredRun(s, cluster.monitor, opts);
        runs[i].push(run);
        const f = run.figures;
        console.log(
          `[${s.label}] run ${r + 1}/${opts.runs}: ${run.ops} ${bench.unit}s, ${fmt(f.throughput, 0)}/s, CPU API ${fmt(f.cpuApi, 3)} + PG ${fmt(f.cpuPostgres, 3)} ms, ` +
            `${fmt(f.statements, 2)} statements, ${fmt(f.walRecords, 2)} WAL records, ${fmt(f.redisCommands, 2)} Redis commands per ${bench.unit} ${JSON.stringify(run.outcomes)}`,
        );
      }
    }
    const results = sessions.map((s, i) => ({ label: s.label, warmUp: s.warmUp, runs: runs[i], session: s }));
    if (bench.after) for (const r of results) await bench.after(r.session, r);
    return results;
  } finally {
    for (const s of sessions) s.redis.close();
    await Promise.all(sessions.map((s) => s.close()));
    await cluster.monitor.end();
    cleanup();
  }
}

/** Medians of each figure over a target's runs. */
export const medians = (runs) => Object.fromEntries(FIGURES.map(([key]) => [key, median(runs.map((r) => r.figures[key]))]));

/** The table of one target: each run and the median; counters that differ between runs are flagged. */
export function printTarget(result, unit) {
  console.log(
    `\n${result.label}: per ${unit}, ${result.runs.length} runs after a warm-up of ${result.warmUp.done} (${result.warmUp.flat ? 'flat' : 'not flat'})`,
  );
  const m = medians(result.runs);
  for (const [key, name, u, d] of FIGURES) {
    console.log(
      `  ${`${name}${u ? ` (${u})` : ''}`.padEnd(62)} ${result.runs.map((r) => fmt(r.figures[key], d).padStart(9)).join('')}   median ${fmt(m[key], d)}`,
    );
  }
}

/** Side by side: median of each target and the ratio of B's median to A's. */
export function printComparison(a, b, unit) {
  const ma = medians(a.runs);
  const mb = medians(b.runs);
  console.log(`\nper ${unit}, median of ${a.runs.length} interleaved runs each    ${a.label.padStart(14)} ${b.label.padStart(14)}   B/A`);
  for (const [key, name, u, d] of FIGURES) {
    console.log(
      `  ${`${name}${u ? ` (${u})` : ''}`.padEnd(62)} ${fmt(ma[key], d).padStart(14)} ${fmt(mb[key], d).padStart(14)}   ${fmt(mb[key] / ma[key], 3)}`,
    );
  }
  return { ma, mb, ratio: (key) => mb[key] / ma[key] };
}

/** The statements that took the most execution time in a run, as pg_stat_statements saw them. */
export function printTopStatements(run, unit) {
  if (!run.top.length) return;
  console.log(`\ntop statements by execution time (last run; per ${unit}; * = nested):`);
  for (const s of run.top) {
    console.log(
      `  ${(s.exec_ms / run.ops).toFixed(3)} ms  ${(s.calls / run.ops).toFixed(2)} calls  ${(s.buffers / run.ops).toFixed(1)} buf  ${(s.wal_records / run.ops).toFixed(1)} WAL  ${s.toplevel ? ' ' : '*'} ${s.query.slice(0, 150)}`,
    );
  }
  console.log(
    `Redis commands per ${unit}: ${JSON.stringify(Object.fromEntries(Object.entries(run.redisByCommand).map(([k, v]) => [k, Number(v.toFixed(2))])))}`,
  );
}
