// SQL of pickup codes and their audit log, with bound parameters. Lookups by code are prepared statements
// (the counter's hot path); everything that changes a code runs inside the order step's transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, preparedQuery, query } from '../../common/sql';
import type { OrderView } from '../../common/order-view';
import { lockOrderSql, toOrderView } from '../order/order.repository';

export type CodeStatus = 'LIVE' | 'USED' | 'REVOKED' | 'VOID';

export interface PickupCodeRow {
  id: string;
  orderId: string;
  generation: number;
  storeId: string;
  codeHash: Buffer;
  codeSealed: string;
  expiresAt: Date;
  status: CodeStatus;
  usedAt: Date | null;
  usedBy: string | null;
}

const COLUMNS = `id, order_id, generation, store_id, code_hash, code_sealed, expires_at, status, used_at, used_by`;

function toRow(r: Record<string, unknown>): PickupCodeRow {
  return {
    id: r.id as string,
    orderId: r.order_id as string,
    generation: r.generation as number,
    storeId: r.store_id as string,
    codeHash: r.code_hash as Buffer,
    codeSealed: r.code_sealed as string,
    expiresAt: new Date(r.expires_at as string),
    status: r.status as CodeStatus,
    usedAt: r.used_at ? new Date(r.used_at as string) : null,
    usedBy: (r.used_by as string | null) ?? null,
  };
}

/**
 * How a clerk's proof names a code, at their store: a typed code by its keyed hash (the live one first, else the
 * newest used or replaced one, to say why), a QR token by the order and generation it carries, checked against the
 * same hash. A code of another store is not found, whichever way it is named.
 */
export interface CodeKey {
  /** The clerk's store's cluster (store-cluster.ts): its codes are filed there. */
  clusterId: string;
  storeId: string;
  hash: Buffer;
  qr?: { orderId: string; generation: number };
}

const CODE_BY_HASH = (columns: string) =>
  `SELECT ${columns} FROM pickup_code WHERE cluster_id = :cluster AND store_id = :store::uuid AND code_hash = :hash ORDER BY (status = 'LIVE') DESC, issued_at DESC LIMIT 1`;
const CODE_BY_QR = (columns: string) =>
  `SELECT ${columns} FROM pickup_code WHERE cluster_id = :cluster AND order_id = :qrOrder::uuid AND generation = :generation::int AND store_id = :store::uuid AND code_hash = :hash`;
const FIND_BY_HASH = CODE_BY_HASH(COLUMNS);
const FIND_BY_QR = CODE_BY_QR(COLUMNS);

const keyValues = (key: CodeKey) => ({
  cluster: key.clusterId,
  store: key.storeId,
  hash: key.hash,
  qrOrder: key.qr?.orderId ?? null,
  generation: key.qr?.generation ?? null,
});

/** The code as the clerk's store knows it (a pooled read: the preview's lookup). */
export async function findCode(em: EntityManager, key: CodeKey): Promise<PickupCodeRow | undefined> {
  const [r] = await preparedQuery<Record<string, unknown>>(em, key.qr ? FIND_BY_QR : FIND_BY_HASH, keyValues(key));
  return r && toRow(r);
}

/** The row again, locked, inside the hand-over transaction (after the order row, the lock order every path uses). */
export async function lockCode(tx: EntityManager, cluster: string, id: string): Promise<PickupCodeRow | undefined> {
  const [r] = await preparedQuery<Record<string, unknown>>(
    tx,
    `SELECT ${COLUMNS} FROM pickup_code WHERE cluster_id = :cluster AND id = :id::uuid FOR UPDATE`,
    { cluster, id },
  );
  return r && toRow(r);
}

