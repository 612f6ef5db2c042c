// Routing queries, open to everyone (shoppers browse before signing in).
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from './routing.context';
import { Store } from '../store/store.entity';
import {
  AvailabilityArgs,
  AvailabilityReport,
  AvailabilityResult,
  NearbyStore,
  NearbyStoreConnection,
  NearbyStoresArgs,
  RouteCartInput,
  RouteResult,
  RoutedToStore,
  SplitPart,
  StockAtStore,
  StoreAvailability,
  StoreIneligibility,
} from './routing.types';

@Resolver()
export class RoutingResolver {
  @Query(() => NearbyStoreConnection, { description: 'Stores by distance from a point, nearest first' })
  nearbyStores(@Args(() => NearbyStoresArgs) args: NearbyStoresArgs, @Ctx() ctx: Context) {
    return ctx.services.routing.nearbyStores(args);
  }

  @Query(() => AvailabilityResult, { description: 'Which nearby stores can serve which lines of a cart' })
  async availability(@Args(() => AvailabilityArgs) args: AvailabilityArgs, @Ctx() ctx: Context) {
    const result = await ctx.services.routing.availability(args);
    return Array.isArray(result) ? Object.assign(new AvailabilityReport(), { stores: result }) : result;
  }

  @Query(() => RouteResult, { description: 'Where a cart would be routed now (or at scheduledAt), or why nowhere' })
  routeCart(@Arg('input', () => RouteCartInput) input: RouteCartInput, @Ctx() ctx: Context) {
    return ctx.services.routing.routeWithPickupInstead(input);
  }
}

/** Routing results carry store ids; the Store itself loads in one batch per response. */
function storeField<T extends { storeId: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  class StoreField {
    @FieldResolver(() => Store)
    store(@Root() root: T, @Ctx() ctx: Context) {
      return ctx.loaders.store.load(root.storeId);
    }
  }
  return StoreField;
}

const withStoreIds: ClassType<{ storeId: string }>[] = [NearbyStore, StoreAvailability, RoutedToStore, SplitPart, StoreIneligibility, StockAtStore];
export const routingStoreFieldResolvers = withStoreIds.map((type) => storeField(type));
