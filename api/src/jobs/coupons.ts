// Coupons given by jobs: the after-purchase gift of a paid checkout, and an HQ batch to a segment. Both are safe to
// run twice (each grant has its key), so bull's at-least-once delivery gives every coupon once.
import { CouponIssuance } from '../modules/promotion/issuance.service';
import type { JobContext } from './job-context';
import type { JobPayloads } from '../common/queues';

export const couponGift = ({ checkoutId }: JobPayloads['coupon-gift'], ctx: JobContext) =>
  new CouponIssuance(ctx.em, ctx).giftAfterPayment(checkoutId);

export const couponBatch = ({ batchId }: JobPayloads['coupon-batch'], ctx: JobContext) => new CouponIssuance(ctx.em, ctx).runBatch(batchId);
