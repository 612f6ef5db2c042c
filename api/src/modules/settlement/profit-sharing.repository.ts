// Profit-sharing rows: one split per handed-over order paid through WeChat Pay (opened by its sale posting, see
// appendPosting), one return per store and refund after it; plus what a split sends (each store's ledger balance on
// the order) and whether it is the checkout's last open order (which then releases the rest of the transaction).
import { clusterOfId, newClusterId } from '../../common/cluster';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export type SharingState = 'PENDING' | 'PROCESSING' | 'FINISHED' | 'FAILED';
export type ReturnState = 'PENDING' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED';

export interface SharingReceiverRow {
  storeId: string;
  account: string;
  amountFen: number;
  result: 'PENDING' | 'SUCCESS' | 'CLOSED';
  failReason?: string;
}

export interface SharingRow {
  id: string;
  orderId: string;
  checkoutId: string;
  transactionId: string;
  outOrderNo: string;
  state: SharingState;
  receivers: SharingReceiverRow[];
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
  /** The order's cluster: the split's rows and its returns are filed there. */
  clusterId: string;
}

export interface ReturnRow {
  id: string;
  sharingId: string;
  orderId: string;
  storeId: string;
  account: string;
  outReturnNo: string;
  amountFen: number;
  state: ReturnState;
  attempts: number;
  lastError: string | null;
  clusterId: string;
}

