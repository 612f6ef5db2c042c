// The two positions that say how far a read replica is behind: where the primary's WAL ends, and what the replica
// has replayed. Both are LSNs, returned as text (`16/B374D848`).
import type pg from 'pg';

export async function primaryWalLsn(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ lsn: string }>({ name: 'linli_primary_lsn', text: 'SELECT pg_current_wal_lsn()::text AS lsn' });
  return rows[0]!.lsn;
}

/** Null when the server is not a standby (then it is no replica, and nothing is read from it). */
export async function replayedWalLsn(client: pg.ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ lsn: string | null }>({
    name: 'linli_replayed_lsn',
    text: 'SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text END AS lsn',
  });
  return rows[0]!.lsn;
}
