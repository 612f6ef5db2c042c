// The shopper's offline member code secret: issued after sign-in, revoked at sign-out.
import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './member.context';
import { MemberCodeSecret } from './member.types';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver()
export class MemberCodeResolver {
  @Authorized(Role.SHOPPER)
  @Mutation(() => MemberCodeSecret, {
    description: 'A new secret for the offline member code (会员码); the previous one stops working. Keep it on the device only',
  })
  issueMemberCodeSecret(@Ctx() ctx: Context) {
    return ctx.services.memberCodes.issueSecret(shopperId(ctx));
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => Boolean, { description: "Sign-out: the shopper's member code secret stops working (true when there was one)" })
  revokeMemberCodeSecret(@Ctx() ctx: Context) {
    return ctx.services.memberCodes.revokeSecret(shopperId(ctx));
  }
}
