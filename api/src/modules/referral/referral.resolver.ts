// Referral over GraphQL: shoppers and clerks promote, buyers are bound, shoppers withdraw; HQ sets rates and the
// window, reviews withdrawals and reads the report.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './referral.context';
import type { PromoterRow } from './referral.repository';
import {
  BindReferralResult,
  CommissionReportRow,
  CommissionRule,
  CommissionRuleInput,
  CommissionWithdrawal,
  Promoter,
  PromoterCentre,
  PromoterState,
  ShareCodeResult,
  ShareScene,
  StaffLinkCode,
  WithdrawalResult,
  WithdrawalState,
} from './referral.types';

const limit = (n: number) => Math.min(Math.max(n, 1), 100);

async function centreOf(ctx: Context, promoter: PromoterRow): Promise<PromoterCentre> {
  const figures = await ctx.services.referral.centre(promoter);
  return { promoter, ...figures, sharePath: `pages/home/index?ref=${promoter.code}` } as PromoterCentre;
}

@Resolver()
export class ReferralResolver {
  @Authorized(Role.SHOPPER, Role.CLERK)
  @Query(() => PromoterCentre, { nullable: true, description: '推广中心 (null until you join); a clerk sees their 导购 figures' })
  async promoterCentre(@Ctx() ctx: Context) {
    const mine = await ctx.services.referral.myPromoter(ctx.viewer);
    return mine ? centreOf(ctx, mine) : null;
  }

  @Authorized(Role.SHOPPER, Role.CLERK)
  @Mutation(() => PromoterCentre, { description: 'Join as a promoter: free, no purchase, no recruiting pay; idempotent' })
  async becomePromoter(@Ctx() ctx: Context) {
    return centreOf(ctx, await ctx.services.referral.becomePromoter(ctx.viewer));
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => BindReferralResult, { description: "The buyer opened a promoter's share (scene / ?ref=)" })
  bindReferral(@Ctx() ctx: Context, @Arg('code', () => String) code: string) {
    return ctx.services.referral.bind(ctx.viewer, code);
  }

  @Authorized(Role.SHOPPER, Role.CLERK)
  @Mutation(() => ShareCodeResult, {
    description: "The viewer's share of a product or a store (a clerk's own store when neither is named): card path, H5 link, 小程序码",
  })
  shareCode(
    @Ctx() ctx: Context,
    @Arg('productId', () => ID, { nullable: true }) productId?: string | null,
    @Arg('storeId', () => ID, { nullable: true }) storeId?: string | null,
  ) {
    return ctx.services.shareCodes.shareCode(ctx.viewer, { productId, storeId });
  }

  @Query(() => ShareScene, { nullable: true, description: "What a mini-program code's scene opens; null when it names no live share" })
  shareScene(@Ctx() ctx: Context, @Arg('scene', () => String) scene: string) {
    return ctx.services.shareCodes.scene(scene.slice(0, 64));
  }

  @Authorized(Role.CLERK)
  @Mutation(() => String, {
    description: "A clerk's code (10 minutes) that links their own shopper account when scanned in the mini-program",
  })
  staffLinkToken(@Ctx() ctx: Context) {
    return ctx.services.referral.staffLinkToken(ctx.viewer);
  }

  @Authorized(Role.CLERK)
  @Mutation(() => StaffLinkCode, { description: 'staffLinkToken as the store app shows it: the token, its link and QR, when it expires' })
  staffLinkCode(@Ctx() ctx: Context) {
    return ctx.services.referral.staffLinkCode(ctx.viewer);
  }

  @Authorized(Role.CLERK)
  @Query(() => Boolean, { description: 'Whether the clerk has linked their own shopper account (their WeChat)' })
  staffAccountLinked(@Ctx() ctx: Context) {
    return ctx.services.referral.staffAccountLinked(ctx.viewer);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => Boolean, {
    description: "Makes this shopper account the clerk's own: it earns no 导购 commission; false when another clerk's",
  })
  linkStaffAccount(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return ctx.services.referral.linkStaffAccount(ctx.viewer, token.slice(0, 200));
  }

  @Authorized(Role.SHOPPER)
  @Query(() => Boolean, { description: "Whether a promoter's share binds you now" })
  referralBound(@Ctx() ctx: Context) {
    return ctx.services.referral.boundNow(ctx.viewer);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => WithdrawalResult, { description: 'Withdraw from the available balance to WeChat change (HQ reviews)' })
  requestCommissionWithdrawal(@Ctx() ctx: Context, @Arg('amountFen', () => Int) amountFen: number) {
    return ctx.services.referral.requestWithdrawal(ctx.viewer, amountFen);
  }

  @Authorized(Role.SHOPPER, Role.CLERK)
  @Query(() => [CommissionWithdrawal])
  myCommissionWithdrawals(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.services.referral.myWithdrawals(ctx.viewer, limit(first));
  }

  // ---- HQ

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [CommissionRule])
  commissionRules(@Ctx() ctx: Context) {
    return ctx.services.referral.rules();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => [CommissionRule], { description: 'Sets the rate of a category or a product (a product rule wins)' })
  setCommissionRule(@Ctx() ctx: Context, @Arg('input', () => CommissionRuleInput) input: CommissionRuleInput) {
    return ctx.services.referral.setRule(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => [CommissionRule])
  removeCommissionRule(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.referral.removeRule(id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => Int, { description: 'How many days a share binds the buyer to the promoter' })
  referralBindDays(@Ctx() ctx: Context) {
    return ctx.services.referral.bindDays();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Int)
  setReferralBindDays(@Ctx() ctx: Context, @Arg('days', () => Int) days: number) {
    return ctx.services.referral.setBindDays(days);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [Promoter])
  promoters(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 50 }) first: number) {
    return ctx.services.referral.promoters(limit(first));
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Promoter)
  setPromoterState(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('state', () => PromoterState) state: PromoterState) {
    return ctx.services.referral.setPromoterState(id, state);
  }

  @Authorized(Role.HQ_ADMIN, Role.CLERK)
  @Query(() => [CommissionReportRow], {
    description: 'Commission by store and promoter over orders paid in [from, to); a clerk sees their store',
  })
  commissionReport(
    @Ctx() ctx: Context,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('storeId', () => ID, { nullable: true }) storeId?: string | null,
  ) {
    return ctx.services.referral.report(from, to, storeId ?? null, ctx.viewer);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [CommissionWithdrawal])
  commissionWithdrawals(
    @Ctx() ctx: Context,
    @Arg('state', () => WithdrawalState, { nullable: true }) state?: WithdrawalState | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('notSeen', () => Boolean, { defaultValue: false, description: 'Leave out failed ones HQ has marked seen' }) notSeen = false,
  ) {
    return ctx.services.referral.withdrawals(state ?? undefined, limit(first), notSeen);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => WithdrawalResult, { description: 'A transfer WeChat refused for good is dealt with: 打款异常 leaves it out' })
  markWithdrawalFailureSeen(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.referral.markFailureSeen(ctx.viewer, id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => WithdrawalResult, { description: 'Pays it by 商家转账' })
  approveCommissionWithdrawal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.referral.approveWithdrawal(ctx.viewer, id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => WithdrawalResult, { description: 'Turns it down; the money goes back to available' })
  rejectCommissionWithdrawal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return ctx.services.referral.rejectWithdrawal(ctx.viewer, id, reason);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Int, { description: 'Releases now what the sweep would: commission of orders whose windows all closed' })
  releaseDueCommissions(@Ctx() ctx: Context) {
    return ctx.services.referral.releaseDue();
  }
}
