// 付费会员 bought by the shopper and refunded by HQ; each body is one service call.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver, createUnionType } from 'type-graphql';
import { actorName, Role } from '../../common/viewer';
import { MembershipPaymentParams, MembershipPlanNotFoundError, RefundMembershipResult } from '../member/paid-plan.types';
import { PaymentUnavailableError } from '../order/order.errors';
import type { Context } from './payment.context';

const BuyMembershipResult = createUnionType({
  name: 'BuyMembershipResult',
  types: () => [MembershipPaymentParams, MembershipPlanNotFoundError, PaymentUnavailableError] as const,
});

@Resolver()
export class MembershipPurchaseResolver {
  @Authorized(Role.SHOPPER)
  @Mutation(() => BuyMembershipResult, {
    description: '付费会员: parameters for wx.requestPayment; the membership starts (or extends) when WeChat confirms the payment',
  })
  buyMembershipPlan(@Arg('planId', () => ID) planId: string, @Ctx() ctx: Context) {
    return ctx.services.membershipPurchase.buy((ctx.viewer as { shopperId: string }).shopperId, planId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => RefundMembershipResult, {
    description:
      "Refunds a member's paid membership: it ends now; each purchase gives back its unused whole days' share, floored to the fen",
  })
  refundMembership(@Arg('shopperId', () => ID) shopperId: string, @Ctx() ctx: Context) {
    return ctx.services.membershipPurchase.refund(shopperId, actorName(ctx.viewer));
  }
}
