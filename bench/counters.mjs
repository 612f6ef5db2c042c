// What one measured run cost, per operation: CPU by process (/proc) and the counters noise cannot move
// (pg_stat_statements in the bench's own cluster, INFO commandstats of the API's own Redis).
import { createRequire } from 'node:module';
import { BENCH_TAG, cpuSeconds } from './lib.mjs';

const require = createRequire(import.meta.url);
const { Redis } = require('ioredis');

/** CPU seconds of the API (all its processes), of the PostgreSQL backends serving `database`, of the cluster's background processes, and of Redis. */
export async function cpuSnapshot(monitor, database, apiPid, redisPid) {
  const { rows } = await monitor.query(`SELECT pid, backend_type, datname FROM pg_stat_activity WHERE pid <> pg_backend_pid()`);
  const backends = new Map();
  const background = new Map();
  for (const r of rows) {
    try {
      if (r.backend_type === 'client backend' && r.datname === database) backends.set(r.pid, cpuSeconds(r.pid));
      else if (r.backend_type !== 'client backend') background.set(r.pid, cpuSeconds(r.pid));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  // apiPid: one API process, or several (bench:checkout --processes N): their CPU together.
  const api = [apiPid].flat().reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  return { api, redis: cpuSeconds(redisPid), backends, background };
}

// A backend that started in between (the pool grew) counts from 0: all its CPU was spent in between.
const sumDelta = (before, after) => [...after].reduce((s, [pid, sec]) => s + sec - (before.get(pid) ?? 0), 0);

/** Milliseconds of CPU per operation between two snapshots. */
export function cpuPerOperation(before, after, operations) {
  const ms = (seconds) => (seconds * 1000) / operations;
  const api = ms(after.api - before.api);
  const postgres = ms(sumDelta(before.backends, after.backends));
  return {
    api,
    postgres,
    total: api + postgres,
    pgBackground: ms(sumDelta(before.background, after.background)),
    redis: ms(after.redis - before.redis),
  };
}

/** Forgets every statement's counters (cluster-wide: one bench runs at a time in this cluster). */
export async function resetStatements(monitor) {
  await monitor.query('SELECT pg_stat_statements_reset()');
}

/**
 * Totals for `database` since the last reset, and its statements by total execution time. Buffers, WAL and time
 * are summed over top-level statements only: a top-level statement's figures already include its nested ones'.
 * The bench's own statements (tagged) are left out; `excluded` (a regular expression) counts the top-level
 * statements whose number per operation depends on throughput, not on the operation (caches with a TTL, batches).
 */
export async function readStatements(monitor, database, { top = 0, excluded = null } = {}) {
  const where = `dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND query NOT LIKE '${BENCH_TAG}%'`;
  const { rows } = await monitor.query(
    `SELECT coalesce(sum(calls) FILTER (WHERE toplevel AND query ~ $2), 0)::float8 AS excluded,
            coalesce(sum(calls) FILTER (WHERE toplevel), 0)::float8 AS statements,
            coalesce(sum(calls), 0)::float8 AS with_nested,
            coalesce(sum(shared_blks_hit + shared_blks_read) FILTER (WHERE toplevel), 0)::float8 AS buffers,
            coalesce(sum(shared_blks_dirtied) FILTER (WHERE toplevel), 0)::float8 AS dirtied,
            coalesce(sum(wal_records) FILTER (WHERE toplevel), 0)::float8 AS wal_records,
            coalesce(sum(wal_fpi) FILTER (WHERE toplevel), 0)::float8 AS wal_fpi,
            coalesce(sum(wal_bytes) FILTER (WHERE toplevel), 0)::float8 AS wal_bytes,
            coalesce(sum(total_exec_time) FILTER (WHERE toplevel), 0)::float8 AS exec_ms,
            coalesce(sum(total_plan_time) FILTER (WHERE toplevel), 0)::float8 AS plan_ms
       FROM pg_stat_statements WHERE ${where}`,
    [database, excluded ?? '^$.'],
  );
  const topStatements = top
    ? (
        await monitor.query(
          `SELECT toplevel, calls::float8, total_exec_time::float8 AS exec_ms, (shared_blks_hit + shared_blks_read)::float8 AS buffers, wal_records::float8,
                  regexp_replace(query, '\\s+', ' ', 'g') AS query
             FROM pg_stat_statements WHERE ${where} ORDER BY total_exec_time DESC LIMIT ${Number(top)}`,
          [database],
        )
      ).rows
    : [];
  return { ...rows[0], top: topStatements };
}

/** The API's own Redis: INFO commandstats (calls made inside Lua scripts count too, as Redis
 * counts them; the bench's own CONFIG RESETSTAT and INFO do not). */
export function redisStats(url) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  return {
    reset: () => client.config('RESETSTAT'),
    async read() {
      const info = await client.info('commandstats');
      const byCommand = {};
      for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (!/^(config|info)\b/.test(m[1])) byCommand[m[1]] = Number(m[2]);
      return { commands: Object.values(byCommand).reduce((a, b) => a + b, 0), byCommand };
    },
    close: () => client.disconnect(),
  };
}
