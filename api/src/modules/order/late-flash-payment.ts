// A flash (秒杀) checkout paid after the payment timeout cancelled it: the unit was given back to the item and the
// buyer at the expiry, so the payment takes it again, with the goods, or the money goes back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { lockStock, reserveStock } from '../inventory/reservation.repository';
import { retakeFlashHolds, type FlashRetake } from '../promotion/flash-sale.repository';
import { expiredFlashCheckout, markOrdersStockHeld, savepoint } from './late-payment.repository';
import { lockCheckoutOrders, orderLines } from './order.repository';

export type LateFlashOutcome = 'TAKEN' | 'NOT_EXPIRED_FLASH' | 'OUT_OF_STOCK' | Exclude<FlashRetake, 'TAKEN' | 'NONE'>;

/**
 * In the payment's transaction, the checkout locked (lock order step 1): when it is a flash checkout the payment timeout
 * cancelled, takes again what the expiry gave back: its orders (step 2), their stock at their stores (step 3: every
 * line still held by the order's lines, all or none), then the quota and the buyers' counters (step 5: conditional
 * UPDATE and upsert whose rows are counted, retakeFlashHolds). 'TAKEN' when all of it was taken (the orders hold
 * their stock again; the caller pays them); anything else has written nothing (rolled back to a savepoint) and the
 * caller refunds the payment.
 */
export async function retakeExpiredFlashCheckout(
  tx: EntityManager,
  checkoutId: string,
  actor: string,
  at: Date,
): Promise<LateFlashOutcome> {
  if (!(await expiredFlashCheckout(tx, checkoutId))) return 'NOT_EXPIRED_FLASH';
  const orders = await lockCheckoutOrders(tx, checkoutId);
  const holds = [];
  for (const order of orders) {
    const lines = (await orderLines(tx, order.id)).filter((l) => l.quantity > l.refundedQuantity);
    holds.push({ order, lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity - l.refundedQuantity })) });
  }
  await savepoint(tx, 'SET');
  const refused = async (why: LateFlashOutcome): Promise<LateFlashOutcome> => {
    await savepoint(tx, 'ROLLBACK');
    return why;
  };
  await lockStock(
    tx,
    // One checkout's orders: one cluster.
    holds[0]?.order.clusterId ?? '',
    holds.flatMap((h) => h.lines.map((l) => ({ storeId: h.order.storeId, skuId: l.skuId }))),
  );
  for (const h of [...holds].sort((a, b) => (a.order.storeId < b.order.storeId ? -1 : a.order.storeId > b.order.storeId ? 1 : 0))) {
    if (!h.lines.length) continue;
    const short = await reserveStock(tx, {
      clusterId: h.order.clusterId,
      storeId: h.order.storeId,
      lines: h.lines,
      orderRef: h.order.id,
      actor,
      at,
    });
    if (short) return refused('OUT_OF_STOCK');
  }
  const retake = await retakeFlashHolds(tx, checkoutId);
  if (retake !== 'TAKEN') return refused(retake === 'NONE' ? 'NOT_EXPIRED_FLASH' : retake);
  await markOrdersStockHeld(
    tx,
    orders.map((o) => o.id),
  );
  await savepoint(tx, 'RELEASE');
  return 'TAKEN';
}
