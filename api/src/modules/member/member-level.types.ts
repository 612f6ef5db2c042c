// Member levels and benefits over GraphQL: HQ's table of levels, a shopper's membership (会员中心), and HQ's member
// list and a member's timeline.
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';

@ObjectType({ description: 'A category with its own member price (0 = none on it)' })
export class CategoryMemberPrice {
  @Field(() => ID) categoryId!: string;
  @Field(() => Int, { description: 'Off the unit price, in basis points (500 = 95 折)' }) offBp!: number;
}

@InputType()
export class CategoryMemberPriceInput {
  @Field(() => ID) @IsUUID() categoryId!: string;
  @Field(() => Int) @Min(0) @Max(10_000) offBp!: number;
}

@ObjectType({ description: 'A member level (会员等级): the growth it takes and its benefits' })
export class MemberLevel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Growth (成长值) a member needs for this level' }) growthThreshold!: number;
  @Field(() => Int, { description: 'Member price: off the unit price of every category without its own entry, in basis points' })
  memberPriceBp!: number;
  @Field(() => [CategoryMemberPrice]) categoryPrices!: CategoryMemberPrice[];
  @Field(() => Int, { description: 'Points per award ×(bp / 10000): 10000 = ×1' }) pointsMultiplierBp!: number;
  @Field(() => Int, { nullable: true, description: '会员包邮: goods (at member prices) from which delivery is free' })
  freeDeliveryThresholdFen!: number | null;
  @Field(() => ID, { nullable: true, description: 'Coupon template granted on the 1st of each month (chain time)' })
  monthlyCouponId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Coupon template granted on the member’s birthday' }) birthdayCouponId!: string | null;
  @Field(() => String, { description: 'Who funds member price and 会员包邮: HQ, STORE (the fulfilling store) or SPLIT' }) funder!: string;
  @Field(() => Int) funderStoreBp!: number;
}

@InputType()
export class MemberLevelInput {
  @Field(() => ID, { nullable: true, description: 'Keep a level’s id when editing it; none for a new level' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
  @Field(() => String) @Length(1, 20) name!: string;
  @Field(() => Int) @Min(0) @Max(100_000_000) growthThreshold!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10_000) memberPriceBp!: number;
  @Field(() => [CategoryMemberPriceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  categoryPrices?: CategoryMemberPriceInput[] | null;
  @Field(() => Int, { defaultValue: 10_000 }) @Min(10_000) @Max(100_000) pointsMultiplierBp!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100_000_000) freeDeliveryThresholdFen?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() monthlyCouponId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() birthdayCouponId?: string | null;
  @Field(() => String, { defaultValue: 'HQ' }) @IsIn(['HQ', 'STORE', 'SPLIT']) funder!: string;
  @Field(() => Int, { nullable: true, description: 'SPLIT: the store’s share in basis points' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  funderStoreBp?: number | null;
}

@ObjectType({ description: '会员中心: the shopper’s level, growth, the next level and what it takes, points' })
export class Membership {
  @Field(() => Int, { description: '成长值: 1 per whole yuan paid on orders received, less refunds' }) growth!: number;
  @Field(() => MemberLevel, { nullable: true }) level!: MemberLevel | null;
  @Field(() => MemberLevel, { nullable: true, description: 'None at the top level' }) nextLevel!: MemberLevel | null;
  @Field(() => Int, { nullable: true, description: 'Growth still needed for the next level' }) growthToNext!: number | null;
  @Field(() => Int, { description: 'Spendable points' }) points!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, set once' }) birthday!: string | null;
  @Field(() => [MemberLevel], { description: 'Every level, lowest first' }) levels!: MemberLevel[];
}

@ObjectType({ description: 'A member as HQ lists them' })
export class MemberSummary {
  @Field(() => ID) shopperId!: string;
  @Field(() => String, { nullable: true, description: 'The 10 digits of their live member code' }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'The phone of their latest order, masked: 138****8000' }) phone!: string | null;
  @Field(() => String, { nullable: true }) levelName!: string | null;
  @Field(() => Int) growth!: number;
  @Field(() => Int) points!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Date, { nullable: true }) lastOrderAt!: Date | null;
  @Field(() => String, { nullable: true }) homeStoreName!: string | null;
  @Field(() => Date) joinedAt!: Date;
}

@ObjectType()
export class MemberConnection extends Connection(MemberSummary) {}

@ObjectType({
  description:
    'One thing in a member’s history: ORDER, REFUND, POINTS, LEVEL, COUPON or CLERK_DISCOUNT (a clerk’s 改价 or 整单折扣 on a counter sale)',
})
export class MemberTimelineEntry {
  @Field(() => Date) at!: Date;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: 'What happened, in words' }) title!: string;
  @Field(() => Int, { nullable: true }) amountFen!: number | null;
  @Field(() => Int, { nullable: true }) points!: number | null;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
}
