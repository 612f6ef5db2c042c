// Holding stock for orders: all lines of a cart at one store, or none, in one statement per direction.
// Rows are locked in sku_id order, so two carts touching the same SKUs in any order never deadlock,
// and the check and the change happen under those locks: nothing can oversell between them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { claimStock, claimStockKeys, type StockKey } from '../../common/lock-order';
import { pgArray, preparedQuery, query } from '../../common/sql';
import { StockMovementReason } from './inventory.entity';

export interface ReservationLine {
  skuId: string;
  quantity: number;
}

export interface Hold {
  /** The order's cluster, which is its store's (routing keeps an order to its cluster). */
  clusterId: string;
  storeId: string;
  lines: ReservationLine[];
  orderRef: string;
  actor: string;
  at: Date;
}

/** What each line had available when the hold was refused. */
export type Shortfall = { skuId: string; requested: number; available: number }[];

// The cart's lines, one row per SKU (repeats summed).
const LINES = `
    SELECT w.sku_id, sum(w.quantity)::int AS quantity
    FROM unnest(:skus::uuid[], :quantities::int[]) AS w(sku_id, quantity)
    GROUP BY w.sku_id`;

// Locks the store's rows for those SKUs in sku_id order: the same order for every cart.
const LOCK_ROWS = (lines: string) => `
    SELECT ss.sku_id, ss.on_hand, ss.reserved FROM store_stock ss
    WHERE ss.cluster_id = :cluster::text AND ss.store_id = :store::uuid AND ss.sku_id IN (SELECT sku_id FROM ${lines})
    ORDER BY ss.sku_id
    FOR UPDATE`;

const RESERVE_SQL = `
  WITH want AS (${LINES}),
  locked AS MATERIALIZED (${LOCK_ROWS('want')}),
  verdict AS MATERIALIZED (
    SELECT count(l.sku_id) = count(*) AND coalesce(bool_and(l.on_hand - l.reserved >= w.quantity), false) AS ok
    FROM want w LEFT JOIN locked l ON l.sku_id = w.sku_id),
  held AS (
    UPDATE store_stock ss SET reserved = ss.reserved + w.quantity, updated_at = :at::timestamptz
    FROM want w
    WHERE (SELECT ok FROM verdict) AND ss.cluster_id = :cluster::text AND ss.store_id = :store::uuid AND ss.sku_id = w.sku_id
    RETURNING ss.sku_id, ss.on_hand, ss.reserved, w.quantity, ss.cluster_id),
  journal AS (
    INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after,
                                reason, order_ref, actor, created_at, cluster_id)
    SELECT gen_random_uuid(), :store::uuid, sku_id, 0, quantity, on_hand, reserved,
           :reason::text, :orderRef::text, :actor::text, :at::timestamptz, cluster_id
    FROM held)
  SELECT w.sku_id, w.quantity AS requested, coalesce(l.on_hand - l.reserved, 0) AS available, v.ok
  FROM want w LEFT JOIN locked l ON l.sku_id = w.sku_id CROSS JOIN verdict v
  ORDER BY w.sku_id`;

// What an order still holds: its lines less what was refunded, one row per SKU.
const ORDER_LINES = `
    SELECT ol.sku_id, sum(ol.quantity - ol.refunded_quantity)::int AS quantity
    FROM order_line ol WHERE ol.cluster_id = :cluster::text AND ol.order_id = :order::uuid AND ol.quantity > ol.refunded_quantity
    GROUP BY ol.sku_id`;

// Giving a hold back (reserved falls) or handing the goods over (on hand falls with it); `settled` names the SKUs.
const SETTLE_CTES = (onHand: '0' | '-g.quantity', lines: string) => `
  give AS (${lines}),
  locked AS MATERIALIZED (${LOCK_ROWS('give')}),
  released AS (
    UPDATE store_stock ss SET reserved = ss.reserved - g.quantity, on_hand = ss.on_hand + ${onHand}, updated_at = :at::timestamptz
    FROM give g
    WHERE ss.cluster_id = :cluster::text AND ss.store_id = :store::uuid AND ss.sku_id = g.sku_id AND ss.sku_id IN (SELECT sku_id FROM locked)
      AND ss.reserved >= g.quantity
    RETURNING ss.sku_id, ss.on_hand, ss.reserved, g.quantity, ss.cluster_id),
  settled AS (
    INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after,
                                reason, order_ref, actor, created_at, cluster_id)
    SELECT gen_random_uuid(), :store::uuid, sku_id, ${onHand === '0' ? '0' : '-quantity'}, -quantity, on_hand, reserved,
           :reason::text, :orderRef::text, :actor::text, :at::timestamptz, cluster_id
    FROM released
    RETURNING sku_id)`;

const SETTLE_SQL = (onHand: '0' | '-g.quantity', lines = LINES) => `WITH ${SETTLE_CTES(onHand, lines)}
  SELECT sku_id FROM settled`;

function params(hold: Hold, reason: StockMovementReason) {
  return {
    cluster: hold.clusterId,
    store: hold.storeId,
    skus: pgArray(hold.lines.map((l) => l.skuId)),
    quantities: pgArray(hold.lines.map((l) => l.quantity)),
    reason,
    orderRef: hold.orderRef,
    actor: hold.actor,
    at: hold.at.toISOString(),
  };
}

