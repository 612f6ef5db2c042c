// GraphQL shapes of group buying (拼团): offers as HQ makes them (with how their groups went), the offers and open
// groups shoppers see on the server's clock, one group's progress, and the refusal a group checkout can get.
import { IsOptional, Length, Max, Min } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

export enum GroupState {
  OPEN = 'OPEN',
  FORMED = 'FORMED',
  FAILED = 'FAILED',
}
registerEnumType(GroupState, { name: 'GroupState', description: '拼团中 / 拼团成功 / 拼团失败 (refunded)' });

@ObjectType({ description: 'One group (团) of an offer at one pickup store' })
export class GroupBuyGroup {
  @Field(() => ID) id!: string;
  @Field(() => ID) offerId!: string;
  @Field(() => ID, { description: 'The pickup store every member collects at' }) storeId!: string;
  @Field(() => Int) size!: number;
  @Field(() => Int, { description: 'Places taken (paid, or within their payment window)' }) joined!: number;
  @Field(() => Int, { description: 'Members who paid' }) paid!: number;
  @Field(() => GroupState) state!: GroupState;
  @Field(() => Boolean, { description: '到期自动成团: at the deadline it forms with the members who paid (at least two)' })
  autoForm!: boolean;
  @Field(() => Date) deadline!: Date;
  @Field(() => Date, { description: 'The server clock, for the countdown' }) serverNow!: Date;
  @Field(() => ID, { nullable: true, description: "The viewer's own order in this group, if they are a member" }) myOrderId!: string | null;
}

@ObjectType()
export class GroupBuyOffer {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => String) skuCode!: string;
  @Field(() => String) productName!: string;
  @Field(() => Int, { description: "The SKU's list price (fen)" }) listPriceFen!: number;
  @Field(() => Int, { description: 'The group price (fen)' }) groupPriceFen!: number;
  @Field(() => Int) groupSize!: number;
  @Field(() => Int, { description: 'Minutes a group has to form from its start' }) formMinutes!: number;
  @Field(() => Boolean, { description: '到期自动成团 allowed' }) autoForm!: boolean;
  @Field(() => [ID], { nullable: true, description: 'The stores it runs at; none: every store' }) storeIds!: string[] | null;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { description: 'LIVE or STOPPED' }) state!: string;
  @Field(() => Int) groupsOpen!: number;
  @Field(() => Int) groupsFormed!: number;
  @Field(() => Int) groupsFailed!: number;
  @Field(() => [GroupBuyGroup], { description: 'Board only: groups still forming at the store, fullest first' })
  openGroups!: GroupBuyGroup[];
}

@ObjectType({ description: 'The group-buy offers running now, and the server time countdowns run on' })
export class GroupBuyBoard {
  @Field(() => Date) serverNow!: Date;
  @Field(() => [GroupBuyOffer]) offers!: GroupBuyOffer[];
}

@InputType()
export class CreateGroupBuyOfferInput {
  @Field(() => String) @Length(1, 40) name!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => [ID], { nullable: true, description: 'Omit for every store' }) @IsOptional() storeIds?: string[] | null;
  @Field(() => Int) @Min(1) @Max(100_000_000) groupPriceFen!: number;
  @Field(() => Int) @Min(2) @Max(10) groupSize!: number;
  @Field(() => Int, { description: 'Minutes to form, 5 minutes to 7 days' }) @Min(5) @Max(10080) formMinutes!: number;
  @Field(() => Boolean) autoForm!: boolean;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
}

@InputType({ description: 'What HQ may change on an offer before any group has started on it' })
export class UpdateGroupBuyOfferInput {
  @Field(() => String) @Length(1, 40) name!: string;
  @Field(() => Int) @Min(1) @Max(100_000_000) groupPriceFen!: number;
  @Field(() => Date) endsAt!: Date;
  @Field(() => [ID], { nullable: true, description: 'Omit for every store' }) @IsOptional() storeIds?: string[] | null;
}

@ObjectType({
  implements: ErrorResult,
  description: 'A group has started on the offer: its terms are what members joined on; nothing changed',
})
export class GroupBuyOfferLockedError extends ErrorResult {
  @Field(() => ID) offerId!: string;
  @Field(() => Int, { description: 'Groups started on it so far' }) groupsStarted!: number;
  static of(offerId: string, groupsStarted: number) {
    return Object.assign(
      errorResult(new GroupBuyOfferLockedError(), ErrorCode.GROUP_BUY_OFFER_LOCKED, '已有人开团，拼团不能再修改，可停止后新建'),
      { offerId, groupsStarted },
    );
  }
}

export const UpdateGroupBuyOfferResult = createUnionType({
  name: 'UpdateGroupBuyOfferResult',
  types: () => [GroupBuyOffer, GroupBuyOfferLockedError] as const,
});

export enum GroupBuyProblem {
  NOT_FOUND = 'NOT_FOUND',
  ENDED = 'ENDED',
  NOT_AT_STORE = 'NOT_AT_STORE',
  FULL = 'FULL',
  ALREADY_IN = 'ALREADY_IN',
  BAD_CART = 'BAD_CART',
  /** Asked for delivery: a group is collected at its store (邻里拼团), never delivered. */
  PICKUP_ONLY = 'PICKUP_ONLY',
  /** The offer was stopped or edited by HQ between the quote and the placing: nothing was placed, try again. */
  CHANGED = 'CHANGED',
}
registerEnumType(GroupBuyProblem, { name: 'GroupBuyProblem', description: 'Why a group checkout was refused' });

const MESSAGES: Record<GroupBuyProblem, string> = {
  NOT_FOUND: '没有这个拼团',
  ENDED: '拼团已结束',
  NOT_AT_STORE: '这家门店没有这个拼团',
  FULL: '这个团已满或已结束，可以发起新团',
  ALREADY_IN: '你已在这个团里',
  BAD_CART: '拼团只能买一件拼团商品，到店自提',
  PICKUP_ONLY: '拼团商品只能到店自提，不能配送',
  CHANGED: '拼团刚有变动，请返回重新发起',
};

@ObjectType({ implements: ErrorResult, description: 'The group cannot be started or joined on this checkout; nothing was placed' })
export class GroupBuyUnavailableError extends ErrorResult {
  @Field(() => ID) offerId!: string;
  @Field(() => GroupBuyProblem) problem!: GroupBuyProblem;
  static of(offerId: string, problem: GroupBuyProblem) {
    return Object.assign(errorResult(new GroupBuyUnavailableError(), ErrorCode.GROUP_BUY_UNAVAILABLE, MESSAGES[problem]), {
      offerId,
      problem,
    });
  }
}
