// GraphQL shapes of coupons given besides the coupon centre: redemption codes (兑换码) and HQ batches to a segment.
import { IsOptional, Max, Min } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CouponNotClaimableError, PromotionNotFoundError, RedemptionCodeRefusedError } from './promotion.errors';
import { Coupon } from './promotion.types';

@ObjectType()
export class RedemptionCode {
  @Field(() => String) code!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) redeemedAt!: Date | null;
}

@ObjectType({ description: 'Codes HQ made for a template (exported a page at a time)' })
export class RedemptionCodePage {
  @Field(() => ID) promotionId!: string;
  @Field(() => Int, { description: 'Codes this call made (generate only; 0 on export)' }) made!: number;
  @Field(() => [RedemptionCode]) codes!: RedemptionCode[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' }) next!: string | null;
  @Field(() => String, { description: 'This page as CSV (code, created_at, redeemed_at) for printing' }) csv!: string;
  @Field(() => Int, { description: 'Codes of the template in all' }) total!: number;
  @Field(() => Int, { description: 'Of them, redeemed by a shopper' }) redeemed!: number;
}

@ObjectType('CouponSegment', { description: 'Who a batch went to' })
@InputType({ description: 'Who a batch goes to: shoppers meeting every condition given (at least one)' })
export class SegmentInput {
  @Field(() => ID, { nullable: true, description: 'Home store (一客一码) is this store' }) @IsOptional() homeStoreId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Has a paid order fulfilled by this store' }) @IsOptional() orderedAtStoreId?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Has a paid order in the last N days' })
  @IsOptional()
  @Min(1)
  @Max(3650)
  orderedWithinDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'Is on this member level now' }) @IsOptional() levelId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Has no paid order since this instant (lapsed, or never ordered)' })
  @IsOptional()
  noOrderSince?: Date | null;
}

@ObjectType({
  description: 'An HQ batch issue: runs as a job, gives each shopper of the segment one coupon at most, stops when the template runs out',
})
export class CouponBatch {
  @Field(() => ID) id!: string;
  @Field(() => ID) promotionId!: string;
  @Field(() => String, { description: 'RUNNING or DONE' }) state!: string;
  @Field(() => Int, { description: 'Shoppers of the segment reached so far' }) targeted!: number;
  @Field(() => Int, { description: 'Coupons given (the rest: over their limit, or the template ran out)' }) issued!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { description: 'Who sent it' }) createdBy!: string;
  @Field(() => SegmentInput) segment!: SegmentInput;
}

export const RedeemCodeResult = createUnionType({
  name: 'RedeemCodeResult',
  types: () => [Coupon, RedemptionCodeRefusedError, CouponNotClaimableError] as const,
});

export const RedemptionCodesResult = createUnionType({
  name: 'RedemptionCodesResult',
  types: () => [RedemptionCodePage, PromotionNotFoundError] as const,
});

export const CouponBatchResult = createUnionType({
  name: 'CouponBatchResult',
  types: () => [CouponBatch, PromotionNotFoundError] as const,
});
