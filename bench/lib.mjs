// Shared by the benchmarks: percentiles, a benchmark database, the API in its own process, and a GraphQL poster.
import { createRequire } from 'node:module';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from './cluster.mjs';

/** This checkout's root (bench:compare's other build lives in a worktree elsewhere). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A numeric command-line option: `--name 12`, or the fallback. */
export function numberArg(name, fallback) {
  const args = process.argv.slice(2);
  return args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function summary(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(s, 50).toFixed(2),
    p99: percentile(s, 99).toFixed(2),
    mean: (s.reduce((a, b) => a + b, 0) / s.length).toFixed(2),
  };
}

/** The URL of a benchmark database named `name` on the configured server. */
export function benchUrl(name) {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli');
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database when missing (or always, with fresh); returns whether it is new. */
export async function ensureDatabase(url, { fresh = false } = {}) {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount > 0;
  if (exists && fresh) await client.query(`DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  if (!exists || fresh) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await client.end();
  return !exists || fresh;
}

/** A fresh database migrated by the build at `root`, and a client connected to it (for seeding and counters). */
export async function freshMigratedDatabase(url, root = REPO_ROOT) {
  const { openDatabase, migrate } = createRequire(import.meta.url)(path.join(root, 'api/dist/database.js'));
  await ensureDatabase(url, { fresh: true });
  const orm = await openDatabase(url);
  await migrate(orm);
  await orm.close();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  return db;
}

/** Starts every statement the bench itself sends while counters run, so that they are left out of the counts. */
export const BENCH_TAG = '/* bench */';

/**
 * The outbox relay's claim and settle (as pg_stat_statements shows them): one of each per batch, and a batch holds
 * whatever rows committed since the last one, so their number per operation moves with throughput.
 */
export const OUTBOX_RELAY_STATEMENTS = '^(UPDATE outbox o SET claimed_until|WITH s AS \\(UPDATE outbox SET sent_at)';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret';

/**
 * The API as it runs for real, in its own process (sandbox payments; no other traffic). `root` is the checkout
 * whose build runs (bench:compare runs another commit's from its worktree).
 */
let portsTaken = 0;

export async function startApi(databaseUrl, env = {}, { root = '.' } = {}) {
  // BENCH_API_PORT pins one port; BENCH_PORT=<base> takes ports base .. base+9 in turn (a machine shared by several
  // benches gives each its range).
  const base = Number(process.env.BENCH_API_PORT ?? process.env.BENCH_PORT);
  // Otherwise a port the kernel says is free: a random one in a fixed range met another listener now and then, and the
  // API exited on EADDRINUSE in the middle of a sitting.
  const port = process.env.BENCH_API_PORT ? base : base ? base + (portsTaken++ % 10) : await freePort();
  const api = spawn('node', [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), path.join(root, 'api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_SECRET,
      PAYMENT_PROVIDER: 'sandbox',
      QUEUE_PREFIX: `linli-bench-${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // BENCH_API_LOG=<file> keeps what the API prints (e.g. with BENCH_NODE_ARGS=--trace-gc).
  if (process.env.BENCH_API_LOG) api.stdout.pipe(createWriteStream(process.env.BENCH_API_LOG));
  await new Promise((resolve, reject) => {
    api.stdout.on('data', (chunk) => chunk.toString().includes('ready') && resolve());
    api.on('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
  // An API that does not shut down within 15 s of SIGTERM is killed, so a benchmark never hangs on its way out.
  const stop = () =>
    new Promise((resolve) => {
      const kill = setTimeout(() => {
        console.error('[bench] the API did not exit within 15 s of SIGTERM; killing it');
        api.kill('SIGKILL');
      }, 15_000);
      api.on('exit', () => resolve(clearTimeout(kill)));
      api.kill('SIGTERM');
    });
  return { port, pid: api.pid, stop };
}

/**
 * POSTs GraphQL over keep-alive HTTP; resolves with the parsed body. `timeoutMs`: an open loop offered more than a
 * loaded machine serves queues requests for a long time, and that is a figure, not a hang.
 */
export function graphqlPoster(port, maxSockets = 1, { timeoutMs = 30_000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  // A kept-alive socket the API closes (idle past its keepAliveTimeout, 5 s: a pause for ANALYZE on a loaded machine)
  // just as a request goes out on it resets; that request never reached the API, so it is sent again on a fresh
  // socket (Node's documented pattern: req.reusedSocket). Without this a sitting died of ECONNRESET between cases.
  const post = (query, variables, token) =>
    once(query, variables, token).catch((err) => {
      if (err.reusedSocket && err.code === 'ECONNRESET') return once(query, variables, token);
      throw err;
    });
  const once = (query, variables, token) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        // A body that is not JSON rejects this request (a throw here would kill the benchmark and orphan the API).
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          }
        });
        res.on('error', reject);
      });
      req.on('error', (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
      // A request that never settles would hang the benchmark (and orphan the API): fail it loudly instead.
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from the API in ${timeoutMs / 1000} s: ${body.slice(0, 120)}`)));
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * What a process has done so far, from /proc (Linux): CPU (user and system), read and write system calls (sockets included:
 * each is a read or a write), and context switches, voluntary (it waited: an event-loop turn ended with nothing to do)
 * and not (the kernel took the core away).
 */
export function processCounters(pid) {
  const io = Object.fromEntries(
    readFileSync(`/proc/${pid}/io`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(': ')),
  );
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+)`, 'm'))[1]);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return {
    pid,
    cpuMs: cpuSeconds(pid) * 1000,
    userMs: Number(stat[11]) * 10,
    systemMs: Number(stat[12]) * 10,
    // Minor page faults: a heap growing into fresh pages (the kernel zeroes each), e.g. after GC gave them back.
    minorFaults: Number(stat[7]),
    syscr: Number(io.syscr),
    syscw: Number(io.syscw),
    voluntary: field('voluntary_ctxt_switches'),
    involuntary: field('nonvoluntary_ctxt_switches'),
    ...threadCpu(pid),
  };
}

/**
 * CPU milliseconds of the main thread (JavaScript, the event loop) and of the others: V8's platform workers
 * (concurrent and parallel GC, optimizing compiles) and libuv's pool, all named "node" in Node 20. Ended threads
 * are not counted.
 */
function threadCpu(pid) {
  const kinds = { mainMs: 0, helperThreadsMs: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let text;
    try {
      text = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // ended between the listing and the read
    }
    const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
    kinds[tid === String(pid) ? 'mainMs' : 'helperThreadsMs'] += (Number(f[11]) + Number(f[12])) * 10;
  }
  return kinds;
}

/** Each process's counters between two readings, per operation. */
export const perOperation = (before, after, ops) =>
  after.map((a, i) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, k === 'pid' ? v : (v - before[i][k]) / ops])));

/**
 * Open loop: item i is sent at t0 + i/rate whatever the answers do, as people arrive. `send` answers an outcome
 * label; returns each item's latency and the tally of outcomes.
 */
export async function openLoop(items, rate, send) {
  const times = [];
  const outcomes = {};
  const inFlight = [];
  const t0 = performance.now();
  // One timer at a time (not thousands set up front, which would block the loop and send in bursts).
  for (let i = 0; i < items.length; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const item = items[i];
    const s = performance.now();
    inFlight.push(
      send(item).then((outcome) => {
        times.push({ item, ms: performance.now() - s });
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(inFlight);
  return { times, outcomes, seconds: (performance.now() - t0) / 1000 };
}
