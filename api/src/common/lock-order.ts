// The one order in which every transaction takes its row locks, and the helpers that take them in that order.
//
// Two transactions can only deadlock when each waits for a lock the other holds, which takes two locks taken in
// opposite orders. So every path that holds more than one lock at a time takes them in this order:
//
//   1. CHECKOUT     the checkout row (payment, cancel): one per transaction.
//   2. ORDER        order rows, in id order (all orders of a checkout in one statement).
//                   Rows that belong to one order (its lines, pickup code, refunds, log, ledger postings, points)
//                   are only ever touched under that order's lock, so they need no place of their own.
//   3. STOCK        store_stock rows, in (store_id, sku_id) order. A transaction that touches stock at more than
//                   one store (re-routing: released at one, held at the next; cancelling a split checkout) locks
//                   every row it may touch in ONE statement first (lockStock), then changes them; a single-store
//                   step may let its stock statement lock its rows (they are locked in sku order there).
//
// Never wait for a lock of an earlier kind while holding a later one: a path that needs the checkout must lock it
// before its orders (the shopper's cancel used to lock the order, then the checkout, while the payment webhook
// locked the checkout, then its orders). A checkout being placed locks only stock (its own rows are new).
//
// Outside this order, and never held together with it: a shopper row (home store binding), a rule set's version
// lock (publishing), single-row stock adjustments.
//
// In development and tests every helper here checks the order it is asked to follow and throws when a path breaks
// it, so a test over a path catches a wrong order even when no other transaction happened to collide.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery, query } from './sql';

export enum LockKind {
  CHECKOUT = 1,
  ORDER = 2,
  STOCK = 3,
}

/** Thrown (outside production) when a path asks for a lock out of the global order. */
export class LockOrderViolation extends Error {}

interface Held {
  /** The latest kind locked so far: nothing of an earlier kind may be locked any more. */
  kind: LockKind;
  /** Per kind, the keys held (checkout ids, order ids, "store:sku") and the greatest of them. */
  keys: Map<LockKind, Set<string>>;
  last: Map<LockKind, string>;
}

// Per open transaction (its context object), what it holds so far; gone with the transaction.
const held = new WeakMap<object, Held>();
const enforce = process.env.NODE_ENV !== 'production';

/**
 * Records that the transaction `tx` is about to lock `keys` of `kind`, after checking that this follows the global
 * order: nothing of an earlier kind once a later one is held, and within the latest kind only keys after those held.
 * Locking a row again that the transaction holds never waits, so it is always allowed. Outside a transaction (one
 * statement locks in its own order) there is nothing to check.
 */
export function claim(tx: EntityManager, kind: LockKind, keys: readonly string[]): void {
  const ctx = tx.getTransactionContext<object>();
  if (!ctx || typeof ctx !== 'object') return;
  let state = held.get(ctx);
  if (!state) held.set(ctx, (state = { kind, keys: new Map(), last: new Map() }));
  const mine = state.keys.get(kind) ?? new Set<string>();
  const fresh = [...new Set(keys)].filter((k) => !mine.has(k)).sort();
  if (!fresh.length) return;
  const last = state.last.get(kind);
  const broken = kind < state.kind ? `${LockKind[kind]} after ${LockKind[state.kind]}` : last !== undefined && fresh[0]! < last ? `${LockKind[kind]} ${fresh[0]} after ${last}` : '';
  if (broken) {
    const message = `lock order broken: ${broken} (see common/lock-order.ts)`;
    if (enforce) throw new LockOrderViolation(message);
    console.error(`[locks] ${message}`);
  }
  for (const k of fresh) mine.add(k);
  state.keys.set(kind, mine);
  if (last === undefined || fresh.at(-1)! > last) state.last.set(kind, fresh.at(-1)!);
  if (kind > state.kind) state.kind = kind;
}

export interface LockedCheckout {
  id: string;
  state: string;
  totalFen: number;
  transactionId: string | null;
  outTradeNo: string;
  /** A trade was opened at WeChat (prepay asked for): cancelling must close it. */
  hasTrade: boolean;
}

