// No money kept: close a cancelled checkout's WeChat trade (queued when the cancel commits), and the sweep that asks
// WeChat about recently cancelled checkouts and refunds any paid anyway.
import { closeCancelledTrade, reconcileCancelledTrades } from '../modules/payment/trade-reconcile';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';

export async function paymentClose({ checkoutId }: JobPayloads['payment-close'], ctx: JobContext): Promise<string> {
  const outcome = await closeCancelledTrade(ctx.em, ctx, checkoutId);
  if (typeof outcome === 'object') throw new NotDueYet(msUntil(outcome.notBefore, ctx.clock.now()));
  return outcome;
}

export async function paymentReconcileSweep(_payload: JobPayloads['payment-reconcile-sweep'], ctx: JobContext): Promise<string> {
  const t = await reconcileCancelledTrades(ctx.em, ctx);
  return `checked ${t.checked}, refunded ${t.refunded}, settled ${t.settled}, failed ${t.failed}`;
}