/** A WeChat out_order_no / out_return_no: the prefix and 32 hex characters. */
export const outOrderNo = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, '')}`;

const SHARING = `SELECT id, order_id, checkout_id, transaction_id, out_order_no, state, receivers, attempts, last_error, updated_at, cluster_id
  FROM profit_sharing_order`;

function toSharing(r: Record<string, unknown>): SharingRow {
  return {
    id: r.id as string,
    orderId: r.order_id as string,
    checkoutId: r.checkout_id as string,
    transactionId: r.transaction_id as string,
    outOrderNo: r.out_order_no as string,
    state: r.state as SharingState,
    receivers: (typeof r.receivers === 'string' ? JSON.parse(r.receivers) : r.receivers) as SharingReceiverRow[],
    attempts: r.attempts as number,
    lastError: (r.last_error as string | null) ?? null,
    updatedAt: new Date(r.updated_at as string),
    clusterId: r.cluster_id as string,
  };
}

export async function sharingOfOrder(em: EntityManager, orderId: string): Promise<SharingRow | undefined> {
  const [r] = await query<Record<string, unknown>>(
    em,
    `${SHARING} WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid`,
    {
      o: orderId,
      cluster: clusterOfId(orderId) ?? null,
    },
  );
  return r && toSharing(r);
}

/** Splits that failed for good (or whose returns did), or still processing since before `staleBefore`: what HQ has to look at. */
export async function failedSharings(em: EntityManager, limit: number, staleBefore: Date): Promise<SharingRow[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `${SHARING} WHERE state = 'FAILED' OR (state = 'PROCESSING' AND updated_at < :stale::timestamptz)
       OR id IN (SELECT sharing_id FROM profit_sharing_return WHERE state = 'FAILED') ORDER BY updated_at DESC LIMIT :n`,
    { n: limit, stale: staleBefore.toISOString() },
  );
  return rows.map(toSharing);
}

/** Moves a split on, only from the state the caller saw (jobs may run twice). */
export async function updateSharing(
  em: EntityManager,
  sharing: Pick<SharingRow, 'id' | 'clusterId'>,
  from: SharingState,
  change: {
    state?: SharingState;
    receivers?: SharingReceiverRow[];
    providerOrderId?: string;
    unfreezeUnsplit?: boolean;
    attempts?: number;
    lastError?: string | null;
    finished?: boolean;
  },
  at: Date,
): Promise<boolean> {
  const rows = await query(
    em,
    `UPDATE profit_sharing_order SET
       state = coalesce(:state, state), receivers = coalesce(:receivers::jsonb, receivers), provider_order_id = coalesce(:provider, provider_order_id),
       unfreeze_unsplit = coalesce(:unfreeze, unfreeze_unsplit), attempts = coalesce(:attempts, attempts),
       last_error = CASE WHEN :setError THEN :error ELSE last_error END,
       finished_at = CASE WHEN :finished THEN :at::timestamptz ELSE finished_at END, updated_at = :at::timestamptz
     WHERE cluster_id = :cluster::text AND id = :id::uuid AND state = :from RETURNING id`,
    {
      id: sharing.id,
      cluster: sharing.clusterId,
      from,
      state: change.state ?? null,
      receivers: change.receivers ? JSON.stringify(change.receivers) : null,
      provider: change.providerOrderId ?? null,
      unfreeze: change.unfreezeUnsplit ?? null,
      attempts: change.attempts ?? null,
      setError: change.lastError !== undefined,
      error: change.lastError ?? null,
      finished: !!change.finished,
      at: at.toISOString(),
    },
  );
  return rows.length === 1;
}

/** What the split sends: each store's shares of the order as the ledger holds them now, where the store has an account. */
export async function receiversOf(
  em: EntityManager,
  orderId: string,
): Promise<{ storeId: string; code: string; account: string | null; amountFen: number }[]> {
  const rows = await query<{ store_id: string; code: string; account: string | null; amount: string }>(
    em,
    `SELECT e.store_id, s.code, s.profit_sharing_account AS account, sum(e.amount_fen) AS amount
     FROM ledger_entry e JOIN store s ON s.id = e.store_id
     WHERE e.cluster_id = coalesce(:cluster::text, e.cluster_id) AND e.order_id = :o::uuid AND e.account = 'STORE'
     GROUP BY 1, 2, 3 HAVING sum(e.amount_fen) > 0 ORDER BY s.code`,
    { o: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return rows.map((r) => ({ storeId: r.store_id, code: r.code, account: r.account, amountFen: Number(r.amount) }));
}

/**
 * Whether every other order of the checkout (one WeChat transaction) is settled for splitting: refunded or
 * cancelled, or its split already asked for. The last one releases the transaction's rest (unfreeze).
 */
export async function isLastOfTransaction(em: EntityManager, orderId: string, checkoutId: string): Promise<boolean> {
  const [r] = await query<{ n: string }>(
    em,
    `SELECT count(*) AS n FROM customer_order o
     WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.checkout_id = :c::uuid AND o.id <> :o::uuid AND o.state NOT IN ('REFUNDED', 'CANCELLED')
       AND NOT EXISTS (SELECT 1 FROM profit_sharing_order p WHERE p.cluster_id = o.cluster_id AND p.order_id = o.id AND p.state <> 'PENDING')`,
    { c: checkoutId, o: orderId, cluster: clusterOfId(checkoutId) ?? null },
  );
  return Number(r!.n) === 0;
}

/**
 * After a refund posted on a split order: one return per store whose share fell, at most what it received
 * and has not given back yet. Returns the new rows' ids.
 */
export async function createReturns(tx: EntityManager, sharing: SharingRow, eventKey: string, at: Date): Promise<string[]> {
  const falls = await query<{ store_id: string; amount: string }>(
    tx,
    `SELECT e.store_id, -sum(e.amount_fen) AS amount FROM ledger_entry e JOIN ledger_posting p ON p.cluster_id = e.cluster_id AND p.id = e.posting_id
     WHERE p.cluster_id = :cluster::text AND p.order_id = :o::uuid AND p.event_key = :k AND e.account = 'STORE'
     GROUP BY 1 HAVING sum(e.amount_fen) < 0`,
    { o: sharing.orderId, k: eventKey, cluster: sharing.clusterId },
  );
  const ids: string[] = [];
  for (const f of falls) {
    const sent = sharing.receivers.find((r) => r.storeId === f.store_id && r.result !== 'CLOSED');
    if (!sent) continue;
    const [back] = await query<{ n: string }>(
      tx,
      `SELECT coalesce(sum(amount_fen), 0) AS n FROM profit_sharing_return
       WHERE cluster_id = :cluster::text AND sharing_id = :s::uuid AND store_id = :st::uuid`,
      {
        cluster: sharing.clusterId,
        s: sharing.id,
        st: f.store_id,
      },
    );
    const amount = Math.min(Number(f.amount), sent.amountFen - Number(back!.n));
    if (amount <= 0) continue;
    // The return's id names its cluster, so its job (payload: the id) finds it in one cluster.
    const id = newClusterId(sharing.clusterId);
    const inserted = await query(
      tx,
      `INSERT INTO profit_sharing_return
         (id, sharing_id, order_id, event_key, store_id, account, out_return_no, amount_fen, state, created_at, updated_at, cluster_id)
       VALUES (:id::uuid, :s::uuid, :o::uuid, :k, :st::uuid, :acc, :no, :amount, 'PENDING', :at::timestamptz, :at::timestamptz, :cluster::text)
       ON CONFLICT (sharing_id, event_key, store_id) DO NOTHING RETURNING id`,
      {
        id,
        s: sharing.id,
        o: sharing.orderId,
        k: eventKey,
        st: f.store_id,
        acc: sent.account,
        no: outOrderNo('PR'),
        amount,
        at: at.toISOString(),
        cluster: sharing.clusterId,
      },
    );
    if (inserted.length) ids.push(id);
  }
  return ids;
}

const RETURN = `SELECT id, sharing_id, order_id, store_id, account, out_return_no, amount_fen, state, attempts, last_error, cluster_id
  FROM profit_sharing_return`;

function toReturn(r: Record<string, unknown>): ReturnRow {
  return {
    id: r.id as string,
    sharingId: r.sharing_id as string,
    orderId: r.order_id as string,
    storeId: r.store_id as string,
    account: r.account as string,
    outReturnNo: r.out_return_no as string,
    amountFen: r.amount_fen as number,
    state: r.state as ReturnState,
    attempts: r.attempts as number,
    lastError: (r.last_error as string | null) ?? null,
    clusterId: r.cluster_id as string,
  };
}

/** A return by id: ids made since 20261211c name the cluster; one made before is found by id alone. */
export async function loadReturn(em: EntityManager, id: string): Promise<ReturnRow | undefined> {
  const [r] = await query<Record<string, unknown>>(
    em,
    `${RETURN} WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    {
      id,
      cluster: clusterOfId(id) ?? null,
    },
  );
  return r && toReturn(r);
}

