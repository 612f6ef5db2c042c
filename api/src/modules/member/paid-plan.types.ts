// 付费会员 over GraphQL: HQ's plans, the paid membership a shopper holds, purchases, and the typed refusals.
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { CategoryMemberPrice, CategoryMemberPriceInput } from './member-level.types';

@ObjectType({ description: '付费会员 plan: a price for a number of days and the benefits it grants (HQ funds them)' })
export class MembershipPlan {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) priceFen!: number;
  @Field(() => Int) durationDays!: number;
  @Field(() => Int, { description: 'Member price off every category without its own entry, in basis points' }) memberPriceBp!: number;
  @Field(() => [CategoryMemberPrice]) categoryPrices!: CategoryMemberPrice[];
  @Field(() => Int, { description: 'Points per award ×(bp / 10000)' }) pointsMultiplierBp!: number;
  @Field(() => Int, { nullable: true, description: '会员包邮 from these goods (fen); null = none' }) freeDeliveryThresholdFen!:
    number | null;
  @Field(() => Boolean, { description: 'Shown and sold in 会员中心' }) onSale!: boolean;
}

@InputType()
export class MembershipPlanInput {
  @Field(() => ID, { nullable: true, description: 'Keep a plan’s id when editing it; none for a new plan' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
  @Field(() => String) @Length(1, 20) name!: string;
  @Field(() => Int) @Min(1) @Max(100_000_000) priceFen!: number;
  @Field(() => Int) @Min(1) @Max(3_660) durationDays!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10_000) memberPriceBp!: number;
  @Field(() => [CategoryMemberPriceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  categoryPrices?: CategoryMemberPriceInput[] | null;
  @Field(() => Int, { defaultValue: 10_000 }) @Min(10_000) @Max(100_000) pointsMultiplierBp!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100_000_000) freeDeliveryThresholdFen?: number | null;
  @Field(() => Boolean, { defaultValue: true }) onSale!: boolean;
}

@ObjectType({ description: 'The paid membership a shopper holds: the time bought (purchases in a row) and what it grants now' })
export class PaidMembership {
  @Field(() => String) planName!: string;
  @Field(() => Date, { description: 'When the time bought runs out (every purchase in a row counted)' }) endsAt!: Date;
  @Field(() => Int) memberPriceBp!: number;
  @Field(() => [CategoryMemberPrice]) categoryPrices!: CategoryMemberPrice[];
  @Field(() => Int) pointsMultiplierBp!: number;
  @Field(() => Int, { nullable: true }) freeDeliveryThresholdFen!: number | null;
}

@ObjectType({ description: 'One purchase of a plan: the time it bought, and its refund if any' })
export class MembershipPurchase {
  @Field(() => ID) id!: string;
  @Field(() => String) planName!: string;
  @Field(() => Int) priceFen!: number;
  @Field(() => Int) durationDays!: number;
  @Field(() => String, { description: 'PAID or REFUNDED' }) state!: string;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'A refund moves it to the refund' }) endsAt!: Date | null;
  @Field(() => Int) refundedFen!: number;
  @Field(() => Date, { nullable: true }) refundedAt!: Date | null;
}

@ObjectType({ description: 'HQ’s view of a member’s paid membership: what runs now and every purchase' })
export class MemberPaidMembership {
  @Field(() => PaidMembership, { nullable: true }) current!: PaidMembership | null;
  @Field(() => [MembershipPurchase], { description: 'Newest first' }) purchases!: MembershipPurchase[];
  @Field(() => Int, { description: 'What refunding now would give back (pro rata, floored to the fen)' }) refundableFen!: number;
}

@ObjectType({ implements: ErrorResult, description: 'No plan on sale with this id' })
export class MembershipPlanNotFoundError extends ErrorResult {
  static of() {
    return errorResult(new MembershipPlanNotFoundError(), ErrorCode.MEMBERSHIP_PLAN_NOT_FOUND, '这个会员方案已下架');
  }
}

@ObjectType({ implements: ErrorResult, description: 'The member holds no paid membership with time left' })
export class NothingToRefundError extends ErrorResult {
  static of() {
    return errorResult(new NothingToRefundError(), ErrorCode.NOTHING_TO_REFUND, 'No paid membership with time left to refund');
  }
}

@ObjectType({ description: 'Pass these to wx.requestPayment as they are; the membership starts when WeChat confirms the payment' })
export class MembershipPaymentParams {
  @Field(() => ID) purchaseId!: string;
  @Field(() => Int) totalFen!: number;
  @Field(() => String) appId!: string;
  @Field(() => String) timeStamp!: string;
  @Field(() => String) nonceStr!: string;
  @Field(() => String, { description: 'prepay_id=...' }) package!: string;
  @Field(() => String) signType!: string;
  @Field(() => String) paySign!: string;
}

@ObjectType({ description: 'The membership was refunded: it ended now, and this much goes back' })
export class MembershipRefunded {
  @Field(() => Int) refundedFen!: number;
  @Field(() => [MembershipPurchase]) purchases!: MembershipPurchase[];
}

export const RefundMembershipResult = createUnionType({
  name: 'RefundMembershipResult',
  types: () => [MembershipRefunded, NothingToRefundError] as const,
});
