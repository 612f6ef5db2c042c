// The shopper's points balance.
import { Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from './points.context';
import { Role } from '../auth/auth.entity';
import { pointsBalance } from './points';

@Resolver()
export class PointsResolver {
  @Authorized(Role.SHOPPER)
  @Query(() => Int, { description: 'Your points: 1 per whole yuan of collected orders, less refunds' })
  myPoints(@Ctx() ctx: Context) {
    return pointsBalance(ctx.em, (ctx.viewer as { shopperId: string }).shopperId);
  }
}
