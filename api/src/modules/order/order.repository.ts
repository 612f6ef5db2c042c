// Moving orders: lock the order row, change its state and log the step in one statement, and read what
// a step needs (its lines, its checkout) under that lock.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId, clusterOfTradeNo } from '../../common/cluster';
import { claimCheckout, claimOrders } from '../../common/lock-order';
import type { OrderView } from '../../common/order-view';
import { settleOrderCtes, settleOrderValues } from '../inventory/reservation.repository';
import { arrayFromRow, preparedQuery, query, type SqlRider } from '../../common/sql';
import type { OrderEvent, OrderState } from './order-states';
import type { Adjustment } from '../pricing/pricing.types';

export interface LockedLine {
  id: string;
  skuId: string;
  /** The product name as ordered. */
  name: string;
  unitPriceFen: number;
  quantity: number;
  refundedQuantity: number;
  /** What the line paid in money after every adjustment (points included). */
  netFen: number;
  points: number;
  adjustments: Adjustment[];
}

export interface LockedCheckout {
  id: string;
  state: string;
  totalFen: number;
  transactionId: string | null;
  outTradeNo: string;
  /** A trade was opened at WeChat (prepay asked for): cancelling must close it. */
  hasTrade: boolean;
  /** It took a coupon, points or a campaign's budget: cancelling gives them back. */
  hasPromotions: boolean;
  /** 拼团: the group this checkout took a place in. */
  groupId: string | null;
}

const CHECKOUT_COLUMNS = `id, state, total_fen, transaction_id, out_trade_no, prepay_id IS NOT NULL AS has_trade,
  coupon_id IS NOT NULL OR points_used > 0 OR discount_fen > 0 AS has_promotions, group_id`;
// The cluster comes from the id or trade number (common/cluster.ts); one made before the key carries none (null).
const LOCK_CHECKOUT_BY_ID = `SELECT ${CHECKOUT_COLUMNS} FROM checkout WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :key::uuid FOR UPDATE`;
const LOCK_CHECKOUT_BY_TRADE = `SELECT ${CHECKOUT_COLUMNS} FROM checkout WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND out_trade_no = :key FOR UPDATE`;

/** Step 1 of the global lock order (common/lock-order.ts): the checkout row, by id or by WeChat's out_trade_no. */
export async function lockCheckout(tx: EntityManager, by: { id: string } | { outTradeNo: string }): Promise<LockedCheckout | undefined> {
  claimCheckout(tx, by);
  const byId = 'id' in by;
  const [r] = await preparedQuery<{
    id: string;
    state: string;
    total_fen: number;
    transaction_id: string | null;
    out_trade_no: string;
    has_trade: boolean;
    has_promotions: boolean;
    group_id: string | null;
  }>(tx, byId ? LOCK_CHECKOUT_BY_ID : LOCK_CHECKOUT_BY_TRADE, {
    key: byId ? by.id : by.outTradeNo,
    cluster: (byId ? clusterOfId(by.id) : clusterOfTradeNo(by.outTradeNo)) ?? null,
  });
  return (
    r && {
      id: r.id,
      state: r.state,
      totalFen: r.total_fen,
      transactionId: r.transaction_id,
      outTradeNo: r.out_trade_no,
      hasTrade: r.has_trade,
      hasPromotions: r.has_promotions,
      groupId: r.group_id,
    }
  );
}

/**
 * Every column of the order, in the one row shape toOrderView maps (common/order-view.ts). Other modules embed
 * lockOrderSql to lock the order in the same statement as their own work.
 */
const ORDER_COLUMNS = `id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, discount_fen, points_fen, total_fen,
         refunded_fen, distance_m, contact_name, contact_phone, address, delivery_lat, delivery_lng, scheduled_at, remark, stock, rejected_store_ids,
         paid_at, accept_by, pickup_deadline, handed_over_at, referring_store_id, split_rule_set_id, created_at, updated_at, cluster_id`;

export const lockOrderSql = (id = ':id::uuid', cluster = 'coalesce(:cluster::text, cluster_id)') => `
  SELECT ${ORDER_COLUMNS}
  FROM customer_order WHERE cluster_id = ${cluster} AND id = ${id} FOR UPDATE`;

const LOCK_ORDER_SQL = lockOrderSql();

/**
 * Locks the order for the rest of the transaction: every step on one order is serialised here. Step 2 of the
 * global lock order (common/lock-order.ts): after the checkout, before any stock.
 */
