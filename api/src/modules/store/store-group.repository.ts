// SQL for store groups (e.g. 华东区, 社区店): HQ's sets of stores that prices, listing and revenue-split rules name.
// They live with the stores so every module above (catalog, settlement) may read which groups a store is in.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { arrayFromRow, pgArray, query } from '../../common/sql';

export interface StoreGroupRow {
  id: string;
  code: string;
  name: string;
  storeIds: string[];
}

/**
 * Creates the group (by code) or renames it, and makes `storeIds` its members; answers the members that name a
 * store. Runs inside the caller's transaction.
 */
export async function saveStoreGroup(
  tx: EntityManager,
  g: { code: string; name: string; storeIds: readonly string[] },
): Promise<StoreGroupRow> {
  const [group] = await query<{ id: string }>(
    tx,
    `INSERT INTO store_group (id, code, name) VALUES (:id::uuid, :code, :name) ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
    { id: randomUUID(), code: g.code, name: g.name },
  );
  await query(tx, `DELETE FROM store_group_member WHERE group_id = :g::uuid`, { g: group!.id });
  const rows = await query<{ store_id: string }>(
    tx,
    `INSERT INTO store_group_member (group_id, store_id) SELECT :g::uuid, s.id FROM store s WHERE s.id = ANY(:ids::uuid[]) RETURNING store_id`,
    { g: group!.id, ids: pgArray(g.storeIds) },
  );
  return { id: group!.id, code: g.code, name: g.name, storeIds: rows.map((r) => r.store_id).sort() };
}

/** Every store group with its stores, by code (at most 500). */
export async function listStoreGroups(em: EntityManager): Promise<StoreGroupRow[]> {
  const rows = await query<{ id: string; code: string; name: string; store_ids: string[] | string }>(
    em,
    `SELECT g.id, g.code, g.name, coalesce(array_agg(m.store_id ORDER BY m.store_id) FILTER (WHERE m.store_id IS NOT NULL), '{}') AS store_ids
     FROM store_group g LEFT JOIN store_group_member m ON m.group_id = g.id GROUP BY g.id ORDER BY g.code LIMIT 500`,
    {},
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    storeIds: arrayFromRow(r.store_ids),
  }));
}

/** The groups each store is in (a store in none answers an empty list). */
export async function groupsOfStores(em: EntityManager, storeIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await query<{ store_id: string; group_id: string }>(
    em,
    `SELECT store_id, group_id FROM store_group_member WHERE store_id = ANY(:ids::uuid[]) ORDER BY group_id`,
    { ids: pgArray(storeIds) },
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.store_id, [...(out.get(r.store_id) ?? []), r.group_id]);
  return out;
}

/** The stores of a group, or undefined when there is no such group. */
export async function storesOfGroup(em: EntityManager, groupId: string): Promise<string[] | undefined> {
  const rows = await query<{ store_id: string | null }>(
    em,
    `SELECT m.store_id FROM store_group g LEFT JOIN store_group_member m ON m.group_id = g.id WHERE g.id = :id::uuid ORDER BY m.store_id`,
    { id: groupId },
  );
  if (!rows.length) return undefined;
  return rows.flatMap((r) => (r.store_id ? [r.store_id] : []));
}
