// Sends a recorded refund to the payment provider and records the answer; a refund still processing is
// asked about again a minute later (the provider treats the same out_refund_no as the same refund).
import { query } from '../common/sql';
import { Checkout, Refund, RefundStatus } from '../modules/order/order.entity';
import type { JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';

export async function refundSubmit({ refundId }: JobPayloads['refund-submit'], ctx: JobContext): Promise<string> {
  const refund = await ctx.em.findOne(Refund, { id: refundId });
  if (!refund || refund.status !== RefundStatus.PROCESSING) return 'settled already';
  const checkout = await ctx.em.findOneOrFail(Checkout, { id: refund.checkoutId });
  const result = await ctx.payments.refund({
    outTradeNo: checkout.outTradeNo,
    outRefundNo: refund.outRefundNo,
    refundFen: refund.amountFen,
    totalFen: checkout.paidFen ?? checkout.totalFen,
    reason: refund.reason,
  });
  if (result.status === 'PROCESSING') {
    await query(ctx.em, `UPDATE refund SET provider_refund_id = :p WHERE id = :id::uuid`, { p: result.providerRefundId, id: refundId });
    throw new NotDueYet(60_000);
  }
  const failed = result.status === 'FAILED';
  if (failed) console.error('[refund] provider refused', refund.outRefundNo, result.message);
  await query(ctx.em, `UPDATE refund SET status = :s, provider_refund_id = :p, completed_at = :at::timestamptz WHERE id = :id::uuid AND status = 'PROCESSING'`, {
    s: failed ? RefundStatus.FAILED : RefundStatus.SUCCEEDED,
    p: failed ? null : result.providerRefundId,
    at: ctx.clock.now().toISOString(),
    id: refundId,
  });
  return failed ? `failed: ${result.message}` : 'succeeded';
}
