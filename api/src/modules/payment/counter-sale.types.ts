// GraphQL shapes of the counter sale (收银): the cart a clerk rings up, the member scanned, how it is paid, and
// every way it can be refused (nothing is kept then: no stock, no money, no coupon, no points).
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { MemberCodeNotFoundError, MemberCodeReplayedError } from '../member/member.errors';
import { CheckoutQuote } from '../order/checkout-quote.types';
import { CustomerOrder } from '../order/order.entity';
import { IdempotencyKeyReusedError, OutOfStockError, PriceChangedError } from '../order/order.errors';
import { CouponNotUsableError } from '../promotion/promotion.errors';
import { CartLineInput, MAX_CART_LINES } from '../routing/routing.types';

@InputType({ description: '改价: the clerk sets a lower unit price on one line (the store funds the difference)' })
export class CounterLinePriceInput {
  @Field(() => ID) skuId!: string;
  @Field(() => Int, { description: 'The new unit price in fen' }) @IsInt() @Min(0) @Max(100_000_000) unitPriceFen!: number;
  @Field(() => String, { description: 'Why (临期, 破损, 老顾客 …): kept in the audit log' }) @Length(1, 60) reason!: string;
}

@InputType({
  description: '整单折扣: the clerk takes a share or an amount off the whole sale (the store funds it); give one of offBp, offFen',
})
export class CounterOrderDiscountInput {
  @Field(() => Int, { nullable: true, description: 'Basis points off (1000 = 9折)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  offBp?: number | null;
  @Field(() => Int, { nullable: true, description: 'Fen off' }) @IsOptional() @IsInt() @Min(1) @Max(100_000_000) offFen?: number | null;
  @Field(() => String, { description: 'Why: kept in the audit log' }) @Length(1, 60) reason!: string;
}

@InputType({ description: "The counter's cart at the clerk's own store" })
export class CounterCartInput {
  @Field(() => [CartLineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_CART_LINES) @ValidateNested() lines!: CartLineInput[];
  @Field(() => String, { nullable: true, description: 'From scanCounterMember: the member this sale is for; none for a walk-in customer' })
  memberToken?: string | null;
  @Field(() => ID, { nullable: true, description: "One of the member's counter coupons (counterQuote.coupons)" })
  couponId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Pay part with the member's points" }) usePoints?: boolean | null;
  @Field(() => [CounterLinePriceInput], { nullable: true, description: '改价 (needs HQ’s grant; within its cap)' })
  @IsOptional()
  @ArrayMaxSize(MAX_CART_LINES)
  @ValidateNested()
  linePrices?: CounterLinePriceInput[] | null;
  @Field(() => CounterOrderDiscountInput, { nullable: true, description: '整单折扣 (needs HQ’s grant; within its cap)' })
  @IsOptional()
  @ValidateNested()
  orderDiscount?: CounterOrderDiscountInput | null;
}

@InputType()
export class CounterPaymentInput {
  @Field(() => String, { description: 'CASH, CARD or WECHAT_CODE (the shopper’s 付款码)' })
  @IsIn(['CASH', 'CARD', 'WECHAT_CODE'])
  method!: 'CASH' | 'CARD' | 'WECHAT_CODE';
  @Field(() => Int, { nullable: true, description: 'CASH: what the customer handed over, in fen (at least the total)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  tenderedFen?: number | null;
  @Field(() => String, { nullable: true, description: 'WECHAT_CODE: the 18 digits scanned from the shopper’s WeChat' })
  authCode?: string | null;
}

@InputType()
export class CounterSaleInput extends CounterCartInput {
  @Field(() => String, { description: 'New for every sale (the tablet keeps it across a retry of the same sale)' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8-64 characters of A-Z a-z 0-9 _ -' })
  idempotencyKey!: string;
  @Field(() => Int, { description: 'The total the clerk showed the customer (counterQuote.totalFen); refused if it changed' })
  expectedTotalFen!: number;
  @Field(() => CounterPaymentInput) @ValidateNested() payment!: CounterPaymentInput;
}

@ObjectType({ description: 'The member behind a scanned member code, for this sale only' })
export class CounterMember {
  @Field(() => String, { description: 'Pass to counterQuote and counterSale; this store only, 15 minutes' }) memberToken!: string;
  @Field(() => Int, { description: 'Points the member holds' }) points!: number;
  @Field(() => Date) expiresAt!: Date;
}

export const ScanCounterMemberResult = createUnionType({
  name: 'ScanCounterMemberResult',
  types: () => [CounterMember, MemberCodeNotFoundError, MemberCodeReplayedError] as const,
});

@ObjectType({
  implements: ErrorResult,
  description: 'The member scanned for this sale is no longer valid here: scan the member code again',
})
export class MemberSessionExpiredError extends ErrorResult {
  static of() {
    return errorResult(new MemberSessionExpiredError(), ErrorCode.MEMBER_SESSION_EXPIRED, 'Scan the member code again');
  }
}

@ObjectType({ implements: ErrorResult, description: 'The cash handed over is less than the total; nothing was sold' })
export class CashShortError extends ErrorResult {
  @Field(() => Int) totalFen!: number;
  @Field(() => Int) shortFen!: number;
  static of(totalFen: number, tenderedFen: number) {
    const shortFen = totalFen - tenderedFen;
    return Object.assign(errorResult(new CashShortError(), ErrorCode.CASH_SHORT, `Cash is ${shortFen} fen short`), { totalFen, shortFen });
  }
}

@ObjectType({ implements: ErrorResult, description: 'Not a WeChat payment code (18 digits starting 10–15); nothing was charged' })
export class PaymentCodeInvalidError extends ErrorResult {
  static of() {
    return errorResult(new PaymentCodeInvalidError(), ErrorCode.PAYMENT_CODE_INVALID, 'Not a WeChat payment code; scan the code again');
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The payment was refused or undone (reversed): nothing was charged or kept, the goods are back on the shelf',
})
export class PaymentDeclinedError extends ErrorResult {
  @Field(() => String, { description: 'WeChat’s reason code (NOT_ENOUGH, …) or REVERSED' }) reason!: string;
  static of(reason: string, message: string) {
    return Object.assign(errorResult(new PaymentDeclinedError(), ErrorCode.PAYMENT_DECLINED, message), { reason });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'WeChat Pay gave no final answer and the reverse did not go through yet: the sale is held (not sold); it is reversed or refunded on its own, ask for another payment',
})
export class PaymentUncertainError extends ErrorResult {
  @Field(() => String) outTradeNo!: string;
  static of(outTradeNo: string) {
    const message = 'No answer from WeChat Pay; the payment will be undone on its own. Take another payment';
    return Object.assign(errorResult(new PaymentUncertainError(), ErrorCode.PAYMENT_UNCERTAIN, message), { outTradeNo });
  }
}

export enum ClerkDiscountProblem {
  /** HQ has not granted this staff member clerk discounts. */
  NO_PERMISSION = 'NO_PERMISSION',
  /** More than the grant allows on this sale. */
  OVER_CAP = 'OVER_CAP',
}
registerEnumType(ClerkDiscountProblem, { name: 'ClerkDiscountProblem' });

@ObjectType({ implements: ErrorResult, description: '改价 or 整单折扣 refused (no grant, or over its cap): nothing was priced or sold' })
export class ClerkDiscountRefusedError extends ErrorResult {
  @Field(() => ClerkDiscountProblem) problem!: ClerkDiscountProblem;
  @Field(() => Int, { nullable: true, description: 'OVER_CAP: the most this sale may take off' }) capFen!: number | null;
  @Field(() => Int, { nullable: true, description: 'OVER_CAP: what the discounts asked would take off' }) askedFen!: number | null;
  static of(problem: ClerkDiscountProblem, capFen: number | null = null, askedFen: number | null = null) {
    const message =
      problem === ClerkDiscountProblem.NO_PERMISSION
        ? 'No permission to give discounts'
        : `Discounts of ${askedFen} fen pass the cap of ${capFen}`;
    return Object.assign(errorResult(new ClerkDiscountRefusedError(), ErrorCode.CLERK_DISCOUNT_REFUSED, message), {
      problem,
      capFen,
      askedFen,
    });
  }
}

@ObjectType({ description: 'A completed counter sale: the order (channel COUNTER, COMPLETED), the change, the points earned' })
export class CounterSaleDone {
  @Field(() => CustomerOrder) order!: CustomerOrder;
  @Field(() => String) tender!: string;
  @Field(() => Int, { nullable: true }) tenderedFen!: number | null;
  @Field(() => Int, { description: 'Change to hand back (cash; 0 otherwise)' }) changeFen!: number;
  @Field(() => Int, {
    nullable: true,
    description: "The member's points after the sale (earned ones included); none for a walk-in customer",
  })
  memberPoints!: number | null;
  @Field(() => Boolean, { description: 'The same sale asked again (a retry): nothing new was charged' }) replayed!: boolean;
}

export const CounterQuoteResult = createUnionType({
  name: 'CounterQuoteResult',
  types: () => [CheckoutQuote, UnknownSkuError, CouponNotUsableError, MemberSessionExpiredError, ClerkDiscountRefusedError] as const,
});

export const CounterSaleResult = createUnionType({
  name: 'CounterSaleResult',
  types: () =>
    [
      CounterSaleDone,
      UnknownSkuError,
      OutOfStockError,
      PriceChangedError,
      CouponNotUsableError,
      MemberSessionExpiredError,
      CashShortError,
      PaymentCodeInvalidError,
      PaymentDeclinedError,
      PaymentUncertainError,
      IdempotencyKeyReusedError,
      ClerkDiscountRefusedError,
    ] as const,
});
