// A store's city cluster from its id, for the statements a clerk's or a shopper's request sends by store id (store
// ids are version 4 and carry no cluster, unlike order and checkout ids): read once per store and process, then kept.
// Kept without expiry because a store never changes cluster: its rows live there, so the store edit's upsert
// (SAVE_STORES, store.repository.ts) leaves cluster_id as the store opened with, and no statement updates it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { readStoreClusters } from './store.repository';

/** A chain has thousands of stores; past this many ids (mostly wrong ones) the map starts again. */
const MAX_KNOWN = 50_000;
const known = new Map<string, string>();

/** The clusters of these stores by id; a store that does not exist is missing from the answer (and not kept). */
export async function clustersOfStores(em: EntityManager, storeIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const id of new Set(storeIds)) {
    const c = known.get(id);
    if (c) out.set(id, c);
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  const read = await readStoreClusters(em, missing);
  if (known.size + read.size > MAX_KNOWN) known.clear();
  for (const [id, c] of read) {
    known.set(id, c);
    out.set(id, c);
  }
  return out;
}

/** The store's cluster, or undefined for a store that does not exist. */
export async function clusterOfStore(em: EntityManager, storeId: string): Promise<string | undefined> {
  return (await clustersOfStores(em, [storeId])).get(storeId);
}
