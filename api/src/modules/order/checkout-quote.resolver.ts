// The checkout quote over GraphQL: read-only, the shopper's own cart and coupons.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/auth.entity';
import { CheckoutQuoteInput, CheckoutQuoteResult } from './checkout-quote.types';
import type { Context } from './order.context';

@Resolver()
export class CheckoutQuoteResolver {
  @Authorized(Role.SHOPPER)
  @Query(() => CheckoutQuoteResult, {
    description:
      'What checkout would charge for this cart now (same routing, prices, promotions, pipeline), every adjustment, why each 满减 or the chosen coupon did not apply, and your coupons for it with the best marked. Writes nothing.',
  })
  checkoutQuote(@Arg('input', () => CheckoutQuoteInput) input: CheckoutQuoteInput, @Ctx() ctx: Context) {
    return ctx.services.checkoutQuote.quote((ctx.viewer as { shopperId: string }).shopperId, input);
  }
}
