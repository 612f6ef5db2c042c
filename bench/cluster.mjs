// The bench's own PostgreSQL cluster (pg_stat_statements loaded, PostGIS available) and its own Redis servers,
// in a temporary directory on free ports: counters read from them see the bench's traffic and nothing else's,
// and a stats reset disturbs nobody. Everything is removed when the bench ends (or is interrupted).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const log = (msg) => console.log(`[bench] ${msg}`);

function pgBin() {
  if (process.env.BENCH_PG_BIN) return process.env.BENCH_PG_BIN;
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

/** A port nobody listens on now (the kernel's choice), so benches of several engineers never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user, who owns the directory. */
function asPostgres(cmd, args) {
  const root = process.getuid?.() === 0;
  execFileSync(root ? 'runuser' : cmd, root ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

// The shared server's settings (shared_buffers 128 MB, autovacuum off, fsync on), so figures compare with it;
// autovacuum off also keeps a vacuum from landing in one run and not another (the benches ANALYZE themselves).
// track = all: foreign-key checks and other nested statements are counted too (the toplevel flag tells them apart).
const SETTINGS = {
  listen_addresses: "'127.0.0.1'",
  shared_buffers: "'128MB'",
  max_connections: 100,
  max_wal_size: "'1GB'",
  autovacuum: 'off',
  fsync: 'on',
  synchronous_commit: 'on',
  shared_preload_libraries: "'pg_stat_statements'",
  'pg_stat_statements.track': 'all',
  'pg_stat_statements.max': 10000,
  TimeZone: "'UTC'",
  log_min_messages: 'warning',
};

export async function startCluster() {
  const bin = pgBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-pg-'));
  const data = path.join(dir, 'data');
  let port = Number(process.env.BENCH_PG_PORT) || (await freePort());
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // A free port is free when asked, not when PostgreSQL binds it: it is in the ephemeral range, where every outgoing
  // connection on the machine takes its own (a sitting once lost its pickup half to "Address already in use").
  // A port chosen here is chosen again on that failure; one that was asked for is not.
  for (let attempt = 1; ; attempt++) {
    const conf = Object.entries({ ...SETTINGS, port, unix_socket_directories: `'${dir}'` })
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n');
    writeFileSync(path.join(data, 'postgresql.auto.conf'), `${conf}\n`);
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', path.join(data, 'postgresql.auto.conf')]);
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
      break;
    } catch (err) {
      if (process.env.BENCH_PG_PORT || attempt >= 3) throw err;
      log(`port ${port} was taken before PostgreSQL bound it; another`);
      port = await freePort();
    }
  }
  log(`own PostgreSQL cluster on 127.0.0.1:${port} (${data}; pg_stat_statements, autovacuum off)`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Already gone: nothing to stop.
    }
    if (!process.env.BENCH_KEEP_CLUSTER) rmSync(dir, { recursive: true, force: true });
  };
  const url = (database) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  // The monitor connection sits in the postgres database, so its own statements are never counted for a bench's.
  const monitor = new pg.Client({ connectionString: url('postgres') });
  await monitor.connect();
  await monitor.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return { port, dir, url, monitor, stop, logFile: path.join(dir, 'postgres.log') };
}

/** A Redis of the bench's own, one per API under test, without persistence; its INFO counts only that API. */
export async function startRedis() {
  // As with the cluster's port: one taken between asking and binding makes redis-server exit; then another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    let up = false;
    for (let i = 0; i < 200 && redis.exitCode === null; i++) {
      up = await new Promise((resolve) =>
        net
          .connect(port, '127.0.0.1')
          .once('connect', function () {
            this.destroy();
            resolve(true);
          })
          .once('error', () => resolve(false)),
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!up) {
      redis.kill('SIGTERM');
      if (attempt >= 3) throw new Error(`redis-server did not start (last port ${port})`);
      log(`redis-server did not come up on port ${port}; another`);
      continue;
    }
    return {
      url: `redis://127.0.0.1:${port}/0`,
      port,
      pid: redis.pid,
      stop: () => new Promise((resolve) => (redis.exitCode !== null ? resolve() : (redis.once('exit', resolve), redis.kill('SIGTERM')))),
    };
  }
}

/** Stops what `stops` holds on every way out (Ctrl-C included), once. */
export function cleanupOnExit(stops) {
  const run = () => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        stop();
      } catch {
        // Best effort on the way out.
      }
    }
  };
  process.once('exit', run);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      run();
      process.exit(130);
    });
  }
  return run;
}

export const hasPostgresBinaries = () => existsSync('/usr/lib/postgresql') || Boolean(process.env.BENCH_PG_BIN);

/**
 * A streaming hot standby of the bench's cluster (as api/test/pg-replica.ts makes one of the test server): pg_basebackup
 * over loopback replication (initdb's trust pg_hba allows it) into a directory of its own, started on a free port.
 * `cpuSeconds()` is everything the replica's processes have used (replay, WAL receiver, backends), ended ones too.
 */
export async function startReplica(cluster) {
  const bin = pgBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-replica-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  // A slot keeps the WAL the standby still needs while it catches up on the seeding.
  asPostgres(path.join(bin, 'pg_basebackup'), [
    ...['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres'],
    ...['-D', data, '-X', 'stream', '-R', '-c', 'fast', '-C', '-S', 'bench_replica'],
  ]);
  let port = await freePort();
  // The copy carries the primary's postgresql.auto.conf (its port and socket directory): later lines win.
  const conf = path.join(data, 'postgresql.auto.conf');
  const base = readFileSync(conf, 'utf8');
  for (let attempt = 1; ; attempt++) {
    writeFileSync(conf, `${base}port = ${port}\nunix_socket_directories = '${dir}'\nhot_standby = on\n`);
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', conf]);
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
      port = await freePort();
    }
  }
  const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  log(`streaming replica on 127.0.0.1:${port} (${data})`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // The postmaster's own CPU, its ended children's (cutime, cstime: reaped backends) and its live children's.
  const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const cpuSeconds = () => {
    const own = stat(postmaster);
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = stat(entry);
        if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // Ended between the listing and the read.
      }
    }
    return ticks / 100;
  };
  return { port, url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`, cpuSeconds, stop };
}
