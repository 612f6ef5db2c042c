// What a flash checkout needs from the database: the item it asks for (read and checked before pricing), then, in
// the placing transaction, the quota and the buyers' counters taken; and the holds an unpaid end gives back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from '../../common/sql';
import { flashItemById, takeFlashQuota, type FlashItemView, type FlashTakeOutcome } from './flash-sale.repository';
import { FlashProblem } from './flash-sale.types';

export { releaseFlashHolds } from './flash-sale.repository';

/** Who a flash take counts against: the shopper, and the device when the app names one (against scripted buying). */
export function flashBuyers(shopperId: string, deviceId: string | null | undefined): string[] {
  return [`shopper:${shopperId}`, ...(deviceId ? [`device:${deviceId}`] : [])];
}

/**
 * The item a checkout asks for, when it can be bought now in these quantities: the session live and running, the
 * cart holding its SKU within the per-order and per-user limits. Where the goods go is checked once routed.
 */
export async function flashItemFor(
  em: EntityManager,
  itemId: string,
  now: Date,
  lines: readonly { skuId: string; quantity: number }[],
  /** How the item is read (the flash door keeps it a moment); by default from PostgreSQL. */
  read: (itemId: string) => Promise<FlashItemView | undefined> = (id) => flashItemById(em, id),
): Promise<FlashItemView | FlashProblem> {
  const item = UUID.test(itemId) ? await read(itemId) : undefined;
  if (!item) return FlashProblem.NOT_FOUND;
  if (item.session_state !== 'LIVE' || now >= new Date(item.ends_at)) return FlashProblem.ENDED;
  if (now < new Date(item.starts_at)) return FlashProblem.NOT_STARTED;
  const quantity = lines.filter((l) => l.skuId === item.sku_id).reduce((s, l) => s + l.quantity, 0);
  if (quantity === 0) return FlashProblem.NOT_IN_CART;
  if (quantity > item.per_order_limit) return FlashProblem.ORDER_LIMIT;
  if (quantity > item.per_user_limit) return FlashProblem.LIMIT_REACHED;
  if (item.sold >= item.quota) return FlashProblem.SOLD_OUT;
  return item;
}

/** Units of the item PostgreSQL has left now (the flash door's hint), or null for no such item. */
export async function flashRemaining(em: EntityManager, itemId: string): Promise<number | null> {
  const item = UUID.test(itemId) ? await flashItemById(em, itemId) : undefined;
  return item ? item.quota - item.sold : null;
}

/** Thrown inside the placing transaction to undo it when the flash take was refused. */
export class FlashGone extends Error {
  constructor(readonly problem: FlashProblem | 'CHANGED') {
    super(`checkout: the flash take was refused (${problem})`);
  }
}

/**
 * The quota and the counters, in the placing transaction after its stock and slots (common/lock-order.ts, step 5,
 * before the coupon): throws FlashGone when refused, so all of the checkout rolls back. Answers whether the buyers
 * have now reached their limit (the gate turns them away early from then on).
 */
export async function takeFlash(
  tx: EntityManager,
  t: { checkoutId: string; itemId: string; quantity: number; priceFen: number; buyers: string[]; at: Date },
): Promise<{ buyersDone: boolean }> {
  const took = await takeFlashQuota(tx, t);
  if (took.kind === 'TAKEN') return { buyersDone: took.taken >= took.perUserLimit };
  throw new FlashGone(flashProblemOf(took.kind));
}

/** The shopper's answer to a refused take ('CHANGED': the price moved, the checkout is priced afresh). */
export function flashProblemOf(refused: Exclude<FlashTakeOutcome['kind'], 'TAKEN'>): FlashProblem | 'CHANGED' {
  return refused === 'NOT_LIVE' ? FlashProblem.ENDED : refused === 'CHANGED' ? 'CHANGED' : FlashProblem[refused];
}
