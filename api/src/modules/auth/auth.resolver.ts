// Signing in, who am I, and HQ managing staff accounts.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from './auth.entity';
import { toMe } from './auth.service';
import { CreateStaffInput, CreateStaffResult, Me, ShopperLoginResult, StaffLoginResult } from './auth.types';

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

  @Mutation(() => StaffLoginResult)
  loginStaff(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return ctx.services.auth.loginStaff(username, password);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => CreateStaffResult)
  createStaff(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: Context) {
    return ctx.services.auth.createStaff(input);
  }
}
