// After-sales operations: the shopper files and follows requests, the store (or HQ) decides them.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, createUnionType } from 'type-graphql';
import type { Context } from './aftersale.context';
import { Role } from '../auth/auth.entity';
import { CustomerOrder } from '../order/order.entity';
import { OrderNotFoundError, RefundNotAllowedError } from '../order/order.errors';
import {
  AfterSale,
  AfterSaleAlreadyDecidedError,
  AfterSaleConnection,
  AfterSaleNotAllowedError,
  AfterSaleNotFoundError,
  RequestAfterSaleInput,
  StoreAfterSalesArgs,
} from './aftersale.types';

export const RequestAfterSaleResult = createUnionType({
  name: 'RequestAfterSaleResult',
  types: () => [AfterSale, OrderNotFoundError, AfterSaleNotAllowedError] as const,
});

export const DecideAfterSaleResult = createUnionType({
  name: 'DecideAfterSaleResult',
  types: () => [AfterSale, AfterSaleNotFoundError, AfterSaleAlreadyDecidedError, RefundNotAllowedError] as const,
});

@Resolver()
export class AfterSaleResolver {
  @Authorized(Role.SHOPPER)
  @Mutation(() => RequestAfterSaleResult, { description: 'Ask for lines of a received order back (申请售后); the store decides' })
  requestAfterSale(@Arg('input', () => RequestAfterSaleInput) input: RequestAfterSaleInput, @Ctx() ctx: Context) {
    return ctx.services.afterSale.request(ctx.viewer, input);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Query(() => AfterSaleConnection, { description: "A store's after-sales requests in one state (default: still open), newest first" })
  storeAfterSales(@Args(() => StoreAfterSalesArgs) args: StoreAfterSalesArgs, @Ctx() ctx: Context) {
    return ctx.services.afterSale.storeAfterSales(ctx.viewer, args);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => DecideAfterSaleResult, { description: 'Approve: the lines are refunded (through the refund path) in the same step' })
  approveAfterSale(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.afterSale.approve(ctx.viewer, id);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => DecideAfterSaleResult, { description: 'Decline, with a reason the shopper reads' })
  declineAfterSale(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '1-200 characters' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.afterSale.decline(ctx.viewer, id, reason);
  }
}

@Resolver(() => CustomerOrder)
export class OrderAfterSalesResolver {
  @FieldResolver(() => [AfterSale], { description: 'After-sales requests of this order, oldest first' })
  afterSales(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.loaders.afterSalesByOrder.load(order.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'You (the shopper) may ask for after-sales on this order now: received, within the window, none open, money left',
  })
  async canRequestAfterSale(@Root() order: CustomerOrder, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.role !== Role.SHOPPER || ctx.viewer.shopperId !== order.shopperId) return false;
    return ctx.services.afterSale.offersAfterSale(order, await ctx.loaders.afterSalesByOrder.load(order.id));
  }
}