const CHECKOUT_COLUMNS = `id, state, total_fen, transaction_id, out_trade_no, prepay_id IS NOT NULL AS has_trade`;
const LOCK_CHECKOUT_BY_ID = `SELECT ${CHECKOUT_COLUMNS} FROM checkout WHERE id = :key::uuid FOR UPDATE`;
const LOCK_CHECKOUT_BY_TRADE = `SELECT ${CHECKOUT_COLUMNS} FROM checkout WHERE out_trade_no = :key FOR UPDATE`;

/** Step 1: the checkout row, by id or by WeChat's out_trade_no. */
export async function lockCheckout(tx: EntityManager, by: { id: string } | { outTradeNo: string }): Promise<LockedCheckout | undefined> {
  const byId = 'id' in by;
  claim(tx, LockKind.CHECKOUT, [byId ? by.id : `trade:${by.outTradeNo}`]);
  const [r] = await preparedQuery<{ id: string; state: string; total_fen: number; transaction_id: string | null; out_trade_no: string; has_trade: boolean }>(
    tx,
    byId ? LOCK_CHECKOUT_BY_ID : LOCK_CHECKOUT_BY_TRADE,
    { key: byId ? by.id : by.outTradeNo },
  );
  return r && { id: r.id, state: r.state, totalFen: r.total_fen, transactionId: r.transaction_id, outTradeNo: r.out_trade_no, hasTrade: r.has_trade };
}

/** Step 2 is in order.repository (lockOrder, lockCheckoutOrders), which claims ORDER here first. */
export function claimOrders(tx: EntityManager, orderIds: readonly string[]): void {
  claim(tx, LockKind.ORDER, orderIds);
}

export interface StockKey {
  storeId: string;
  skuId: string;
}

const LOCK_STOCK = `
  SELECT ss.store_id FROM store_stock ss
  WHERE (ss.store_id, ss.sku_id) IN (SELECT * FROM unnest(:stores::uuid[], :skus::uuid[]))
  ORDER BY ss.store_id, ss.sku_id
  FOR UPDATE`;

/**
 * Step 3: every stock row the transaction may touch, in (store, SKU) order, in one statement. Rows that do not exist
 * are skipped (a store without the SKU cannot hold it). The stock statements that follow lock them again, which
 * does not wait.
 */
export async function lockStock(tx: EntityManager, keys: readonly StockKey[]): Promise<void> {
  if (!keys.length) return;
  claim(tx, LockKind.STOCK, keys.map(stockKey));
  await preparedQuery(tx, LOCK_STOCK, { stores: pgArray(keys.map((k) => k.storeId)), skus: pgArray(keys.map((k) => k.skuId)) });
}

const LOCK_ORDERS_STOCK = `
  SELECT ss.store_id, ss.sku_id FROM store_stock ss
  WHERE (ss.store_id, ss.sku_id) IN (
    SELECT o.store_id, ol.sku_id FROM customer_order o JOIN order_line ol ON ol.order_id = o.id
    WHERE o.id = ANY(:orders::uuid[]) AND o.stock = 'HELD')
  ORDER BY ss.store_id, ss.sku_id
  FOR UPDATE`;

/** Step 3 for orders already locked: the stock rows they hold, at their stores, in one statement. */
export async function lockOrdersStock(tx: EntityManager, orderIds: readonly string[]): Promise<void> {
  if (!orderIds.length) return;
  const rows = await query<{ store_id: string; sku_id: string }>(tx, LOCK_ORDERS_STOCK, { orders: pgArray(orderIds) });
  // Claimed after the fact (the keys come from the statement), still before any stock is changed.
  claim(tx, LockKind.STOCK, rows.map((r) => stockKey({ storeId: r.store_id, skuId: r.sku_id })));
}

/** Stock statements that lock their own rows (one store's, in sku order) claim them here first. */
export function claimStock(tx: EntityManager, storeId: string, skuIds: readonly string[]): void {
  claim(tx, LockKind.STOCK, skuIds.map((skuId) => stockKey({ storeId, skuId })));
}

const stockKey = (k: StockKey) => `${k.storeId.toLowerCase()}:${k.skuId.toLowerCase()}`;
