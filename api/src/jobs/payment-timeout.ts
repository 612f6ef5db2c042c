// An unpaid checkout at the end of its payment window: cancel the orders and release their stock; the WeChat trade
// is closed once that has committed (payment-close). WeChat is asked first: a payment whose notification has not
// arrived is applied instead. If WeChat cannot be asked, the checkout is cancelled all the same (the stock must not
// wait on WeChat), and a payment found later by the close or the reconcile sweep is refunded.
import { Checkout, CheckoutState } from '../modules/order/order.entity';
import { OrderSteps } from '../modules/order/order-steps';
import { PaymentService } from '../modules/payment/payment.service';
import type { WechatTransaction } from '../modules/payment/wechatpay/notification';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { clusterFilter } from '../common/cluster';

export async function paymentTimeout({ checkoutId }: JobPayloads['payment-timeout'], ctx: JobContext): Promise<string> {
  const checkout = await ctx.em.findOne(Checkout, { ...clusterFilter([checkoutId]), id: checkoutId });
  if (!checkout || checkout.state !== CheckoutState.PENDING_PAYMENT) return 'settled already';
  const wait = msUntil(checkout.paymentExpiresAt, ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  if (checkout.prepayId) {
    let trade: WechatTransaction | undefined;
    try {
      trade = await ctx.payments.query(checkout.outTradeNo);
    } catch (err) {
      console.warn(
        '[payment] timeout: WeChat could not be asked; cancelling, the close will settle it',
        checkout.outTradeNo,
        (err as Error).message,
      );
    }
    if (trade?.trade_state === 'SUCCESS') {
      const outcome = await new PaymentService(ctx.em, ctx).applyTransaction(trade, { eventType: 'QUERY_AT_TIMEOUT' });
      return `paid meanwhile: ${outcome}`;
    }
  }
  const cancelled = await new OrderSteps(ctx.em, ctx).cancelCheckout(
    checkoutId,
    { kind: 'SYSTEM', name: 'system:payment-timeout' },
    'not paid in time',
  );
  return cancelled ? 'cancelled' : 'settled already';
}
