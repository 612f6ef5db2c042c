// A throwaway streaming replica of the test PostgreSQL for one test: pg_basebackup of the test server (loopback
// replication, allowed by scripts/services.mjs) into a temporary directory and a hot standby on its own port with the
// server's own version of Debian's binaries. Stopped and removed afterwards. PostgreSQL refuses to run as root, so as
// root the files belong to, and the commands run as, the postgres user.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { TEST_DATABASE_URL, urlFor, withAdmin } from './db';
import { freePort } from './free-port';

const run = promisify(execFile);

/** Runs a PostgreSQL tool as the user PostgreSQL runs as. */
function asPostgres(bin: string, args: string[]) {
  const root = process.getuid?.() === 0;
  return root ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args);
}

export interface Replica {
  port: number;
  /** The URL of a database on the replica (the same name as on the primary). */
  urlFor(dbName: string): string;
  /** Resolves once the replica has replayed the database's creation. */
  waitFor(dbName: string): Promise<void>;
  /** A query on the replica as the superuser (pause or resume replay, read its statistics). */
  admin<T extends pg.QueryResultRow>(sql: string): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startReplica(): Promise<Replica> {
  const primary = new URL(TEST_DATABASE_URL);
  const settings = await withAdmin(async (c) => {
    const names = ['server_version_num', 'max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions'];
    const { rows } = await c.query<{ name: string; setting: string }>(`SELECT name, setting FROM pg_settings WHERE name = ANY($1)`, [
      [...names, 'max_locks_per_transaction'],
    ]);
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  });
  const bin = `/usr/lib/postgresql/${Math.floor(Number(settings.server_version_num) / 10000)}/bin`;
  if (!existsSync(path.join(bin, 'pg_ctl'))) throw new Error(`no PostgreSQL binaries in ${bin}`);
  const port = Number(process.env.TEST_REPLICA_PORT ?? (await freePort()));
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-replica-'));
  // A slot keeps the WAL the standby still needs (a busy shared server recycles segments within seconds); a slot left
  // by an interrupted run would keep WAL for ever, so inactive ones of ours go first.
  const slot = `linli_test_replica_${path.basename(dir).replace(/\W/g, '_').toLowerCase()}`;
  await withAdmin((c) =>
    c.query(
      `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE starts_with(slot_name, 'linli_test_replica_') AND NOT active`,
    ),
  );
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const stop = async () => {
    if (existsSync(path.join(data, 'postmaster.pid')))
      await asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
    await withAdmin((c) => c.query(`SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1`, [slot]));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // -c fast: a checkpoint now rather than at the server's pace; -R: standby.signal and primary_conninfo.
    await asPostgres(path.join(bin, 'pg_basebackup'), [
      ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', decodeURIComponent(primary.username || 'postgres')],
      ...['-D', data, '-X', 'stream', '-R', '-c', 'fast', '-C', '-S', slot],
    ]);
    // Debian keeps the configuration outside the data directory, so the copy has none: the standby gets its own,
    // with the settings a hot standby must not have lower than its primary.
    const conf = [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      `hot_standby = on`,
      `hba_file = '${path.join(dir, 'pg_hba.conf')}'`,
      ...['max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction'].map(
        (name) => `${name} = ${settings[name]}`,
      ),
      `jit = off`,
    ];
    writeFileSync(path.join(data, 'postgresql.conf'), conf.join('\n') + '\n');
    writeFileSync(path.join(dir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    if (process.getuid?.() === 0) await run('chown', ['-R', 'postgres:postgres', dir]);
    await asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await client.connect();
    const { rows } = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    await client.end();
    if (!rows[0]!.standby) throw new Error('the copy is not in recovery: not a standby');
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    port,
    urlFor(dbName) {
      const url = new URL(urlFor(dbName));
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    async waitFor(dbName) {
      for (let i = 0; ; i++) {
        const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: dbName });
        const ok = await client.connect().then(
          () => true,
          () => false,
        );
        await client.end().catch(() => undefined);
        if (ok) return;
        if (i > 600) {
          const log = readFileSync(path.join(dir, 'log'), 'utf8').split('\n').slice(-15).join('\n');
          throw new Error(`the replica has no database ${dbName} after 60 s; its log ends:\n${log}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async admin(sql) {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    stop,
  };
}
