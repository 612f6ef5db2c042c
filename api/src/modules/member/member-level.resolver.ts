// Member levels over GraphQL: HQ sets levels and benefits and browses members; a shopper reads their 会员中心.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { Role } from '../../common/viewer';
import type { Context } from './member.context';
import { MemberConnection, MemberLevel, MemberLevelInput, MemberTimelineEntry, Membership } from './member-level.types';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver()
export class MemberLevelResolver {
  @Authorized(Role.HQ_ADMIN)
  @Query(() => [MemberLevel], { description: 'The member levels, lowest first' })
  memberLevels(@Ctx() ctx: Context) {
    return ctx.services.membership.levels();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => [MemberLevel], {
    description: 'Replaces the member levels and their benefits (member price, points multiplier, 会员包邮, monthly and birthday coupons)',
  })
  setMemberLevels(@Arg('levels', () => [MemberLevelInput]) levels: MemberLevelInput[], @Ctx() ctx: Context) {
    return ctx.services.membership.setLevels(levels);
  }

  @Authorized(Role.SHOPPER)
  @Query(() => Membership, { description: '会员中心: your level, growth, the next level, benefits and points' })
  myMembership(@Ctx() ctx: Context) {
    return ctx.services.membership.mine(shopperId(ctx));
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => Membership, { description: 'Your birthday (YYYY-MM-DD), once: the birthday coupon comes on it each year' })
  setMyBirthday(@Arg('birthday', () => String) birthday: string, @Ctx() ctx: Context) {
    return ctx.services.membership.setBirthday(shopperId(ctx), birthday);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => MemberConnection, {
    description: 'Members, newest first: search by the last digits of a phone or a member reference, filter by level',
  })
  members(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('levelId', () => ID, { nullable: true }) levelId?: string | null,
  ) {
    return ctx.services.memberAdmin.list({ search, levelId, first: page.first, after: page.after });
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [MemberTimelineEntry], { description: 'A member’s history, newest first: orders, refunds, points, coupons, level changes' })
  memberTimeline(@Arg('shopperId', () => ID) shopperId: string, @Ctx() ctx: Context) {
    return ctx.services.memberAdmin.timeline(shopperId);
  }
}
