// Which migrations a database has run, and the lock that lets one deploy at a time run the rest.
import type pg from 'pg';

/**
 * One key for every process that migrates this database: two deploys started at once queue on it, and the second
 * finds nothing left to run. A session lock (not a transaction's): MikroORM runs the migrations on connections of
 * its own, so the lock is held on a connection beside them, and ends with it if the process dies.
 */
export async function lockMigrations(client: pg.Client): Promise<void> {
  await client.query(`SELECT pg_advisory_lock(hashtext('linli:migrate'))`);
}

export async function unlockMigrations(client: pg.Client): Promise<void> {
  await client.query(`SELECT pg_advisory_unlock(hashtext('linli:migrate'))`);
}

/** The migrations recorded as run, by name; none when the table does not exist yet (a database never migrated). */
export async function executedMigrations(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('public.mikro_orm_migrations') IS NOT NULL AS present`);
  if (!rows[0]!.present) return new Set();
  const executed = await client.query<{ name: string }>(`SELECT name FROM mikro_orm_migrations`);
  return new Set(executed.rows.map((r) => r.name));
}
