// Routing queries, open to everyone (shoppers browse before signing in).
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from './routing.context';
import { deliveryFee } from '../store/delivery-fee';
import { Store } from '../store/store.entity';
import {
  AvailabilityArgs,
  AvailabilityReport,
  AvailabilityResult,
  FulfilmentType,
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

/** A store found near a point: what delivering there would cost, by the store's own tiers and minimum. */
function deliveryTermsFields<T extends { storeId: string; distanceM: number; deliversHere: boolean }>(type: ClassType<T>) {
  @Resolver(() => type)
  class DeliveryTerms {
    @FieldResolver(() => Int, { nullable: true, description: 'Delivery fee to this point in fen; null when the store does not deliver here' })
    async deliveryFeeFen(@Root() root: T, @Ctx() ctx: Context): Promise<number | null> {
      return root.deliversHere ? deliveryFee((await ctx.loaders.store.load(root.storeId))!.deliveryFeeTiers, root.distanceM) : null;
    }

    @FieldResolver(() => Int, { description: 'Least value of goods, in fen, this store delivers (起送价)' })
    async minOrderFen(@Root() root: T, @Ctx() ctx: Context): Promise<number> {
      return (await ctx.loaders.store.load(root.storeId))!.minOrderFen;
    }
  }
  return DeliveryTerms;
}

@Resolver(() => RoutedToStore)
export class RoutedToStoreTermsResolver {
  @FieldResolver(() => Int, { description: 'What this cart pays for delivery, in fen (0 for pickup); checkout charges the same' })
  async deliveryFeeFen(@Root() root: RoutedToStore, @Ctx() ctx: Context): Promise<number> {
    if (root.fulfilment !== FulfilmentType.DELIVERY) return 0;
    return deliveryFee((await ctx.loaders.store.load(root.storeId))!.deliveryFeeTiers, root.distanceM);
  }

  @FieldResolver(() => Int, { description: 'Least value of goods, in fen, checkout takes for this cart (0 for pickup)' })
  async minOrderFen(@Root() root: RoutedToStore, @Ctx() ctx: Context): Promise<number> {
    if (root.fulfilment !== FulfilmentType.DELIVERY) return 0;
    return (await ctx.loaders.store.load(root.storeId))!.minOrderFen;
  }
}

export const routingStoreFieldResolvers = [
  ...withStoreIds.map((type) => storeField(type)),
  deliveryTermsFields(NearbyStore),
  deliveryTermsFields(StoreAvailability),
  RoutedToStoreTermsResolver,
];
