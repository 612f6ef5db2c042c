// GraphQL shapes of the counter refund (收银退货): which units of which lines, and what to hand back.
import { ArrayMaxSize, ArrayMinSize, Length, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { CustomerOrder } from '../order/order.entity';
import { RefundLineInput } from '../order/order.types';

@InputType({ description: 'Units of a counter sale the customer brings back' })
export class CounterRefundInput {
  @Field(() => ID) orderId!: string;
  @Field(() => [RefundLineInput], { description: 'The lines and how many units of each' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  lines!: RefundLineInput[];
  @Field(() => String) @Length(1, 200) reason!: string;
  @Field(() => Boolean, { nullable: true, description: 'Put the units back on hand (default); false for damaged goods' })
  restock?: boolean | null;
}

@ObjectType({ description: 'A counter refund made: how much goes back and how' })
export class CounterRefundDone {
  @Field(() => CustomerOrder) order!: CustomerOrder;
  @Field(() => ID) refundId!: string;
  @Field(() => Int, { description: 'Money refunded: each unit its exact share of what its line paid' }) amountFen!: number;
  @Field(() => Int, { description: 'Points given back to the member (those that paid the units)' }) pointsReturned!: number;
  @Field(() => String, { description: 'How the sale was paid, and so how the money goes back: CASH, CARD or WECHAT_CODE' }) tender!: string;
  @Field(() => Int, { description: 'CASH and CARD: what the clerk hands back at the counter; WECHAT_CODE: 0 (WeChat refunds it)' })
  handBackFen!: number;
  @Field(() => Boolean) restocked!: boolean;
}

@ObjectType({
  implements: ErrorResult,
  description: 'Not refunded: not a counter sale of this store, or nothing (that much) left to refund',
})
export class CounterRefundRefusedError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  static of(orderId: string, message: string) {
    return Object.assign(errorResult(new CounterRefundRefusedError(), ErrorCode.COUNTER_REFUND_REFUSED, message), { orderId });
  }
}

export const CounterRefundResult = createUnionType({
  name: 'CounterRefundResult',
  types: () => [CounterRefundDone, CounterRefundRefusedError] as const,
});
