// Sends a 付费会员 refund HQ recorded to the payment provider and records its answer, as refund-submit does for
// orders: queued through the outbox in the refund's own transaction, retried with backoff when the provider cannot be
// reached, asked again a minute later while it is still processing (the same out_refund_no is the same refund).
import { pendingRefund, settlePurchaseRefund } from '../modules/member/paid-plan.repository';
import type { JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';

export async function membershipRefundSubmit({ purchaseId }: JobPayloads['membership-refund-submit'], ctx: JobContext): Promise<string> {
  const refund = await pendingRefund(ctx.em, purchaseId);
  if (!refund) return 'settled already';
  if (refund.refundFen === 0) {
    await settlePurchaseRefund(ctx.em, purchaseId, 'SUCCEEDED');
    return 'nothing to give back';
  }
  // A provider fault throws: bull backs off and asks again with the same out_refund_no.
  const result = await ctx.payments.refund({
    outTradeNo: refund.outTradeNo,
    outRefundNo: refund.outRefundNo,
    refundFen: refund.refundFen,
    totalFen: refund.priceFen,
    reason: '付费会员退款',
  });
  if (result.status === 'PROCESSING') throw new NotDueYet(60_000);
  if (result.status === 'FAILED') console.error('[membership] provider refused the refund', refund.outRefundNo, result.message);
  await settlePurchaseRefund(ctx.em, purchaseId, result.status);
  return result.status === 'FAILED' ? `failed: ${result.message}` : 'succeeded';
}
