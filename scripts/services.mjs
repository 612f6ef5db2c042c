#!/usr/bin/env node
// Makes sure PostgreSQL with PostGIS and Redis are reachable. On Debian as root it installs and starts
// what is missing (loopback only); elsewhere it says exactly what to install. DATABASE_URL / REDIS_URL override.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/linli';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379/0';

const log = (msg) => console.log(`[services] ${msg}`);
const isDebianRoot = () => existsSync('/etc/debian_version') && process.getuid?.() === 0;
let aptUpdated = false;

function apt(...packages) {
  if (!aptUpdated) {
    log('apt-get update');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  log(`apt-get install ${packages.join(' ')}`);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, what, seconds = 30) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await canConnect(host, port)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not come up on ${host}:${port}`);
}

function fail(message) {
  throw new Error(`${message}\n  Set DATABASE_URL / REDIS_URL to services you run, or run this as root on Debian to install them.`);
}

async function ensurePostgresServer(url) {
  const { hostname, port } = new URL(url);
  if (await canConnect(hostname, port || 5432)) return;
  if (process.env.DATABASE_URL || !isDebianRoot())
    fail(
      `PostgreSQL is not reachable at ${hostname}:${port || 5432}. Install PostgreSQL 15 with PostGIS 3 (Debian: postgresql-15 postgresql-15-postgis-3).`,
    );
  if (!existsSync('/usr/lib/postgresql')) apt('postgresql', 'postgresql-contrib');
  const version = readdirSync('/usr/lib/postgresql').sort().at(-1);
  if (!spawnSync('pg_lsclusters', ['-h']).stdout.toString().includes(`${version} main`)) {
    execFileSync('pg_createcluster', [version, 'main'], { stdio: 'inherit' });
  }
  // A machine we installed PostgreSQL on ourselves: let local loopback connections in without a password.
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  execFileSync('sh', ['-c', `grep -q '^host all all 127.0.0.1/32 trust' ${hba} || sed -i '1i host all all 127.0.0.1/32 trust' ${hba}`]);
  // The package may have started the cluster already (then the new rule needs a reload), or not.
  const running = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'status']).status === 0;
  log(`${running ? 'reloading' : 'starting'} PostgreSQL ${version}`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', running ? 'reload' : 'start'], { stdio: 'inherit' });
  await waitFor(hostname, port || 5432, 'PostgreSQL');
}

/**
 * Lets local loopback connections stream WAL (pg_basebackup, a standby): the read-replica test starts a standby of this
 * server. Only on a Debian machine whose PostgreSQL we run (root, the local cluster); a reload, never a restart, and
 * nothing when the rule is there. wal_level and max_wal_senders need a restart to change: those are only reported.
 */
export async function ensureReplicationAllowed(url) {
  const { hostname } = new URL(url);
  if (!['localhost', '127.0.0.1', '::1'].includes(hostname)) return;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const setting = async (name) => (await admin.query(`SELECT current_setting($1) AS v`, [name])).rows[0].v;
    const [hba, walLevel, senders] = [await setting('hba_file'), await setting('wal_level'), Number(await setting('max_wal_senders'))];
    if (walLevel === 'minimal' || senders < 2)
      log(`warning: wal_level=${walLevel}, max_wal_senders=${senders}: a standby needs replica and at least 2 (a restart)`);
    const { rows } = await admin.query(
      `SELECT 1 FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND type = 'host' AND auth_method = 'trust'
         AND address = '127.0.0.1' AND netmask = '255.255.255.255' AND error IS NULL`,
    );
    if (rows.length > 0) return;
    if (!isDebianRoot() || !existsSync(hba)) {
      log(`warning: ${hba} has no "host replication all 127.0.0.1/32 trust" rule: the read-replica test cannot stream WAL`);
      return;
    }
    execFileSync('sed', ['-i', '1i host replication all 127.0.0.1/32 trust', hba]);
    log(`allowing loopback replication in ${hba} (reloading PostgreSQL)`);
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
}

async function serverMajorVersion(client) {
  const { rows } = await client.query('SHOW server_version_num');
  return Math.floor(Number(rows[0].server_version_num) / 10000);
}

/** Creates the database when missing and makes sure PostGIS can be created in it. */
export async function ensureDatabase(url) {
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const { rows: available } = await admin.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`);
    if (available.length === 0) {
      const major = await serverMajorVersion(admin);
      const pkg = `postgresql-${major}-postgis-3`;
      if (!isDebianRoot() || !['localhost', '127.0.0.1', '::1'].includes(target.hostname)) {
        fail(`PostGIS is not installed on the PostgreSQL server (Debian: apt-get install ${pkg}).`);
      }
      apt(pkg);
    }
    // Without autovacuum nothing refreshes table statistics, and plans made while the order tables were small
    // (foreign-key checks included) stay in use as they grow: every checkout gets slower. Say so; don't change it.
    const { rows: vacuum } = await admin.query('SHOW autovacuum');
    if (vacuum[0].autovacuum !== 'on')
      log('warning: autovacuum is off on this server; run ANALYZE now and then, or turn it on for real use');
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (rows.length === 0) {
      log(`creating database ${dbName}`);
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
    }
  } finally {
    await admin.end();
  }
}

async function ensureRedis(url) {
  const { hostname, port } = new URL(url);
  if (await canConnect(hostname, port || 6379)) return;
  if (process.env.REDIS_URL || !isDebianRoot()) fail(`Redis is not reachable at ${hostname}:${port || 6379}. Install redis-server.`);
  if (!existsSync('/usr/bin/redis-server')) apt('redis-server');
  // Persistence on (the production setting, docs/reliability.md): an append-only file fsynced every second, so a
  // restart keeps the queue's delayed jobs and the security caches and loses at most a second of writes.
  // PostgreSQL holds the truth either way; this only spares the sweep and the rebuilds their work.
  const dir = process.env.REDIS_DATA_DIR ?? '/var/lib/linli-redis';
  mkdirSync(dir, { recursive: true });
  log(`starting Redis on 127.0.0.1 (append-only file in ${dir})`);
  execFileSync(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      String(port || 6379),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
    ],
    {
      stdio: 'inherit',
    },
  );
  await waitFor(hostname, port || 6379, 'Redis');
}

export async function ensureServices({
  databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
} = {}) {
  await ensurePostgresServer(databaseUrl);
  await ensureDatabase(databaseUrl);
  // Only the read-replica test needs it: a server that will not say (not a superuser) is left as it is.
  await ensureReplicationAllowed(databaseUrl).catch((err) => log(`warning: could not check loopback replication: ${err.message}`));
  await ensureRedis(redisUrl);
  return { databaseUrl, redisUrl };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureServices()
    .then(({ databaseUrl, redisUrl }) => log(`ready: ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}, ${redisUrl}`))
    .catch((err) => {
      console.error(`[services] ${err.message}`);
      process.exit(1);
    });
}
