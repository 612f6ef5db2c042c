// GraphQL shapes of paying: the wx.requestPayment parameters and why a checkout cannot be paid.
import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { Checkout, CheckoutState } from '../order/order.entity';
import { CheckoutNotFoundError, PaymentUnavailableError } from '../order/order.errors';

@ObjectType({ description: 'Pass these to wx.requestPayment (Taro.requestPayment) as they are' })
export class PaymentParams {
  @Field(() => ID) checkoutId!: string;
  @Field(() => Int) totalFen!: number;
  @Field(() => String) appId!: string;
  @Field(() => String) timeStamp!: string;
  @Field(() => String) nonceStr!: string;
  @Field(() => String, { description: 'prepay_id=...' }) package!: string;
  @Field(() => String) signType!: string;
  @Field(() => String) paySign!: string;
}

@ObjectType({ implements: ErrorResult, description: 'The checkout is paid, cancelled, or past its payment window' })
export class CheckoutNotPayableError extends ErrorResult {
  @Field(() => ID) checkoutId!: string;
  @Field(() => CheckoutState) state!: CheckoutState;
  static of(checkout: Checkout, message: string) {
    return Object.assign(errorResult(new CheckoutNotPayableError(), ErrorCode.INVALID_TRANSITION, message), {
      checkoutId: checkout.id,
      state: checkout.state,
    });
  }
}

export const PayCheckoutResult = createUnionType({
  name: 'PayCheckoutResult',
  types: () => [PaymentParams, CheckoutNotFoundError, CheckoutNotPayableError, PaymentUnavailableError] as const,
});
