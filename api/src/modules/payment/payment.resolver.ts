// Paying a checkout; the body is one service call.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './payment.context';
import { PayCheckoutResult } from './payment.types';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver()
export class PaymentResolver {
  @Authorized(Role.SHOPPER)
  @Mutation(() => PayCheckoutResult, { description: 'Parameters for wx.requestPayment for this checkout' })
  payCheckout(@Arg('checkoutId', () => ID) checkoutId: string, @Ctx() ctx: Context) {
    return ctx.services.payment.payCheckout(shopperId(ctx), checkoutId);
  }
}
