// Moving orders: lock the order row, change its state and log the step in one statement, and read what
// a step needs (its lines, its checkout) under that lock.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { claimOrders } from '../../common/lock-order';
import type { LockedOrder } from '../../common/order-step';
import { preparedQuery } from '../../common/sql';
import type { OrderEvent, OrderState } from './order-states';

// The locked order is part of the step-listener contract, so its shape is defined in common/order-step.ts.
export type { LockedOrder };

export interface LockedLine {
  id: string;
  skuId: string;
  unitPriceFen: number;
  quantity: number;
  refundedQuantity: number;
}

/**
 * Locks the order row whose id `id` gives (an SQL expression) and reads what a step needs; other modules embed it
 * to lock the order in the same statement as their own work.
 */
const ORDER_COLUMNS = `id, checkout_id, shopper_id, store_id, fulfilment, state, total_fen, refunded_fen, delivery_fee_fen, distance_m,
         delivery_lat, delivery_lng, scheduled_at, stock, rejected_store_ids, accept_by`;

export const lockOrderSql = (id = ':id::uuid') => `
  SELECT ${ORDER_COLUMNS}
  FROM customer_order WHERE id = ${id} FOR UPDATE`;

const LOCK_ORDER_SQL = lockOrderSql();

/**
 * Locks the order for the rest of the transaction: every step on one order is serialised here. Step 2 of the
 * global lock order (common/lock-order.ts): after the checkout, before any stock.
 */
export async function lockOrder(tx: EntityManager, id: string): Promise<LockedOrder | undefined> {
  claimOrders(tx, [id]);
  const [r] = await preparedQuery<Record<string, unknown>>(tx, LOCK_ORDER_SQL, { id });
  return r && toLockedOrder(r);
}

/** A row of LOCK_ORDER_SQL. */
export function toLockedOrder(r: Record<string, unknown>): LockedOrder {
  return {
    id: r.id as string,
    checkoutId: r.checkout_id as string,
    shopperId: r.shopper_id as string,
    storeId: r.store_id as string,
    fulfilment: r.fulfilment as LockedOrder['fulfilment'],
    state: r.state as OrderState,
    totalFen: r.total_fen as number,
    refundedFen: r.refunded_fen as number,
    deliveryFeeFen: r.delivery_fee_fen as number,
    distanceM: r.distance_m as number,
    deliveryLat: r.delivery_lat as number | null,
    deliveryLng: r.delivery_lng as number | null,
    scheduledAt: r.scheduled_at ? new Date(r.scheduled_at as string) : null,
    stock: r.stock as LockedOrder['stock'],
    rejectedStoreIds: parseUuidArray(r.rejected_store_ids),
    acceptBy: r.accept_by ? new Date(r.accept_by as string) : null,
  };
}

const LOCK_CHECKOUT_ORDERS_SQL = `SELECT ${ORDER_COLUMNS} FROM customer_order WHERE checkout_id = :c::uuid ORDER BY id FOR UPDATE`;

/**
 * Orders of a checkout, locked in id order in one statement (the global lock order); the caller holds the checkout
 * row, so the set cannot change meanwhile.
 */
export async function lockCheckoutOrders(tx: EntityManager, checkoutId: string): Promise<LockedOrder[]> {
  const rows = await preparedQuery<Record<string, unknown>>(tx, LOCK_CHECKOUT_ORDERS_SQL, { c: checkoutId });
  // Claimed once the ids are known, before anything is changed: a path holding stock would be refused here.
  claimOrders(tx, rows.map((r) => r.id as string));
  return rows.map(toLockedOrder);
}

export async function orderLines(tx: EntityManager, orderId: string): Promise<LockedLine[]> {
  const rows = await preparedQuery<{ id: string; sku_id: string; unit_price_fen: number; quantity: number; refunded_quantity: number }>(
    tx,
    `SELECT id, sku_id, unit_price_fen, quantity, refunded_quantity FROM order_line WHERE order_id = :o::uuid ORDER BY position`,
    { o: orderId },
  );
  return rows.map((r) => ({ id: r.id, skuId: r.sku_id, unitPriceFen: r.unit_price_fen, quantity: r.quantity, refundedQuantity: r.refunded_quantity }));
}

