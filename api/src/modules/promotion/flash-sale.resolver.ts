// Flash sales over GraphQL: HQ makes and stops sessions; anyone reads the board (buying goes through checkout).
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './promotion.context';
import { CreateFlashSessionInput, FlashBoard, FlashSession } from './flash-sale.types';

@Resolver()
export class FlashSaleResolver {
  @Query(() => FlashBoard, {
    description: '秒杀: the sessions not yet over (soonest first) with the items sold at this store, and the server time',
  })
  flashBoard(@Arg('storeId', () => ID, { nullable: true }) storeId: string | null, @Ctx() ctx: Context) {
    return ctx.services.flashSale.board(storeId ?? null);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [FlashSession], { description: 'The latest 50 flash sessions with their items and sell-through' })
  flashSessions(@Ctx() ctx: Context) {
    return ctx.services.flashSale.sessions();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => FlashSession, { description: 'A flash session with its items, live at once (sold from startsAt to endsAt)' })
  createFlashSession(@Arg('input', () => CreateFlashSessionInput) input: CreateFlashSessionInput, @Ctx() ctx: Context) {
    return ctx.services.flashSale.create(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => FlashSession, { description: 'Stops a flash session for good' })
  stopFlashSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.flashSale.stop(id);
  }
}
