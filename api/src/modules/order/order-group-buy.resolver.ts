// CustomerOrder.groupBuy: a group member's order shows its group's progress. Here, not in promotion, because the
// order module sits above promotion.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/viewer';
import type { GroupBuyService } from '../promotion/group-buy.service';
import { GroupBuyGroup } from '../promotion/group-buy.types';
import { CustomerOrder } from './order.entity';

type Context = RequestContext<{ groupBuy: GroupBuyService }>;

@Resolver(() => CustomerOrder)
export class OrderGroupBuyResolver {
  @FieldResolver(() => GroupBuyGroup, { nullable: true, description: '拼团: the group this order is a member of, with its progress' })
  groupBuy(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.services.groupBuy.groupOfOrder(order.id, ctx.viewer.role === Role.SHOPPER ? ctx.viewer.shopperId : null);
  }
}
