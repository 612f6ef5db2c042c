// After-sales SQL: requests by order and by store, filing one under the order lock, deciding one.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, query } from '../../common/sql';
import { AfterSale, type AfterSaleLine, type AfterSaleReason, type AfterSaleState } from './aftersale.types';
import { orderLines } from '../order/order.repository';
import type { RefundableLine } from '../pricing/refund-share';

interface Row {
  id: string;
  order_id: string;
  store_id: string;
  shopper_id: string;
  state: AfterSaleState;
  reason: AfterSaleReason;
  note: string;
  lines: AfterSaleLine[];
  requested_fen: number;
  refund_id: string | null;
  refunded_fen: number | null;
  decline_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

const SELECT = `
  SELECT a.id, a.order_id, a.store_id, a.shopper_id, a.state, a.reason, a.note, a.lines, a.requested_fen, a.refund_id,
         r.amount_fen AS refunded_fen, a.decline_reason, a.created_at, a.decided_at
  FROM after_sale a LEFT JOIN refund r ON r.cluster_id = a.cluster_id AND r.id = a.refund_id`;

export type StoredAfterSale = AfterSale & { shopperId: string };

function toAfterSale(r: Row): StoredAfterSale {
  return Object.assign(new AfterSale(), {
    id: r.id,
    orderId: r.order_id,
    storeId: r.store_id,
    shopperId: r.shopper_id,
    state: r.state,
    reason: r.reason,
    note: r.note,
    lines: r.lines,
    requestedFen: r.requested_fen,
    refundId: r.refund_id,
    refundedFen: r.refunded_fen,
    declineReason: r.decline_reason,
    createdAt: new Date(r.created_at),
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
  });
}

export async function afterSaleById(em: EntityManager, id: string): Promise<StoredAfterSale | undefined> {
  const [row] = await query<Row>(em, `${SELECT} WHERE a.cluster_id = coalesce(:cluster::text, a.cluster_id) AND a.id = :id::uuid`, {
    id,
    cluster: clusterOfId(id) ?? null,
  });
  return row && toAfterSale(row);
}

/**
 * Requests of each order, oldest first (one statement for a page of orders, which may span clusters): each order's
 * in the cluster its id names (any, for an id made before the key).
 */
export async function afterSalesOfOrders(em: EntityManager, orderIds: readonly string[]): Promise<StoredAfterSale[]> {
  const rows = await query<Row>(
    em,
    `${SELECT} JOIN unnest(:ids::uuid[], :clusters::text[]) AS x(id, cluster) ON a.cluster_id = coalesce(x.cluster, a.cluster_id) AND a.order_id = x.id
     ORDER BY a.created_at, a.id`,
    { ids: pgArray(orderIds), clusters: `{${orderIds.map((id) => clusterOfId(id) ?? 'NULL').join(',')}}` },
  );
  return rows.map(toAfterSale);
}

/** A store's requests in one state, newest first, after a (created_at, id) cursor. */
export async function storeAfterSalePage(
  em: EntityManager,
  cluster: string,
  storeId: string,
  state: AfterSaleState,
  after: { at: string; id: string } | undefined,
  limit: number,
): Promise<StoredAfterSale[]> {
  const rows = await query<Row>(
    em,
    `${SELECT}
     WHERE a.cluster_id = :cluster AND a.store_id = :s::uuid AND a.state = :state::text
       AND (:afterAt::timestamptz IS NULL OR (a.created_at, a.id) < (:afterAt::timestamptz, :afterId::uuid))
     ORDER BY a.created_at DESC, a.id DESC LIMIT :limit::int`,
    { cluster, s: storeId, state, afterAt: after?.at ?? null, afterId: after?.id ?? null, limit },
  );
  return rows.map(toAfterSale);
}

export interface RequestableLine extends RefundableLine {
  id: string;
  name: string;
  unitPriceFen: number;
  left: number;
}

/** What a request is checked against, read under the order lock the caller holds. */
export async function requestContext(tx: EntityManager, orderId: string) {
  const [order] = await query<{ handed_over_at: Date | null }>(
    tx,
    `SELECT handed_over_at FROM customer_order WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :o::uuid`,
    {
      o: orderId,
      cluster: clusterOfId(orderId) ?? null,
    },
  );
  const lines = await orderLines(tx, orderId);
  const [open] = await query<{ id: string }>(
    tx,
    `SELECT id FROM after_sale WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid AND state = 'REQUESTED'`,
    {
      o: orderId,
      cluster: clusterOfId(orderId) ?? null,
    },
  );
  return {
    handedOverAt: order?.handed_over_at ? new Date(order.handed_over_at) : null,
    lines: lines.map((l): RequestableLine => ({ ...l, left: l.quantity - l.refundedQuantity })),
    openId: open?.id ?? null,
  };
}

export async function insertAfterSale(
  tx: EntityManager,
  a: {
    id: string;
    orderId: string;
    shopperId: string;
    storeId: string;
    clusterId: string;
    reason: string;
    note: string;
    lines: AfterSaleLine[];
    requestedFen: number;
    at: Date;
  },
): Promise<void> {
  await query(
    tx,
    `INSERT INTO after_sale (id, order_id, shopper_id, store_id, state, reason, note, lines, requested_fen, created_at, cluster_id)
     VALUES (:id::uuid, :o::uuid, :shopper::uuid, :s::uuid, 'REQUESTED', :reason::text, :note::text, :lines::jsonb, :fen::int, :at::timestamptz,
             :cluster::text)`,
    {
      id: a.id,
      o: a.orderId,
      shopper: a.shopperId,
      s: a.storeId,
      reason: a.reason,
      note: a.note,
      lines: JSON.stringify(a.lines),
      fen: a.requestedFen,
      at: a.at.toISOString(),
      cluster: a.clusterId,
    },
  );
}

/** Decides a request still open; undefined when it is not (decided meanwhile, or no such request). */
export async function decideAfterSale(
  tx: EntityManager,
  id: string,
  decision: { state: 'APPROVED'; refundId: string } | { state: 'DECLINED'; reason: string },
  by: string,
  at: Date,
): Promise<{ order_id: string } | undefined> {
  const [row] = await query<{ order_id: string }>(
    tx,
    `UPDATE after_sale SET state = :state::text, refund_id = :refund::uuid, decline_reason = :reason::text, decided_by = :by::text,
            decided_at = :at::timestamptz
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid AND state = 'REQUESTED'
     RETURNING order_id`,
    {
      id,
      cluster: clusterOfId(id) ?? null,
      state: decision.state,
      refund: decision.state === 'APPROVED' ? decision.refundId : null,
      reason: decision.state === 'DECLINED' ? decision.reason : null,
      by,
      at: at.toISOString(),
    },
  );
  return row;
}
