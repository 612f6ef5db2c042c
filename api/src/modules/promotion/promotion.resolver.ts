// Promotions over GraphQL: HQ makes, launches and stops them; shoppers browse the coupon centre, claim, list theirs.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './promotion.context';
import { ClaimCouponResult, Coupon, CreatePromotionInput, Promotion, PromotionResult } from './promotion.types';
import { PromotionConnection, PromotionListArgs, PromotionSimulationResult, PromotionStatsResult } from './promotion-report.types';

const shopperOf = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver()
export class PromotionResolver {
  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Promotion, { description: 'A new 满减 campaign or coupon template, as a DRAFT; terms that make no sense are refused' })
  createPromotion(@Arg('input', () => CreatePromotionInput) input: CreatePromotionInput, @Ctx() ctx: Context) {
    return ctx.services.promotion.create(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => PromotionResult, { description: "A draft's terms replaced (checked as at creation); launched ones cannot change" })
  updatePromotion(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CreatePromotionInput) input: CreatePromotionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.promotion.update(id, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => PromotionConnection, { description: 'Campaigns and coupon templates, newest first, by status and kind (HQ)' })
  promotions(@Args(() => PromotionListArgs) args: PromotionListArgs, @Ctx() ctx: Context) {
    return ctx.services.promotionReport.list(args);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => PromotionResult)
  promotion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.promotionReport.byId(id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => PromotionSimulationResult, {
    description: 'If it had run over the last 7 days: the paid checkouts priced again with it alone, its cost by funder and store',
  })
  simulatePromotion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.promotionReport.simulate(id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => PromotionStatsResult, { description: 'Claimed, used, discount given, cost by funder and store, budget left' })
  promotionStats(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.promotionReport.stats(id);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => PromotionResult, { description: 'DRAFT → LIVE: checkouts use it, shoppers may claim it' })
  launchPromotion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.promotion.setState(id, 'LIVE');
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => PromotionResult, { description: 'Stops it for good: no more claims or discounts (coupons held stop working)' })
  stopPromotion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.promotion.setState(id, 'STOPPED');
  }

  @Authorized(Role.SHOPPER)
  @Query(() => [Promotion], {
    description:
      '领券中心: coupon templates that can be claimed now, with how many you hold; with skuIds, only those that cover one of them (a product page, a cart), at storeId when given',
  })
  couponCentre(
    @Ctx() ctx: Context,
    @Arg('skuIds', () => [ID], { nullable: true }) skuIds?: string[] | null,
    @Arg('storeId', () => ID, { nullable: true }) storeId?: string | null,
  ) {
    return ctx.services.promotion.couponCentre(shopperOf(ctx), skuIds ? { skuIds, storeId: storeId ?? null } : undefined);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => ClaimCouponResult, {
    description: 'Claim one coupon of a template (its total and per-shopper limits hold under any load)',
  })
  claimCoupon(@Arg('promotionId', () => ID) promotionId: string, @Ctx() ctx: Context) {
    return ctx.services.promotion.claim(shopperOf(ctx), promotionId);
  }

  @Authorized(Role.SHOPPER)
  @Query(() => [Coupon], { description: 'Your coupons: usable first, soonest to expire first (at most 100)' })
  myCoupons(@Ctx() ctx: Context) {
    return ctx.services.promotion.myCoupons(shopperOf(ctx));
  }
}