export async function liveCode(em: EntityManager, orderId: string): Promise<PickupCodeRow | undefined> {
  const [r] = await query<Record<string, unknown>>(
    em,
    `SELECT ${COLUMNS} FROM pickup_code WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :order::uuid AND status = 'LIVE'`,
    { order: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return r && toRow(r);
}

export async function nextGeneration(tx: EntityManager, orderId: string): Promise<number> {
  const [r] = await query<{ g: number }>(
    tx,
    `SELECT coalesce(max(generation), 0) + 1 AS g FROM pickup_code WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :order::uuid`,
    { order: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return r!.g;
}

/** Inserts a live code; undefined when the store already has this code live (the caller draws again). */
export async function insertLiveCode(
  tx: EntityManager,
  c: { id: string; orderId: string; generation: number; storeId: string; codeHash: Buffer; codeSealed: string; expiresAt: Date; at: Date },
): Promise<PickupCodeRow | undefined> {
  const [r] = await query<Record<string, unknown>>(
    tx,
    `INSERT INTO pickup_code (id, order_id, generation, store_id, code_hash, code_sealed, expires_at, status, issued_at, cluster_id)
     VALUES (:id::uuid, :order::uuid, :generation, :store::uuid, :hash, :sealed, :expires::timestamptz, 'LIVE', :at::timestamptz, :cluster::text)
     ON CONFLICT (store_id, code_hash) WHERE status = 'LIVE' DO NOTHING RETURNING ${COLUMNS}`,
    {
      id: c.id,
      order: c.orderId,
      generation: c.generation,
      store: c.storeId,
      hash: c.codeHash,
      sealed: c.codeSealed,
      expires: c.expiresAt.toISOString(),
      at: c.at.toISOString(),
      // The order's id names its cluster; an order made before the key leaves it to the trigger (from the store).
      cluster: clusterOfId(c.orderId) ?? null,
    },
  );
  return r && toRow(r);
}

/** Ends the order's live code (replaced, or the order closed); returns whether there was one. */
export async function endLiveCode(tx: EntityManager, orderId: string, status: 'REVOKED' | 'VOID'): Promise<boolean> {
  const rows = await query(
    tx,
    `UPDATE pickup_code SET status = :status WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :order::uuid AND status = 'LIVE' RETURNING id`,
    {
      status,
      order: orderId,
      cluster: clusterOfId(orderId) ?? null,
    },
  );
  return rows.length > 0;
}

/** Moves the live code to another store under the same code, unless that store has it live already. */
export async function moveLiveCode(tx: EntityManager, orderId: string, storeId: string, codeHash: Buffer): Promise<boolean> {
  const rows = await query(
    tx,
    `UPDATE pickup_code SET store_id = :store::uuid, code_hash = :hash
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :order::uuid AND status = 'LIVE'
       AND NOT EXISTS (SELECT 1 FROM pickup_code x WHERE x.cluster_id = pickup_code.cluster_id AND x.store_id = :store::uuid AND x.code_hash = :hash AND x.status = 'LIVE')
     RETURNING id`,
    { store: storeId, hash: codeHash, order: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return rows.length === 1;
}

const claimSql = (code: string) => `
  WITH c AS (${code}),
  o AS (${lockOrderSql('(SELECT order_id FROM c)', '(SELECT cluster_id FROM c)')}),
  used AS (
    UPDATE pickup_code pc SET status = 'USED', used_at = :at::timestamptz, used_by = :actor::text
    FROM c, o
    WHERE pc.cluster_id = c.cluster_id AND pc.id = c.id AND pc.order_id = o.id AND pc.status = 'LIVE' AND pc.store_id = :store::uuid AND pc.expires_at > :at::timestamptz
      AND o.store_id = :store::uuid AND o.state = ANY(:handable::text[])
    RETURNING pc.order_id, pc.cluster_id),
  logged AS (
    INSERT INTO pickup_attempt (id, at, store_id, staff_id, actor, action, method, outcome, order_id, detail, cluster_id)
    SELECT :attempt::uuid, :at::timestamptz, :store::uuid, :staff::uuid, :actor::text, :action::text, :method::text, :outcome::text, order_id, :detail::text,
           cluster_id
    FROM used)
  SELECT o.*, c.id AS code_id, EXISTS (SELECT 1 FROM used) AS claimed FROM c CROSS JOIN o`;
const CLAIM_BY_HASH = claimSql(CODE_BY_HASH('id, order_id, cluster_id'));
const CLAIM_BY_QR = claimSql(CODE_BY_QR('id, order_id, cluster_id'));

/**
 * The counter's hot path in one statement, first in the hand-over transaction: finds the code the clerk showed,
 * locks its order (lockOrderSql) and, when the order can be handed over here (one of `handable`, at this store),
 * uses the code if it is still live, of this store and not expired, logging the verified attempt with it. The
 * order row is locked before the code row (the code's row is only locked when it is updated, after the join with
 * the locked order), the order every path uses; a code changed meanwhile is re-checked on its newest version.
 * Undefined: no such code at this store. `claimed` false: nothing was written, the caller finds out why.
 */
export async function claimCode(
  tx: EntityManager,
  key: CodeKey,
  handable: readonly string[],
  attempt: AttemptRecord,
): Promise<{ order: OrderView; codeId: string; claimed: boolean } | undefined> {
  const [r] = await preparedQuery<Record<string, unknown>>(tx, key.qr ? CLAIM_BY_QR : CLAIM_BY_HASH, {
    ...attemptValues(attempt),
    ...keyValues(key),
    attempt: attempt.id,
    handable: [...handable],
  });
  return r && { order: toOrderView(r), codeId: r.code_id as string, claimed: r.claimed as boolean };
}

export async function setExpiry(tx: EntityManager, orderId: string, expiresAt: Date): Promise<void> {
  await query(
    tx,
    `UPDATE pickup_code SET expires_at = :e::timestamptz WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :order::uuid AND status = 'LIVE'`,
    {
      e: expiresAt.toISOString(),
      order: orderId,
      cluster: clusterOfId(orderId) ?? null,
    },
  );
}

export interface AttemptRecord {
  id: string;
  at: Date;
  storeId: string;
  staffId: string | null;
  actor: string;
  action: 'PREVIEW' | 'VERIFY';
  method: 'CODE' | 'QR';
  outcome: string;
  orderId: string | null;
  detail: string | null;
}

const attemptValues = (a: AttemptRecord) => ({
  id: a.id,
  at: a.at.toISOString(),
  store: a.storeId,
  staff: a.staffId,
  actor: a.actor,
  action: a.action,
  method: a.method,
  outcome: a.outcome,
  order: a.orderId,
  detail: a.detail,
});

export async function recordAttempt(em: EntityManager, a: AttemptRecord): Promise<void> {
  await preparedQuery(
    em,
    `INSERT INTO pickup_attempt (id, at, store_id, staff_id, actor, action, method, outcome, order_id, detail, cluster_id)
     VALUES (:id::uuid, :at::timestamptz, :store::uuid, :staff::uuid, :actor, :action, :method, :outcome, :order::uuid, :detail, :cluster::text)`,
    // The order's id names the cluster; an attempt with no order (a wrong code) is filed by the trigger from its store.
    { ...attemptValues(a), cluster: (a.orderId && clusterOfId(a.orderId)) ?? null },
  );
}

/** Newest first, keyed by the log's sequence; `storeId` null reads every store. */
export async function listAttempts(
  em: EntityManager,
  storeId: string | null,
  afterSeq: string | null,
  limit: number,
): Promise<(AttemptRecord & { seq: string })[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `SELECT seq::text, id, at, store_id, staff_id, actor, action, method, outcome, order_id, detail FROM pickup_attempt
     WHERE (:store::uuid IS NULL OR store_id = :store::uuid) AND (:after::bigint IS NULL OR seq < :after::bigint)
     ORDER BY seq DESC LIMIT :limit::int`,
    { store: storeId, after: afterSeq, limit },
  );
  return rows.map((r) => ({
    seq: r.seq as string,
    id: r.id as string,
    at: new Date(r.at as string),
    storeId: r.store_id as string,
    staffId: (r.staff_id as string | null) ?? null,
    actor: r.actor as string,
    action: r.action as AttemptRecord['action'],
    method: r.method as AttemptRecord['method'],
    outcome: r.outcome as string,
    orderId: (r.order_id as string | null) ?? null,
    detail: (r.detail as string | null) ?? null,
  }));
}

/** Clerks' usernames by id, for the lockout list. */
export async function staffUsernames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await query<{ id: string; username: string }>(em, `SELECT id, username FROM staff_user WHERE id = ANY(:ids::uuid[])`, {
    ids: pgArray(ids),
  });
  return new Map(rows.map((r) => [r.id, r.username]));
}
