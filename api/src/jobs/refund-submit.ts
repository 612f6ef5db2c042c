// Sends a recorded refund to the payment provider and records the answer; a refund still processing is
// asked about again a minute later (the provider treats the same out_refund_no as the same refund).
import { Checkout, Refund, RefundStatus } from '../modules/order/order.entity';
import { setProviderRefundId, settleRefund } from '../modules/payment/payment.repository';
import type { JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { clusterFilter } from '../common/cluster';

export async function refundSubmit({ refundId }: JobPayloads['refund-submit'], ctx: JobContext): Promise<string> {
  const refund = await ctx.em.findOne(Refund, { ...clusterFilter([refundId]), id: refundId });
  if (!refund || refund.status !== RefundStatus.PROCESSING) return 'settled already';
  const checkout = await ctx.em.findOneOrFail(Checkout, { clusterId: refund.clusterId, id: refund.checkoutId });
  if (checkout.tender === 'CASH' || checkout.tender === 'CARD') {
    // Paid at the counter in cash or by a card terminal: the clerk gives the money back there, no provider holds it.
    await settleRefund(ctx.em, refundId, { status: RefundStatus.SUCCEEDED, providerRefundId: null, at: ctx.clock.now() });
    return `handed back at the counter (${checkout.tender.toLowerCase()})`;
  }
  const result = await ctx.payments.refund({
    outTradeNo: checkout.outTradeNo,
    outRefundNo: refund.outRefundNo,
    refundFen: refund.amountFen,
    totalFen: checkout.paidFen ?? checkout.totalFen,
    reason: refund.reason,
  });
  if (result.status === 'PROCESSING') {
    await setProviderRefundId(ctx.em, refundId, result.providerRefundId ?? null);
    throw new NotDueYet(60_000);
  }
  const failed = result.status === 'FAILED';
  if (failed) console.error('[refund] provider refused', refund.outRefundNo, result.message);
  await settleRefund(ctx.em, refundId, {
    status: failed ? RefundStatus.FAILED : RefundStatus.SUCCEEDED,
    providerRefundId: failed ? null : (result.providerRefundId ?? null),
    at: ctx.clock.now(),
  });
  return failed ? `failed: ${result.message}` : 'succeeded';
}
