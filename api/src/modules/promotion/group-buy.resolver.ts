// Group buying over GraphQL: HQ makes and stops offers; anyone reads the board and a group (its share link opens it);
// starting and joining go through checkout (groupOfferId, groupId).
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './promotion.context';
import {
  CreateGroupBuyOfferInput,
  GroupBuyBoard,
  GroupBuyGroup,
  GroupBuyOffer,
  UpdateGroupBuyOfferInput,
  UpdateGroupBuyOfferResult,
} from './group-buy.types';

const shopperOf = (ctx: Context) => (ctx.viewer.role === Role.SHOPPER ? ctx.viewer.shopperId : null);

@Resolver()
export class GroupBuyResolver {
  @Query(() => GroupBuyBoard, {
    description: '拼团: the offers running now at this store, with groups still forming there, and the server time',
  })
  groupBuyBoard(@Arg('storeId', () => ID, { nullable: true }) storeId: string | null, @Ctx() ctx: Context) {
    return ctx.services.groupBuy.board(storeId ?? null);
  }

  @Query(() => GroupBuyGroup, { nullable: true, description: "One group's progress (a share card opens it); myOrderId for a member" })
  groupBuyGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.groupBuy.group(id, shopperOf(ctx));
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [GroupBuyOffer], { description: 'The latest 100 offers with their groups open, formed and failed' })
  groupBuyOffers(@Ctx() ctx: Context) {
    return ctx.services.groupBuy.offers();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => GroupBuyOffer, { description: 'A group-buy offer, live from startsAt to endsAt' })
  createGroupBuyOffer(@Arg('input', () => CreateGroupBuyOfferInput) input: CreateGroupBuyOfferInput, @Ctx() ctx: Context) {
    return ctx.services.groupBuy.create(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => UpdateGroupBuyOfferResult, {
    description: 'Edits name, group price, end and stores of an offer no group has started on (GroupBuyOfferLockedError after)',
  })
  updateGroupBuyOffer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateGroupBuyOfferInput) input: UpdateGroupBuyOfferInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groupBuy.update(id, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => GroupBuyOffer, { description: 'Stops an offer: no new groups; groups already forming run to their deadline' })
  stopGroupBuyOffer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.groupBuy.stop(id);
  }
}
