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
