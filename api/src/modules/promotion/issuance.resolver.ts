// Coupons given besides the coupon centre, over GraphQL: HQ makes and exports redemption codes and issues batches to
// a segment; a shopper redeems a code. (新人券 and the after-purchase gift need no call: sign-in and payment give them.)
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorName, Role } from '../../common/viewer';
import type { Context } from './promotion.context';
import { CouponBatch, CouponBatchResult, RedeemCodeResult, RedemptionCodesResult, SegmentInput } from './issuance.types';

@Resolver()
export class CouponIssuanceResolver {
  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => RedemptionCodesResult, {
    description: '兑换码: makes `count` (1..10000) single-use codes for a coupon template issued by HQ; answers the first page to export',
  })
  generateRedemptionCodes(@Arg('promotionId', () => ID) promotionId: string, @Arg('count', () => Int) count: number, @Ctx() ctx: Context) {
    return ctx.services.couponIssuance.generateCodes(promotionId, count);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => RedemptionCodesResult, { description: "A template's codes in the order made, 1,000 a page, with CSV for printing" })
  redemptionCodes(
    @Arg('promotionId', () => ID) promotionId: string,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.couponIssuance.exportCodes(promotionId, after ?? null);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => RedeemCodeResult, { description: 'Redeem a 兑换码: a code works once; wrong codes are limited per shopper and hour' })
  redeemCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.services.couponIssuance.redeem((ctx.viewer as { shopperId: string }).shopperId, code.slice(0, 40));
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => CouponBatchResult, {
    description: 'Issues a coupon template (issued by HQ) to a segment, as a job: one coupon per shopper at most, never past its limits',
  })
  issueCouponBatch(
    @Arg('promotionId', () => ID) promotionId: string,
    @Arg('segment', () => SegmentInput) segment: SegmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.couponIssuance.startBatch(promotionId, segment, actorName(ctx.viewer));
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => Int, { description: 'How many shoppers a batch to this segment would reach now (before sending)' })
  couponSegmentSize(@Arg('segment', () => SegmentInput) segment: SegmentInput, @Ctx() ctx: Context) {
    return ctx.services.couponIssuance.previewSegment(segment);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [CouponBatch], { description: "A template's batches, newest first (at most 50)" })
  couponBatches(@Arg('promotionId', () => ID) promotionId: string, @Ctx() ctx: Context) {
    return ctx.services.couponIssuance.batches(promotionId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => CouponBatch, { nullable: true, description: 'A batch as it stands: shoppers reached and coupons given so far' })
  couponBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.couponIssuance.batch(id);
  }
}