export async function lockOrder(tx: EntityManager, id: string): Promise<OrderView | undefined> {
  claimOrders(tx, [id]);
  const [r] = await preparedQuery<Record<string, unknown>>(tx, LOCK_ORDER_SQL, { id, cluster: clusterOfId(id) ?? null });
  return r && toOrderView(r);
}

/**
 * 拼团: the group's paid orders still waiting for it, locked in id order once the group row is held (the group is
 * formed under its row lock: common/lock-order.ts, step 6). Orders of members who have not paid are not matched, so
 * their own payment or cancel, which holds them, is never waited for here.
 */
export async function lockWaitingGroupOrders(tx: EntityManager, groupId: string): Promise<OrderView[]> {
  const rows = await preparedQuery<Record<string, unknown>>(
    tx,
    `SELECT ${ORDER_COLUMNS} FROM customer_order
     WHERE cluster_id = coalesce(:cluster::text, cluster_id)
       AND id IN (SELECT order_id FROM group_buy_member WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND group_id = :g::uuid AND paid_at IS NOT NULL)
       AND state = 'AWAITING_GROUP'
     ORDER BY id FOR UPDATE`,
    // A group's id names its store's cluster (group-checkout.ts), where its members' orders are.
    { g: groupId, cluster: clusterOfId(groupId) ?? null },
  );
  return rows.map(toOrderView);
}

/** A row of ORDER_COLUMNS: the one mapper of an order row. */
export function toOrderView(r: Record<string, unknown>): OrderView {
  return {
    id: r.id as string,
    checkoutId: r.checkout_id as string,
    shopperId: r.shopper_id as string,
    storeId: r.store_id as string,
    fulfilment: r.fulfilment as OrderView['fulfilment'],
    state: r.state as OrderState,
    goodsFen: r.goods_fen as number,
    deliveryFeeFen: r.delivery_fee_fen as number,
    discountFen: r.discount_fen as number,
    pointsFen: r.points_fen as number,
    totalFen: r.total_fen as number,
    refundedFen: r.refunded_fen as number,
    distanceM: r.distance_m as number,
    contactName: r.contact_name as string,
    contactPhone: r.contact_phone as string,
    address: (r.address as string | null) ?? null,
    deliveryLat: (r.delivery_lat as number | null) ?? null,
    deliveryLng: (r.delivery_lng as number | null) ?? null,
    scheduledAt: date(r.scheduled_at),
    remark: (r.remark as string | null) ?? null,
    stock: r.stock as OrderView['stock'],
    rejectedStoreIds: arrayFromRow(r.rejected_store_ids),
    paidAt: date(r.paid_at),
    acceptBy: date(r.accept_by),
    pickupDeadline: date(r.pickup_deadline),
    handedOverAt: date(r.handed_over_at),
    referringStoreId: (r.referring_store_id as string | null) ?? null,
    splitRuleSetId: (r.split_rule_set_id as string | null) ?? null,
    createdAt: date(r.created_at)!,
    updatedAt: date(r.updated_at)!,
    clusterId: r.cluster_id as string,
  };
}

const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

const LOCK_CHECKOUT_ORDERS_SQL = `SELECT ${ORDER_COLUMNS} FROM customer_order
  WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND checkout_id = :c::uuid ORDER BY id FOR UPDATE`;

/**
 * Orders of a checkout, locked in id order in one statement (the global lock order); the caller holds the checkout
 * row, so the set cannot change meanwhile.
 */
export async function lockCheckoutOrders(tx: EntityManager, checkoutId: string): Promise<OrderView[]> {
  const rows = await preparedQuery<Record<string, unknown>>(tx, LOCK_CHECKOUT_ORDERS_SQL, {
    c: checkoutId,
    cluster: clusterOfId(checkoutId) ?? null,
  });
  // Claimed once the ids are known, before anything is changed: a path holding stock would be refused here.
  claimOrders(
    tx,
    rows.map((r) => r.id as string),
  );
  return rows.map(toOrderView);
}