/** Fields a step may set besides the state; null clears, undefined leaves alone. */
export interface StepChanges {
  storeId?: string;
  stock?: LockedOrder['stock'];
  paidAt?: Date;
  acceptBy?: Date | null;
  pickupDeadline?: Date | null;
  handedOverAt?: Date;
  distanceM?: number;
  rejectStore?: string;
}

const APPLY_STEP = `
  WITH moved AS (
    UPDATE customer_order SET
      state = :to::text,
      store_id = coalesce(:store::uuid, store_id),
      stock = coalesce(:stock::text, stock),
      paid_at = coalesce(:paidAt::timestamptz, paid_at),
      accept_by = CASE WHEN :setAcceptBy::boolean THEN :acceptBy::timestamptz ELSE accept_by END,
      pickup_deadline = CASE WHEN :setDeadline::boolean THEN :deadline::timestamptz ELSE pickup_deadline END,
      handed_over_at = coalesce(:handedOver::timestamptz, handed_over_at),
      distance_m = coalesce(:distance::int, distance_m),
      rejected_store_ids = CASE WHEN :reject::uuid IS NULL THEN rejected_store_ids ELSE rejected_store_ids || :reject::uuid END,
      updated_at = :at::timestamptz
    WHERE id = :id::uuid AND state = :from::text
    RETURNING id)
  INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, reason, at)
  SELECT :tid::uuid, id, :from::text, :to::text, :event::text, :loggedStore::uuid, :actor::text, :reason::text, :at::timestamptz FROM moved
  RETURNING id`;

/** Moves a locked order and logs it; the log names the store the order was at when the step happened. */
export async function applyStep(
  tx: EntityManager,
  order: LockedOrder,
  step: { to: OrderState; event: OrderEvent | string; actor: string; reason?: string | null; at: Date },
  changes: StepChanges = {},
): Promise<void> {
  const rows = await preparedQuery(tx, APPLY_STEP, {
    id: order.id,
    from: order.state,
    to: step.to,
    store: changes.storeId ?? null,
    stock: changes.stock ?? null,
    paidAt: changes.paidAt?.toISOString() ?? null,
    setAcceptBy: changes.acceptBy !== undefined,
    acceptBy: changes.acceptBy?.toISOString() ?? null,
    setDeadline: changes.pickupDeadline !== undefined,
    deadline: changes.pickupDeadline?.toISOString() ?? null,
    handedOver: changes.handedOverAt?.toISOString() ?? null,
    distance: changes.distanceM ?? null,
    reject: changes.rejectStore ?? null,
    at: step.at.toISOString(),
    tid: randomUUID(),
    event: step.event,
    loggedStore: order.storeId,
    actor: step.actor,
    reason: step.reason ?? null,
  });
  // The row is locked by this transaction, so the state cannot have moved under us.
  if (rows.length !== 1) throw new Error(`order ${order.id} was not in state ${order.state}`);
  order.state = step.to;
  if (changes.storeId) order.storeId = changes.storeId;
  if (changes.stock) order.stock = changes.stock;
}

/**
 * Handed-over orders (picked up or delivered) unchanged since `before`, oldest first, after the (updatedAt, id)
 * key given: the auto-complete sweep's batches.
 */
export async function handedOverBefore(em: EntityManager, before: Date, after: { at: Date; id: string } | null, limit: number): Promise<{ id: string; updatedAt: Date }[]> {
  const rows = await preparedQuery<{ id: string; updated_at: string }>(
    em,
    `SELECT id, updated_at FROM customer_order
     WHERE state IN ('PICKED_UP', 'DELIVERED') AND updated_at <= :before::timestamptz
       AND (:afterAt::timestamptz IS NULL OR (updated_at, id) > (:afterAt::timestamptz, :afterId::uuid))
     ORDER BY updated_at, id LIMIT :limit::int`,
    { before: before.toISOString(), afterAt: after?.at.toISOString() ?? null, afterId: after?.id ?? null, limit },
  );
  return rows.map((r) => ({ id: r.id, updatedAt: new Date(r.updated_at) }));
}

function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string') return value.replace(/[{}]/g, '').split(',').filter(Boolean);
  return [];
}
