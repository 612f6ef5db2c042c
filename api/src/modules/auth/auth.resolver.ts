// Signing in (shoppers with WeChat, staff with a password), who am I, and signing out.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './auth.context';
import { Role } from './auth.entity';
import { toMe } from './auth.service';
import { Me, ShopperLoginResult, StaffDiscountGrant, StaffLoginResult } from './auth.types';
import type { StaffViewer } from '../../common/viewer';

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: Context): Me | null {
    return ctx.viewer.role === null ? null : toMe(ctx.viewer);
  }

  @Mutation(() => ShopperLoginResult, { description: 'Exchange a wx.login code for a session' })
  loginShopper(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.services.auth.loginShopper(code);
  }

  @Mutation(() => StaffLoginResult, {
    description: 'Staff sign-in (a working-day session); limited per username and per source address, audited',
  })
  loginStaff(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return ctx.services.staffAuth.login(username, password);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => Boolean, { description: 'Ends this staff session' })
  signOut(@Ctx() ctx: Context) {
    return ctx.services.staffAuth.signOut(ctx.viewer as StaffViewer);
  }
}

@Resolver(() => Me)
export class MeFieldResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Staff: the name to show (e.g. on the counter tablet); null for shoppers' })
  displayName(@Root() me: Me, @Ctx() ctx: Context) {
    return me.role === Role.SHOPPER ? null : ctx.services.staffAuth.displayName(me.id);
  }

  @FieldResolver(() => StaffDiscountGrant, {
    nullable: true,
    description: 'Staff: the clerk discounts (改价, 整单折扣) HQ granted now, with the caps; null: none (the counter hides them)',
  })
  discountGrant(@Root() me: Me, @Ctx() ctx: Context) {
    return me.role === Role.SHOPPER ? null : ctx.services.staffAuth.discountGrant(me.id);
  }
}
