// The one order in which every transaction takes its row locks, and the check every lock helper runs first. The
// helpers themselves (their SQL) live in the repositories of the rows they lock: lockCheckout, lockOrder and
// lockCheckoutOrders in order.repository, lockStock and lockOrdersStock in reservation.repository, lockSlots in
// slots.repository.
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
//   4. SLOT         pickup_slot rows (the places counter of a store's slot), in (store_id, starts_at) order: a
//                   checkout claims its orders' places after holding their stock; a re-route gives the place back
//                   at one store and takes one at the next, so it locks both rows in ONE statement first (lockSlots);
//                   a cancel or refund gives one back. The order's own claim row belongs to the order (step 2).
//
//   5. PROMOTIONS   a checkout that uses promotions, after its stock and slots: a flash sale's take rows (its buyers,
//                   in order) then its item row (one statement: takeFlashQuota; an unpaid end gives them back in the
//                   same order, before the coupon: releaseFlashHolds; a payment after the expiry takes them again
//                   after the orders' stock: retakeFlashHolds), then its coupon row (one), campaign rows
//                   with a budget in id order (one statement: takeCouponAndBudgets, coupon-budget.repository), then the
//                   shopper's points lock (a transaction-scoped advisory lock, redeemPoints, promotion.repository). A
//                   checkout with no slot, points or group takes the flash rows, the coupon and the budgets in its
//                   placing statement instead (FLASH_TAKE, PROMOTION_TAKE), each gated on the one before, in the same
//                   order after its stock rows. A claim is one
//                   statement that takes the shopper's claim row, then the template's row, and nothing else.
//   6. GROUP       拼团: a group_buy_group row (one). Placing takes a place after its promotions (joinGroup); an
//                   unpaid end gives it back after them (leaveGroup); a member's payment counts itself paid after
//                   its orders (memberPaid). Forming a group (the last payment, or the deadline) then locks the
//                   group's paid orders still AWAITING_GROUP, in id order (lockWaitingGroupOrders): an exception to
//                   step 2, safe because only the group's own row lock reaches those orders while they wait (their
//                   payers committed before the group row was theirs; an unpaid member's order is not matched, so its
//                   own payment or cancel is never waited for), and refunds of a failed group take no group lock.
//                   Opening a new group holds its offer row FOR SHARE (openGroup) as its last lock; HQ's edit of an
//                   offer (editOffer) holds the offer FOR UPDATE and takes nothing else, so it only ever waits.
//
// Never wait for a lock of an earlier kind while holding a later one: a path that needs the checkout must lock it
// before its orders (the shopper's cancel used to lock the order, then the checkout, while the payment webhook
// locked the checkout, then its orders). A checkout being placed locks stock, then its orders' slots (its own rows are new).
//
// Outside this order, and never held together with it: a shopper row (home store binding), a rule set's version
// lock (publishing), single-row stock adjustments.
//
// In development and tests every lock helper checks the order it is asked to follow and throws when a path breaks
// it, so a test over a path catches a wrong order even when no other transaction happened to collide.
import type { EntityManager } from '@mikro-orm/postgresql';

export enum LockKind {
  CHECKOUT = 1,
  ORDER = 2,
  STOCK = 3,
  SLOT = 4,
}

/** Step 1 (order.repository's lockCheckout): by id, or by WeChat's out_trade_no when that is all a caller has. */
export function claimCheckout(tx: EntityManager, by: { id: string } | { outTradeNo: string }): void {
  claim(tx, LockKind.CHECKOUT, ['id' in by ? by.id : `trade:${by.outTradeNo}`]);
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
  const broken =
    kind < state.kind
      ? `${LockKind[kind]} after ${LockKind[state.kind]}`
      : last !== undefined && fresh[0]! < last
        ? `${LockKind[kind]} ${fresh[0]} after ${last}`
        : '';
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

/** Step 2 is in order.repository (lockOrder, lockCheckoutOrders), which claims ORDER here first. */
export function claimOrders(tx: EntityManager, orderIds: readonly string[]): void {
  claim(tx, LockKind.ORDER, orderIds);
}

export interface StockKey {
  storeId: string;
  skuId: string;
}

/** Step 3 for rows whose keys are known (reservation.repository's lockStock), or found by the locking statement. */
export function claimStockKeys(tx: EntityManager, keys: readonly StockKey[]): void {
  claim(tx, LockKind.STOCK, keys.map(stockKey));
}

/** Stock statements that lock their own rows (one store's, in sku order) claim them here first. */
export function claimStock(tx: EntityManager, storeId: string, skuIds: readonly string[]): void {
  claim(
    tx,
    LockKind.STOCK,
    skuIds.map((skuId) => stockKey({ storeId, skuId })),
  );
}

const stockKey = (k: StockKey) => `${k.storeId.toLowerCase()}:${k.skuId.toLowerCase()}`;

export interface SlotKey {
  storeId: string;
  startsAt: Date;
}

/** Step 4 (slots.repository): the slot rows a path is about to lock or change, before it does. */
export function claimSlots(tx: EntityManager, keys: readonly SlotKey[]): void {
  // ISO strings of one length sort in time order, so the keys sort as (store_id, starts_at) do.
  claim(
    tx,
    LockKind.SLOT,
    keys.map((k) => `${k.storeId.toLowerCase()}:${k.startsAt.toISOString()}`),
  );
}
