// No money kept: a cancelled checkout's WeChat trade is closed (after the cancel commits), and a sweep asks WeChat
// about recently cancelled checkouts and refunds any that were paid anyway (the notification lost, or the shopper
// paying in the moment before the close).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WechatTransaction } from './wechatpay/notification';
import { PaymentService, type PaymentDeps, type TransactionOutcome } from './payment.service';
import { checkoutTrade, markReconciled, markTradeClosed, tradesToReconcile } from './trade-reconcile.repository';

/** WeChat asks merchants not to close a trade sooner than 5 minutes after creating it. */
export const CLOSE_NOT_BEFORE_MS = 5 * 60_000;
/** How far back the sweep looks: WeChat retries a notification for about a day; twice that is plenty. */
export const RECONCILE_WINDOW_MS = 48 * 3600_000;
/** After the payment window (WeChat's time_expire) a trade cannot be paid; this much longer covers clock skew. */
const SETTLE_GRACE_MS = 5 * 60_000;
const SWEEP_BATCH = 100;

export type CloseOutcome = 'NOT_CANCELLED' | 'NO_TRADE' | 'CLOSED_ALREADY' | 'CLOSED' | `PAID:${TransactionOutcome}` | { notBefore: Date };

/**
 * Closes the WeChat trade of a cancelled checkout so the shopper can no longer pay it. When WeChat says it was paid
 * meanwhile, the payment is applied as WeChat reports it, which refunds it (the checkout is cancelled).
 * `{ notBefore }` when it is too early to close (the caller retries then).
 */
export async function closeCancelledTrade(em: EntityManager, deps: PaymentDeps, checkoutId: string): Promise<CloseOutcome> {
  const c = await checkoutTrade(em, checkoutId);
  if (!c || c.state !== 'CANCELLED' || c.transactionId) return 'NOT_CANCELLED';
  if (c.tradeClosedAt) return 'CLOSED_ALREADY';
  if (!c.hasTrade) return 'NO_TRADE';
  const notBefore = new Date(c.createdAt.getTime() + CLOSE_NOT_BEFORE_MS);
  if (notBefore > deps.clock.now()) return { notBefore };
  if ((await deps.payments.close(c.outTradeNo)) === 'CLOSED') {
    await markTradeClosed(em, c.id, deps.clock.now());
    return 'CLOSED';
  }
  const trade = await deps.payments.query(c.outTradeNo);
  return `PAID:${await applyPaid(em, deps, trade!, 'QUERY_AT_CLOSE')}`;
}

/**
 * Asks WeChat about every recently cancelled checkout that had a trade and is not settled yet: paid ones are
 * refunded; unpaid ones past their payment window (or closed) are marked reconciled and not asked again. A failed
 * question is left for the next sweep.
 */
export async function reconcileCancelledTrades(
  em: EntityManager,
  deps: PaymentDeps,
): Promise<{ checked: number; refunded: number; settled: number; failed: number }> {
  const now = deps.clock.now();
  const tally = { checked: 0, refunded: 0, settled: 0, failed: 0 };
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const batch = await tradesToReconcile(em, new Date(now.getTime() - RECONCILE_WINDOW_MS), after, SWEEP_BATCH);
    for (const c of batch) {
      tally.checked++;
      let trade: WechatTransaction | undefined;
      try {
        trade = await deps.payments.query(c.outTradeNo);
      } catch (err) {
        tally.failed++;
        console.warn('[payment] reconcile: query failed', c.outTradeNo, (err as Error).message);
        continue;
      }
      if (trade?.trade_state === 'SUCCESS') {
        const outcome = await applyPaid(em, deps, trade, 'QUERY_RECONCILE');
        if (outcome === 'LATE_PAYMENT_REFUNDED') tally.refunded++;
        else if (outcome === 'PAID_AFTER_EXPIRY') tally.settled++;
        else if (outcome !== 'DUPLICATE') tally.failed++;
        continue;
      }
      const final = !trade || trade.trade_state === 'CLOSED' || c.paymentExpiresAt.getTime() + SETTLE_GRACE_MS < now.getTime();
      if (final) {
        await markReconciled(em, c.id, now);
        tally.settled++;
      }
    }
    if (batch.length < SWEEP_BATCH) return tally;
    after = { at: batch.at(-1)!.createdAt, id: batch.at(-1)!.id };
  }
}

function applyPaid(em: EntityManager, deps: PaymentDeps, trade: WechatTransaction, eventType: string): Promise<TransactionOutcome> {
  return new PaymentService(em, deps).applyTransaction(trade, { eventType });
}
