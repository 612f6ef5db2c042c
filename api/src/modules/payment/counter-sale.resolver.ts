// The counter sale (收银) at the clerk's own store; each body is one service call.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorName, Role, type Viewer } from '../../common/viewer';
import type { Context } from './payment.context';
import { CustomerOrder } from '../order/order.entity';
import { CounterRefundInput, CounterRefundResult } from './counter-refund.types';
import { CounterCartInput, CounterQuoteResult, CounterSaleInput, CounterSaleResult, ScanCounterMemberResult } from './counter-sale.types';

const clerk = (ctx: Context) => {
  const v = ctx.viewer as Extract<Viewer, { role: Role.CLERK }>;
  return { storeId: v.storeId, actor: actorName(v), staffId: v.staffId };
};

@Resolver()
export class CounterSaleResolver {
  @Authorized(Role.CLERK)
  @Mutation(() => ScanCounterMemberResult, {
    description: 'The member code (会员码) the customer shows, for this sale: their token, points; the code is used up',
  })
  scanCounterMember(@Arg('memberCode', () => String) memberCode: string, @Ctx() ctx: Context) {
    return ctx.services.counterSale.scanMember(clerk(ctx), memberCode);
  }

  @Authorized(Role.CLERK)
  @Query(() => CounterQuoteResult, {
    description: "The counter's cart priced as counterSale will charge it (the member's counter coupons tried on it); nothing is written",
  })
  counterQuote(@Arg('input', () => CounterCartInput) input: CounterCartInput, @Ctx() ctx: Context) {
    return ctx.services.counterSale.quote(clerk(ctx), input);
  }

  @Authorized(Role.CLERK)
  @Mutation(() => CounterSaleResult, {
    description:
      'Sell the cart at this counter: stock from this store, the money by cash, card or a WeChat payment code; completed at once. Refused: nothing changes',
  })
  counterSale(@Arg('input', () => CounterSaleInput) input: CounterSaleInput, @Ctx() ctx: Context) {
    return ctx.services.counterSale.sell(clerk(ctx), input);
  }

  @Authorized(Role.CLERK)
  @Query(() => CustomerOrder, {
    nullable: true,
    description: 'A counter sale of your store by its receipt number (#ABCDEF12) or scanned order id; null when none',
  })
  counterSaleByReceipt(@Arg('ref', () => String) ref: string, @Ctx() ctx: Context) {
    return ctx.services.counterRefund.find(clerk(ctx), ref);
  }

  @Authorized(Role.CLERK)
  @Mutation(() => CounterRefundResult, {
    description:
      'Refund chosen units of a counter sale, exactly, back the way it was paid (cash/card: hand back handBackFen; 付款码: WeChat refunds); the units back on hand',
  })
  counterRefund(@Arg('input', () => CounterRefundInput) input: CounterRefundInput, @Ctx() ctx: Context) {
    return ctx.services.counterRefund.refund(clerk(ctx), input);
  }
}
