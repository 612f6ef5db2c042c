// The database's part of /health: PostgreSQL answers, and which PostGIS it runs.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql';

export async function postgisVersion(em: EntityManager): Promise<string> {
  const [row] = await query<{ v: string }>(em, 'SELECT postgis_lib_version() AS v', {});
  return row!.v;
}