/**
 * Reserves every line at the store, or nothing: returns undefined when held, else each line's shortfall.
 * Runs in the EntityManager's transaction when it has one, so a checkout can hold stock and create its
 * order atomically; the row locks are held until that transaction ends.
 */
export async function reserveStock(em: EntityManager, hold: Hold): Promise<Shortfall | undefined> {
  claimStock(
    em,
    hold.storeId,
    hold.lines.map((l) => l.skuId),
  );
  const rows = await query<{ sku_id: string; requested: number; available: number; ok: boolean }>(
    em,
    RESERVE_SQL,
    params(hold, StockMovementReason.ORDER_RESERVED),
  );
  if (rows[0]?.ok) return undefined;
  return rows.map((r) => ({ skuId: r.sku_id, requested: r.requested, available: r.available }));
}

const RELEASE_SQL = SETTLE_SQL('0');

/** Gives a hold back; lines that hold less than asked are left alone (released already). */
export async function releaseStock(em: EntityManager, hold: Hold): Promise<number> {
  claimStock(
    em,
    hold.storeId,
    hold.lines.map((l) => l.skuId),
  );
  const rows = await preparedQuery<{ sku_id: string }>(em, RELEASE_SQL, params(hold, StockMovementReason.ORDER_RELEASED));
  return rows.length;
}

/**
 * Settles everything an order still holds at its store, reading its lines in the same statement: RELEASE gives the
 * hold back, CONSUME takes the goods off the shelf. As CTEs (give, locked, released, settled) for the order step's
 * own statement (order.repository's applyStep), so that a step which settles stock and moves the order is one round
 * trip. Its values are named apart from the step's (settleOrderValues): :stockStore, :order, :stockReason,
 * :orderRef, with the step's own :cluster (the order's), :actor and :at.
 */
export const settleOrderCtes = (effect: 'RELEASE' | 'CONSUME') =>
  SETTLE_CTES(effect === 'RELEASE' ? '0' : '-g.quantity', ORDER_LINES)
    .replace(/:store::uuid/g, ':stockStore::uuid')
    .replace(/:reason::text/g, ':stockReason::text');

/** The values of settleOrderCtes for an order settled at its store. */
export function settleOrderValues(effect: 'RELEASE' | 'CONSUME', o: { storeId: string; orderId: string }) {
  return {
    stockStore: o.storeId,
    order: o.orderId,
    stockReason: effect === 'RELEASE' ? StockMovementReason.ORDER_RELEASED : StockMovementReason.ORDER_FULFILLED,
    orderRef: o.orderId,
  };
}

const LOCK_STOCK = `
  SELECT ss.store_id FROM store_stock ss
  WHERE ss.cluster_id = :cluster::text AND (ss.store_id, ss.sku_id) IN (SELECT * FROM unnest(:stores::uuid[], :skus::uuid[]))
  ORDER BY ss.store_id, ss.sku_id
  FOR UPDATE`;

/**
 * Step 3 of the global lock order (common/lock-order.ts): every stock row the transaction may touch, in (store, SKU)
 * order, in one statement. Rows that do not exist are skipped (a store without the SKU cannot hold it). The stock
 * statements that follow lock them again, which does not wait. The stores are of one cluster (an order's).
 */
export async function lockStock(tx: EntityManager, cluster: string, keys: readonly StockKey[]): Promise<void> {
  if (!keys.length) return;
  claimStockKeys(tx, keys);
  await preparedQuery(tx, LOCK_STOCK, { cluster, stores: pgArray(keys.map((k) => k.storeId)), skus: pgArray(keys.map((k) => k.skuId)) });
}

const LOCK_ORDERS_STOCK = `
  SELECT ss.store_id, ss.sku_id FROM store_stock ss
  WHERE ss.cluster_id = :cluster::text AND (ss.store_id, ss.sku_id) IN (
    SELECT o.store_id, ol.sku_id FROM customer_order o JOIN order_line ol ON ol.cluster_id = o.cluster_id AND ol.order_id = o.id
    WHERE o.cluster_id = :cluster::text AND o.id = ANY(:orders::uuid[]) AND o.stock = 'HELD')
  ORDER BY ss.store_id, ss.sku_id
  FOR UPDATE`;

/** Step 3 for orders already locked (of one checkout, so of one cluster): the stock rows they hold, at their stores, in one statement. */
export async function lockOrdersStock(tx: EntityManager, orders: readonly { id: string; clusterId: string }[]): Promise<void> {
  if (!orders.length) return;
  const rows = await preparedQuery<{ store_id: string; sku_id: string }>(tx, LOCK_ORDERS_STOCK, {
    cluster: orders[0]!.clusterId,
    orders: pgArray(orders.map((o) => o.id)),
  });
  // Claimed after the fact (the keys come from the statement), still before any stock is changed.
  claimStockKeys(
    tx,
    rows.map((r) => ({ storeId: r.store_id, skuId: r.sku_id })),
  );
}
