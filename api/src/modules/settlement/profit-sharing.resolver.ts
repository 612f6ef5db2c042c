// Profit sharing for HQ: an order's split status, the splits and returns that failed, retries, and each
// store's receiver account.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './settlement.context';
import { Role } from '../auth/auth.entity';
import { CustomerOrder } from '../order/order.entity';
import { ProfitSharingStatus } from './profit-sharing.types';

@Resolver(() => CustomerOrder)
export class OrderProfitSharingResolver {
  @FieldResolver(() => ProfitSharingStatus, {
    nullable: true,
    description: 'HQ only (null for others): the WeChat profit-sharing split of this order',
  })
  profitSharing(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.viewer.role === Role.HQ_ADMIN ? ctx.services.profitSharing.status(order.id) : null;
  }
}

@Resolver()
export class ProfitSharingResolver {
  @Authorized(Role.HQ_ADMIN)
  @Query(() => [ProfitSharingStatus], { description: 'Splits or returns that failed for good, most recent first' })
  profitSharingIssues(@Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: Context) {
    return ctx.services.profitSharing.issues(first);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => ProfitSharingStatus, {
    nullable: true,
    description: 'Send a failed split (one that never reached WeChat) or failed returns again',
  })
  async retryProfitSharing(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context) {
    return (await ctx.services.profitSharing.retry(orderId)) ? ctx.services.profitSharing.status(orderId) : null;
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Boolean, { description: "Set the store's WeChat Pay receiver (a MERCHANT_ID already added as a receiver); null: none" })
  setStoreProfitSharingAccount(
    @Arg('storeId', () => ID) storeId: string,
    @Arg('account', () => String, { nullable: true }) account: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.profitSharing.setAccount(storeId, account);
  }
}
