// An unpaid checkout at the end of its payment window: close the WeChat trade first, so it can no longer be
// paid, then cancel the orders and release their stock. If the close finds it paid, apply the payment instead.
import { Checkout, CheckoutState } from '../modules/order/order.entity';
import { OrderSteps } from '../modules/order/order-steps';
import { PaymentService } from '../modules/payment/payment.service';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from './queues';

export async function paymentTimeout({ checkoutId }: JobPayloads['payment-timeout'], ctx: JobContext): Promise<string> {
  const checkout = await ctx.em.findOne(Checkout, { id: checkoutId });
  if (!checkout || checkout.state !== CheckoutState.PENDING_PAYMENT) return 'settled already';
  const wait = msUntil(checkout.paymentExpiresAt, ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  if (checkout.prepayId) {
    const closed = await ctx.payments.close(checkout.outTradeNo);
    if (closed === 'ALREADY_PAID') {
      const trade = await ctx.payments.query(checkout.outTradeNo);
      const outcome = await new PaymentService(ctx.em, ctx).applyTransaction(trade!, { eventType: 'QUERY_AT_TIMEOUT' });
      return `paid meanwhile: ${outcome}`;
    }
  }
  const cancelled = await new OrderSteps(ctx.em, ctx).cancelCheckout(checkoutId, { kind: 'SYSTEM', name: 'system:payment-timeout' }, 'not paid in time');
  return cancelled ? 'cancelled' : 'settled already';
}
