// The city-cluster key in ids and trade numbers (docs/scale.md): a payment notification, a clerk's action or a job
// finds its cluster from the id it carries, without a lookup.
import { randomUUID } from 'node:crypto';

/** A cluster code: two capital letters (SH, HZ); 'LL' is never one (it starts the trade numbers made before the key). */
export const CLUSTER_CODE = /^[A-Z]{2}$/;

/**
 * A new row id in `cluster`: a UUID of version 8 (RFC 9562's custom layout) whose first two bytes are the code's
 * letters, so its text starts with them in hex ('SH' -> '5348...'). The ids made before the key are version 4 and
 * carry none; both stay uuid values, so every existing id, column and index stays valid.
 */
export function newClusterId(cluster: string): string {
  if (!CLUSTER_CODE.test(cluster)) throw new Error(`not a cluster code: ${cluster}`);
  const hex = Buffer.from(cluster, 'ascii').toString('hex');
  const id = randomUUID();
  return `${hex}${id.slice(4, 14)}8${id.slice(15)}`;
}

/** The cluster a row id carries, or undefined for an id made before the key (version 4) or not an id of ours. */
export function clusterOfId(id: string): string | undefined {
  if (id.length !== 36 || id[14] !== '8') return undefined;
  const code = Buffer.from(id.slice(0, 4), 'hex').toString('ascii');
  return CLUSTER_CODE.test(code) ? code : undefined;
}

/**
 * The cluster an out_trade_no carries (it starts with the code), or undefined for one made before the key ('LL...') and
 * for a 付费会员 purchase ('LM...': HQ's, in no city).
 */
export function clusterOfTradeNo(outTradeNo: string): string | undefined {
  const code = outTradeNo.slice(0, 2);
  return CLUSTER_CODE.test(code) && code !== 'LL' && code !== 'LM' ? code : undefined;
}

/**
 * An ORM filter on the clusters these row ids carry (each row of an order, checkout or refund is in its id's cluster):
 * `{ clusterId }` for one, `$in` for several, nothing when one of them carries none (made before the key: those are
 * found by id alone, the multi-shard lookup that ages out).
 */
export function clusterFilter(ids: readonly string[]): { clusterId?: string | { $in: string[] } } {
  const clusters = new Set<string>();
  for (const id of ids) {
    const c = clusterOfId(id);
    if (!c) return {};
    clusters.add(c);
  }
  const all = [...clusters];
  return all.length === 0 ? {} : all.length === 1 ? { clusterId: all[0]! } : { clusterId: { $in: all } };
}
