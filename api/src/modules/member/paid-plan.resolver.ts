// 付费会员 over GraphQL: HQ's plans and a member's paid membership; the shopper's 会员中心 reads theirs on Membership.
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './member.context';
import { Membership } from './member-level.types';
import { MemberPaidMembership, MembershipPlan, MembershipPlanInput, PaidMembership } from './paid-plan.types';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver(() => Membership)
export class PaidPlanResolver {
  @Authorized(Role.HQ_ADMIN)
  @Query(() => [MembershipPlan], { description: '付费会员 plans, cheapest first (on sale or not)' })
  membershipPlans(@Ctx() ctx: Context) {
    return ctx.services.paidPlans.plans();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => MembershipPlan, {
    description: 'Creates a plan, or replaces one (by id); purchases already made keep the benefits they were bought with',
  })
  saveMembershipPlan(@Arg('input', () => MembershipPlanInput) input: MembershipPlanInput, @Ctx() ctx: Context) {
    return ctx.services.paidPlans.save(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => MemberPaidMembership, { description: 'A member’s paid membership: what runs now, the purchases, what a refund would give' })
  memberPaidMembership(@Arg('shopperId', () => ID) memberId: string, @Ctx() ctx: Context) {
    return ctx.services.paidPlans.ofMember(memberId);
  }

  @FieldResolver(() => PaidMembership, { nullable: true, description: '付费会员 you hold now; null when none runs' })
  paid(@Ctx() ctx: Context) {
    return ctx.services.paidPlans.current(shopperId(ctx));
  }

  @FieldResolver(() => [MembershipPlan], { description: '付费会员 plans on sale, cheapest first' })
  plans(@Ctx() ctx: Context) {
    return ctx.services.paidPlans.plans(true);
  }
}