export async function orderLines(tx: EntityManager, orderId: string): Promise<LockedLine[]> {
  const rows = await preparedQuery<{
    id: string;
    sku_id: string;
    name: string;
    unit_price_fen: number;
    quantity: number;
    refunded_quantity: number;
    net_fen: number;
    points: number;
    adjustments: Adjustment[];
  }>(
    tx,
    `SELECT id, sku_id, name, unit_price_fen, quantity, refunded_quantity, unit_price_fen * quantity - discount_fen - points_fen AS net_fen,
            points, adjustments
     FROM order_line WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid ORDER BY position`,
    { o: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return rows.map((r) => ({
    id: r.id,
    skuId: r.sku_id,
    name: r.name,
    unitPriceFen: r.unit_price_fen,
    quantity: r.quantity,
    refundedQuantity: r.refunded_quantity,
    netFen: r.net_fen,
    points: r.points,
    adjustments: r.adjustments,
  }));
}

/** Fields a step may set besides the state; null clears, undefined leaves alone. */
export interface StepChanges {
  storeId?: string;
  stock?: OrderView['stock'];
  paidAt?: Date;
  acceptBy?: Date | null;
  pickupDeadline?: Date | null;
  handedOverAt?: Date;
  distanceM?: number;
  rejectStore?: string;
  /**
   * At payment: the order records the basis of its split (settlement reads it at hand-over), in the step's own
   * UPDATE rather than a second one: the shopper's home store as its referring store, and the rule set in force.
   */
  splitBasis?: boolean;
}

const APPLY_STEP_SQL = (settle = '') => `
  WITH ${settle}moved AS (
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
      referring_store_id = CASE WHEN :splitBasis::boolean THEN (SELECT home_store_id FROM shopper WHERE id = customer_order.shopper_id) ELSE referring_store_id END,
      split_rule_set_id = CASE WHEN :splitBasis::boolean
        THEN (SELECT id FROM split_rule_set WHERE status = 'PUBLISHED' AND effective_at <= :at::timestamptz ORDER BY effective_at DESC, version DESC LIMIT 1)
        ELSE split_rule_set_id END,
      updated_at = :at::timestamptz
    WHERE cluster_id = :cluster::text AND id = :id::uuid AND state = :from::text
    RETURNING ${ORDER_COLUMNS}),
  logged AS (
    INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, reason, at, cluster_id)
    SELECT :tid::uuid, id, :from::text, :to::text, :event::text, :loggedStore::uuid, :actor::text, :reason::text, :at::timestamptz, cluster_id
    FROM moved)
  SELECT * FROM moved`;

const APPLY_STEP = APPLY_STEP_SQL();
/** The step that also settles the order's stock (hand-over, cancel, refund): one statement, not two. */
const APPLY_STEP_SETTLING = {
  RELEASE: APPLY_STEP_SQL(`${settleOrderCtes('RELEASE')},\n  `),
  CONSUME: APPLY_STEP_SQL(`${settleOrderCtes('CONSUME')},\n  `),
};

/**
 * Moves a locked order and logs it; the log names the store the order was at when the step happened. `order`
 * becomes the row as the step left it (and is returned): whoever reacts to the step reads it there, not again.
 * With `settle`, the same statement settles what the order holds at its store (its lines less refunds; CONSUME
 * takes the goods off the shelf, RELEASE gives the hold back): a hand-over is one round trip, not two.
 */
export async function applyStep(
  tx: EntityManager,
  order: OrderView,
  step: { to: OrderState; event: OrderEvent | string; actor: string; reason?: string | null; at: Date },
  changes: StepChanges = {},
  settle?: 'RELEASE' | 'CONSUME',
  /** Listeners' reads that go with this statement (common/sql-rider.ts). */
  riders?: readonly SqlRider<unknown>[],
): Promise<OrderView> {
  const rows = await preparedQuery<Record<string, unknown>>(
    tx,
    settle ? APPLY_STEP_SETTLING[settle] : APPLY_STEP,
    {
      ...(settle && settleOrderValues(settle, { storeId: order.storeId, orderId: order.id })),
      id: order.id,
      cluster: order.clusterId,
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
      splitBasis: changes.splitBasis === true,
      at: step.at.toISOString(),
      tid: randomUUID(),
      event: step.event,
      loggedStore: order.storeId,
      actor: step.actor,
      reason: step.reason ?? null,
    },
    riders,
  );
  // The row is locked by this transaction, so the state cannot have moved under us.
  if (rows.length !== 1) throw new Error(`order ${order.id} was not in state ${order.state}`);
  return Object.assign(order, toOrderView(rows[0]!));
}

/** A PICKUP order's new deadline (kept after it passed, under PICKUP_EXPIRY_POLICY=KEEP); the order is locked. */
export async function extendPickupDeadline(tx: EntityManager, order: OrderView, deadline: Date): Promise<void> {
  await preparedQuery(
    tx,
    `UPDATE customer_order SET pickup_deadline = :d::timestamptz WHERE cluster_id = :cluster::text AND id = :id::uuid`,
    {
      cluster: order.clusterId,
      d: deadline.toISOString(),
      id: order.id,
    },
  );
  order.pickupDeadline = deadline;
}

/**
 * Handed-over orders (picked up or delivered) unchanged since `before`, oldest first, after the (updatedAt, id)
 * key given: the auto-complete sweep's batches.
 */
export async function handedOverBefore(
  em: EntityManager,
  before: Date,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<{ id: string; updatedAt: Date }[]> {
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

/**
 * The checkout an order belongs to, whose it is and the state it is in, unlocked: the caller locks the checkout
 * next, then its orders (and checks the state again under the lock).
 */
export async function checkoutOfOrder(
  em: EntityManager,
  orderId: string,
): Promise<Pick<OrderView, 'checkoutId' | 'shopperId' | 'storeId' | 'state'> | undefined> {
  const [row] = await preparedQuery<{ checkout_id: string; shopper_id: string; store_id: string; state: OrderState }>(
    em,
    `SELECT checkout_id, shopper_id, store_id, state FROM customer_order WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    { id: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return row && { checkoutId: row.checkout_id, shopperId: row.shopper_id, storeId: row.store_id, state: row.state };
}

/** The (locked) checkout is cancelled with its orders. */
export async function markCheckoutCancelled(tx: EntityManager, checkoutId: string): Promise<void> {
  await preparedQuery(
    tx,
    `UPDATE checkout SET state = 'CANCELLED' WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    {
      id: checkoutId,
      cluster: clusterOfId(checkoutId) ?? null,
    },
  );
}

/** A re-route found no store: the (locked) order's stock is back at `fromStore`, which it will not go to again. */
export async function markStockReleased(tx: EntityManager, order: OrderView, fromStore: string): Promise<void> {
  await query(
    tx,
    `UPDATE customer_order SET stock = 'RELEASED', rejected_store_ids = rejected_store_ids || :s::uuid WHERE cluster_id = :cluster::text AND id = :id::uuid`,
    { s: fromStore, id: order.id, cluster: order.clusterId },
  );
  order.stock = 'RELEASED';
  order.rejectedStoreIds = [...order.rejectedStoreIds, fromStore];
}

/** WeChat's out_refund_no for our refund id: at most 64 characters, ours are 32. */
export const outRefundNo = (refundId: string) => `RF${refundId.replace(/-/g, '').slice(0, 30)}`;

const INSERT_REFUND = `
  WITH r AS (
    INSERT INTO refund (id, order_id, checkout_id, out_refund_no, amount_fen, lines, restocked, status, reason, actor, created_at, cluster_id)
    VALUES (:id::uuid, :order::uuid, :checkout::uuid, :no, :amount, :lines::jsonb, :restocked, 'PROCESSING', :reason, :actor, :at::timestamptz,
            :cluster::text)),
  l AS (
    UPDATE order_line ol SET refunded_quantity = ol.refunded_quantity + x.quantity
    FROM jsonb_to_recordset(:lines::jsonb) AS x("lineId" uuid, quantity int)
    WHERE ol.cluster_id = :cluster::text AND ol.id = x."lineId" AND ol.order_id = :order::uuid)
  UPDATE customer_order SET refunded_fen = refunded_fen + :amount, updated_at = :at::timestamptz
  WHERE cluster_id = :cluster::text AND id = :order::uuid
  RETURNING ${ORDER_COLUMNS}`;

/** A refund of some lines of the (locked) order, in PROCESSING until the provider confirms it; `order` becomes the row as it left it. */
export async function insertRefund(
  tx: EntityManager,
  order: OrderView,
  r: {
    id: string;
    amountFen: number;
    lines: readonly { lineId: string; quantity: number; amountFen?: number; points?: number }[];
    restocked: boolean;
    reason: string;
    actor: string;
    at: Date;
  },
): Promise<OrderView> {
  const rows = await query<Record<string, unknown>>(tx, INSERT_REFUND, {
    id: r.id,
    order: order.id,
    cluster: order.clusterId,
    checkout: order.checkoutId,
    no: outRefundNo(r.id),
    amount: r.amountFen,
    lines: JSON.stringify(r.lines),
    restocked: r.restocked,
    reason: r.reason,
    actor: r.actor,
    at: r.at.toISOString(),
  });
  return Object.assign(order, toOrderView(rows[0]!));
}
