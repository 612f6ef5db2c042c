// GraphQL shapes of promotions: campaigns (满减) and coupon templates as HQ makes them, coupons as shoppers hold them.
import { ArrayMaxSize, IsIn, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CouponNotClaimableError, PromotionNotFoundError } from './promotion.errors';

export enum PromotionKind {
  FULL_REDUCTION = 'FULL_REDUCTION',
  COUPON = 'COUPON',
}
registerEnumType(PromotionKind, { name: 'PromotionKind', description: '满减 campaign, or a coupon template' });

export enum CouponKind {
  AMOUNT_OFF = 'AMOUNT_OFF',
  PERCENT_OFF = 'PERCENT_OFF',
  DELIVERY_OFF = 'DELIVERY_OFF',
}
registerEnumType(CouponKind, { name: 'CouponKind', description: '满减券 / 无门槛券 (threshold 0), 折扣券, 运费券' });

export enum PromotionState {
  DRAFT = 'DRAFT',
  LIVE = 'LIVE',
  STOPPED = 'STOPPED',
}
registerEnumType(PromotionState, { name: 'PromotionState' });

/** What HQ reads on its list: a LIVE promotion past its end, or with its budget spent, has ENDED (已结束). */
export enum PromotionStatus {
  DRAFT = 'DRAFT',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  STOPPED = 'STOPPED',
}
registerEnumType(PromotionStatus, {
  name: 'PromotionStatus',
  description: '草稿 / 进行中 / 已结束 (LIVE past its end or its budget spent) / 已停止',
});

export enum CouponState {
  AVAILABLE = 'AVAILABLE',
  LOCKED = 'LOCKED',
  USED = 'USED',
}
registerEnumType(CouponState, { name: 'CouponState', description: 'LOCKED: on an unpaid checkout; back to AVAILABLE if it is not paid' });

@ObjectType()
@InputType('TierInput')
export class Tier {
  @Field(() => Int) @Min(1) @Max(100_000_000) thresholdFen!: number;
  @Field(() => Int) @Min(1) @Max(100_000_000) offFen!: number;
}

@InputType()
export class CreatePromotionInput {
  @Field(() => PromotionKind) kind!: PromotionKind;
  @Field(() => String) @Length(1, 40) name!: string;
  @Field(() => CouponKind, { nullable: true, description: 'COUPON only' }) couponKind?: CouponKind | null;
  @Field(() => [Tier], { nullable: true, description: 'FULL_REDUCTION: 满 thresholdFen 减 offFen, one or more tiers' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested()
  tiers?: Tier[] | null;
  @Field(() => Int, { nullable: true, description: 'COUPON: goods to reach (0 = 无门槛)' })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  thresholdFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'AMOUNT_OFF, DELIVERY_OFF: the amount off' })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  offFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'PERCENT_OFF: share taken off in basis points, 1..10000 (8折 = 2000)' })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  offBp?: number | null;
  @Field(() => Int, { nullable: true, description: 'PERCENT_OFF: the most it takes off' }) @IsOptional() @Min(1) capFen?: number | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) categoryIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) skuIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) storeIds?: string[] | null;
  @Field(() => String, { description: 'ONLINE, COUNTER or BOTH' }) @IsIn(['ONLINE', 'COUNTER', 'BOTH']) channel!: string;
  @Field(() => String, { description: 'HQ, STORE (the fulfilling store) or SPLIT' }) @IsIn(['HQ', 'STORE', 'SPLIT']) funder!: string;
  @Field(() => Int, { nullable: true, description: "SPLIT: the store's share in basis points" })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  funderStoreBp?: number | null;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'COUPON: valid N days from the claim (instead of the window)' })
  @IsOptional()
  @Min(1)
  @Max(3650)
  validDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'COUPON: how many can be claimed in all' }) @IsOptional() @Min(0) totalLimit?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'COUPON: how many one shopper may claim (default 1)' })
  @IsOptional()
  @Min(1)
  @Max(100)
  perUserLimit?: number | null;
  @Field(() => Int, { nullable: true, description: 'Budget in fen; the campaign stops applying when spent' })
  @IsOptional()
  @Min(0)
  budgetFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'Budget in uses (orders)' }) @IsOptional() @Min(0) budgetUses?: number | null;
}

@ObjectType({ description: 'A 满减 campaign or a coupon template, with its counters' })
export class Promotion {
  @Field(() => ID) id!: string;
  @Field(() => PromotionKind) kind!: PromotionKind;
  @Field(() => String) name!: string;
  @Field(() => CouponKind, { nullable: true }) couponKind!: CouponKind | null;
  @Field(() => [Tier]) tiers!: Tier[];
  @Field(() => Int) thresholdFen!: number;
  @Field(() => Int) offFen!: number;
  @Field(() => Int) offBp!: number;
  @Field(() => Int, { nullable: true }) capFen!: number | null;
  @Field(() => String) channel!: string;
  @Field(() => String) funder!: string;
  @Field(() => Int) funderStoreBp!: number;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => Int, { nullable: true }) validDays!: number | null;
  @Field(() => Int, { nullable: true }) totalLimit!: number | null;
  @Field(() => Int) perUserLimit!: number;
  @Field(() => Int, { description: 'Coupons claimed so far' }) claimed!: number;
  @Field(() => Int, { nullable: true }) budgetFen!: number | null;
  @Field(() => Int) spentFen!: number;
  @Field(() => Int, { nullable: true }) budgetUses!: number | null;
  @Field(() => Int) uses!: number;
  @Field(() => PromotionState) state!: PromotionState;
  @Field(() => PromotionStatus, { description: 'The state as HQ reads it now' }) status!: PromotionStatus;
  @Field(() => [ID], { description: 'Scope: categories (empty = all)' }) categoryIds!: string[];
  @Field(() => [ID], { description: 'Scope: SKUs (empty = all)' }) skuIds!: string[];
  @Field(() => [ID], { description: 'Scope: stores (empty = all)' }) storeIds!: string[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { nullable: true, description: "HQ's list: coupons of this template used on paid orders" }) usedCoupons?: number | null;
  @Field(() => Int, { nullable: true, description: 'Coupon centre: how many of it you hold already' }) mine?: number | null;
}

@ObjectType({ description: 'A coupon a shopper holds' })
export class Coupon {
  @Field(() => ID) id!: string;
  @Field(() => Promotion, { description: 'Its template: the terms' }) template!: Promotion;
  @Field(() => CouponState) state!: CouponState;
  @Field(() => Date) validFrom!: Date;
  @Field(() => Date, { nullable: true }) validUntil!: Date | null;
}

export const ClaimCouponResult = createUnionType({
  name: 'ClaimCouponResult',
  types: () => [Coupon, CouponNotClaimableError, PromotionNotFoundError] as const,
});

export const PromotionResult = createUnionType({
  name: 'PromotionResult',
  types: () => [Promotion, PromotionNotFoundError] as const,
});
