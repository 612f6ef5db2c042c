// GraphQL shapes of revenue splits: rule sets and their rules, previews, the settlement report, home stores.
import { ArrayMaxSize, IsInt, IsOptional, Length, ValidateNested } from 'class-validator';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FulfilmentType } from '../routing/routing.types';
import { StoreNotFoundError } from '../store/store.errors';
import { MemberCodeNotFoundError, MemberCodeReplayedError } from '../member/member.errors';
import {
  MemberCodeAlreadyUsedError,
  SplitRuleSetNotEditableError,
  SplitRuleSetNotFoundError,
  SplitRuleSetRejectedError,
} from './settlement.errors';

export enum SplitRuleSetStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(SplitRuleSetStatus, { name: 'SplitRuleSetStatus', description: 'Drafts can change; published versions are frozen' });

@InputType({ description: 'Shares in basis points (10000 = 100 %) of what the order nets; HQ gets the rest' })
export class SplitRuleInput {
  @Field(() => String) @Length(1, 80) name!: string;
  @Field(() => FulfilmentType, { nullable: true, description: 'Only this fulfilment; omit for both' })
  @IsOptional()
  fulfilment?: FulfilmentType;
  @Field(() => ID, { nullable: true, description: 'Only goods of this category (never the delivery fee)' })
  @IsOptional()
  categoryId?: string;
  @Field(() => ID, { nullable: true, description: 'Only orders fulfilled by this store' }) @IsOptional() storeId?: string;
  @Field(() => ID, { nullable: true, description: 'Only orders fulfilled by a store of this group' }) @IsOptional() storeGroupId?: string;
  @Field(() => Int, { defaultValue: 0, description: 'Breaks ties between equally specific rules: higher wins' }) @IsInt() priority!: number;
  @Field(() => Int) @IsInt() fulfillingStoreBp!: number;
  @Field(() => Int, { description: "To the shopper's home store (一客一码); HQ's when the shopper has none" })
  @IsInt()
  referringStoreBp!: number;
}

@InputType()
export class SplitRuleSetInput {
  @Field(() => String) @Length(1, 80) name!: string;
  @Field(() => [SplitRuleInput]) @ValidateNested() @ArrayMaxSize(200) rules!: SplitRuleInput[];
}

@ObjectType()
export class SplitRule {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => FulfilmentType, { nullable: true }) fulfilment!: FulfilmentType | null;
  @Field(() => ID, { nullable: true }) categoryId!: string | null;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => ID, { nullable: true }) storeGroupId!: string | null;
  @Field(() => Int) priority!: number;
  @Field(() => Int) fulfillingStoreBp!: number;
  @Field(() => Int) referringStoreBp!: number;
  @Field(() => Int, { description: 'What HQ keeps: 10000 minus the store shares' }) hqBp!: number;
  @Field(() => Int, { description: 'Store > store group > category > fulfilment (8/4/2/1 summed); the default rule is 0' })
  specificity!: number;
}

@ObjectType()
export class SplitRuleSet {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SplitRuleSetStatus) status!: SplitRuleSetStatus;
  @Field(() => Int, { nullable: true, description: 'Set when published: 1, 2, 3 …' }) version!: number | null;
  @Field(() => Date, { nullable: true, description: 'Orders paid from then on use this version (until a later one takes over)' })
  effectiveAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [SplitRule], { description: 'In the order given' }) rules!: SplitRule[];
}

export const SplitRuleSetResult = createUnionType({
  name: 'SplitRuleSetResult',
  types: () => [SplitRuleSet, SplitRuleSetNotFoundError, SplitRuleSetNotEditableError, SplitRuleSetRejectedError] as const,
});

@ArgsType()
export class PeriodArgs {
  @Field(() => GraphQLLocalDate, { description: "First business day (the store's local date)" }) from!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last business day, included (at most 92 days after from)' }) to!: string;
  @Field(() => ID, { nullable: true, description: 'One store; clerks get their own store whatever they ask' })
  @IsOptional()
  storeId?: string;
}

@ArgsType()
export class PreviewArgs extends PeriodArgs {
  @Field(() => ID) ruleSetId!: string;
}