export async function returnsOfOrder(em: EntityManager, orderId: string): Promise<ReturnRow[]> {
  return (
    await query<Record<string, unknown>>(
      em,
      `${RETURN} WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid ORDER BY created_at, id`,
      {
        o: orderId,
        cluster: clusterOfId(orderId) ?? null,
      },
    )
  ).map(toReturn);
}

export async function updateReturn(
  em: EntityManager,
  ret: Pick<ReturnRow, 'id' | 'clusterId'>,
  from: ReturnState,
  change: { state?: ReturnState; attempts?: number; lastError?: string | null },
  at: Date,
): Promise<void> {
  await query(
    em,
    `UPDATE profit_sharing_return SET state = coalesce(:state, state), attempts = coalesce(:attempts, attempts),
       last_error = CASE WHEN :setError THEN :error ELSE last_error END, updated_at = :at::timestamptz,
       finished_at = CASE WHEN :state IN ('SUCCEEDED', 'FAILED') THEN :at::timestamptz ELSE finished_at END
     WHERE cluster_id = :cluster::text AND id = :id::uuid AND state = :from`,
    {
      id: ret.id,
      cluster: ret.clusterId,
      from,
      state: change.state ?? null,
      attempts: change.attempts ?? null,
      setError: change.lastError !== undefined,
      error: change.lastError ?? null,
      at: at.toISOString(),
    },
  );
}

/** What the shopper paid for the order and kept (WeChat caps a split at a ratio of it). */
export async function receivedOfOrder(em: EntityManager, orderId: string): Promise<number> {
  const [o] = await query<{ received: number }>(
    em,
    `SELECT total_fen - refunded_fen AS received FROM customer_order WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    { id: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return o!.received;
}

/** The store's receiver account (null clears it); false when there is no such store. */
export async function setReceiverAccount(em: EntityManager, storeId: string, account: string | null): Promise<boolean> {
  return (
    (await query(em, `UPDATE store SET profit_sharing_account = :a WHERE id = :id::uuid RETURNING id`, { a: account, id: storeId }))
      .length === 1
  );
}
