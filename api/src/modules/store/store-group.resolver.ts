// Store groups over GraphQL: HQ names sets of stores once; prices, listing and split rules refer to them.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './store.context';
import { StoreGroup, StoreGroupInput } from './store-group.types';

@Resolver()
export class StoreGroupResolver {
  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StoreGroup, { description: 'Create a store group or replace its stores (by code)' })
  saveStoreGroup(@Arg('input', () => StoreGroupInput) input: StoreGroupInput, @Ctx() ctx: Context) {
    return ctx.services.storeGroups.save(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [StoreGroup], { description: 'Every store group with its stores, by code (at most 500)' })
  storeGroups(@Ctx() ctx: Context) {
    return ctx.services.storeGroups.list();
  }
}