/** Money columns shared by report rows and previews; SafeInt because monthly totals can pass 2^31 fen. */
@ObjectType()
export abstract class SplitAmounts {
  @Field(() => Int, { description: 'Orders handed over (picked up or delivered)' }) orders!: number;
  @Field(() => GraphQLSafeInt, { description: 'What those orders charged at hand-over' }) grossFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Refunded (before hand-over in gross terms, and after it)' }) refundFen!: number;
  @Field(() => GraphQLSafeInt) feeFen!: number;
  @Field(() => GraphQLSafeInt, { description: "This store's share as the fulfilling store" }) fulfillingShareFen!: number;
  @Field(() => GraphQLSafeInt, { description: "This store's share as the shoppers' home store, on any store's orders" })
  referringShareFen!: number;
  @Field(() => GraphQLSafeInt, { description: "HQ's share of this store's orders" }) hqShareFen!: number;
  @Field(() => GraphQLSafeInt, { description: "Discounts HQ funds on this store's orders (points apart)" }) hqPromotionCostFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Discounts this store funds on its orders' }) storePromotionCostFen!: number;
  @Field(() => GraphQLSafeInt, { description: "Points that paid for this store's orders (HQ's cost)" }) pointsCostFen!: number;
  @Field(() => GraphQLSafeInt, {
    description: "This store's shares of the discounts by the split rules: what it would have had, had the shopper paid them",
  })
  storeDiscountShareFen!: number;
  @Field(() => GraphQLSafeInt, {
    description: 'What is owed to the store: its fulfilling and referring shares, plus its discount shares, less the discounts it funds',
  })
  netPayableFen!: number;
}

@ObjectType({ description: "One store's business day" })
export class SettlementDay extends SplitAmounts {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeCode!: string;
  @Field(() => GraphQLLocalDate) businessDay!: string;
}

@ObjectType({ description: 'One store over the period' })
export class StoreSettlement extends SplitAmounts {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeCode!: string;
}

@ObjectType({ description: '付费会员 sold on one business day of the chain: HQ’s revenue, no store takes a share' })
export class MembershipRevenueDay {
  @Field(() => GraphQLLocalDate) businessDay!: string;
  @Field(() => Int, { description: 'Purchases paid that day' }) purchases!: number;
  @Field(() => GraphQLSafeInt) grossFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Refunded that day (of purchases of any day)' }) refundFen!: number;
  @Field(() => GraphQLSafeInt) feeFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'What HQ keeps: gross less refunds and the fee' }) hqRevenueFen!: number;
}

@ObjectType()
export class SettlementReport {
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => [StoreSettlement], { description: 'Per store, by store code' }) stores!: StoreSettlement[];
  @Field(() => [SettlementDay], { description: 'Per store and day, by store code then day' }) days!: SettlementDay[];
  @Field(() => String, {
    description:
      'The days as CSV for finance (UTF-8, header row, amounts in fen); HQ’s chain-wide report adds 付费会员 days with store_code MEMBERSHIP, so it sums to the ledger',
  })
  csv!: string;
  @Field(() => [MembershipRevenueDay], { description: '付费会员 revenue per chain business day (HQ only; empty for a clerk or one store)' })
  membership!: MembershipRevenueDay[];
}

@ObjectType({ description: 'What a draft would have given each store over a past period; nothing is written' })
export class SplitPreview {
  @Field(() => ID) ruleSetId!: string;
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => [StoreSettlement]) stores!: StoreSettlement[];
}

export const SplitPreviewResult = createUnionType({
  name: 'SplitPreviewResult',
  types: () => [SplitPreview, SplitRuleSetNotFoundError] as const,
});

@ObjectType({ description: "The shopper's home store (一客一码): the first bind stays" })
export class HomeStoreBinding {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeCode!: string;
  @Field(() => Date) boundAt!: Date;
  @Field(() => Boolean, { description: 'False when the shopper already had a home store (it is kept)' }) newlyBound!: boolean;
  @Field(() => Int, { nullable: true, description: "The shopper's points balance, for a clerk of their home store" }) points?:
    number | null;
}

export const BindHomeStoreResult = createUnionType({
  name: 'BindHomeStoreResult',
  types: () => [HomeStoreBinding, StoreNotFoundError] as const,
});
export const BindShopperResult = createUnionType({
  name: 'BindShopperResult',
  types: () => [HomeStoreBinding, MemberCodeNotFoundError, MemberCodeReplayedError, MemberCodeAlreadyUsedError] as const,
});
