// Routing queries, open to everyone (shoppers browse before signing in).
import { Arg, Args, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { ROUTING } from '../../common/query-cost';
import { priceAt } from '../catalog/price-timeline';
import type { Context } from './routing.context';
import { deliveryFee, leadFirst } from '../store/delivery-fee';
import { Store } from '../store/store.entity';
import {
  AvailabilityArgs,
  AvailabilityReport,
  AvailabilityResult,
  FulfilmentType,
  LineAvailability,
  NearbyStore,
  NearbyStoreConnection,
  NearbyStoresArgs,
  RouteCartInput,
  RouteResult,
  RoutedToStore,
  SplitPart,
  SplitProposal,
  StockAtStore,
  StoreAvailability,
  StoreIneligibility,
} from './routing.types';

@Resolver()
export class RoutingResolver {
  // Each of these runs spatial SQL: a routing, in the cost check and the anonymous limit (docs/api.md, Load shedding).
  @Extensions({ [ROUTING]: true })
  @Query(() => NearbyStoreConnection, { description: 'Stores by distance from a point, nearest first' })
  nearbyStores(@Args(() => NearbyStoresArgs) args: NearbyStoresArgs, @Ctx() ctx: Context) {
    return ctx.services.routing.nearbyStores(args);
  }

  @Extensions({ [ROUTING]: true })
  @Query(() => AvailabilityResult, { description: 'Which nearby stores can serve which lines of a cart' })
  async availability(@Args(() => AvailabilityArgs) args: AvailabilityArgs, @Ctx() ctx: Context) {
    const result = await ctx.services.routing.availability(args);
    return Array.isArray(result) ? Object.assign(new AvailabilityReport(), { stores: result }) : result;
  }

  @Extensions({ [ROUTING]: true })
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

const withStoreIds: ClassType<{ storeId: string }>[] = [
  NearbyStore,
  StoreAvailability,
  RoutedToStore,
  SplitPart,
  StoreIneligibility,
  StockAtStore,
];

/** A store found near a point: what delivering there would cost, by the store's own tiers and minimum. */
function deliveryTermsFields<T extends { storeId: string; distanceM: number; deliversHere: boolean }>(type: ClassType<T>) {
  @Resolver(() => type)
  class DeliveryTerms {
    @FieldResolver(() => Int, {
      nullable: true,
      description: 'Delivery fee to this point in fen; null when the store does not deliver here',
    })
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

/** The part a split checkout charges delivery to (as pricing orders them), worked out once per proposal. */
const leads = new WeakMap<SplitProposal, Promise<SplitPart>>();
function leadPart(proposal: SplitProposal, ctx: Context): Promise<SplitPart> {
  let lead = leads.get(proposal);
  if (!lead) {
    lead = (async () => {
      const skuIds = [...new Set(proposal.parts.flatMap((p) => p.lines.map((l) => l.skuId)))];
      const skus = await ctx.loaders.sku.loadMany(skuIds);
      const price = new Map(skuIds.map((id, i) => [id, skus[i] instanceof Error ? 0 : (skus[i]?.priceFen ?? 0)]));
      const goods = (part: SplitPart) => part.lines.reduce((sum, l) => sum + price.get(l.skuId)! * l.quantity, 0);
      return proposal.parts.map((part) => ({ part, goodsFen: goods(part), distanceM: part.distanceM })).sort(leadFirst)[0]!.part;
    })();
    leads.set(proposal, lead);
  }
  return lead;
}

async function leadFee(proposal: SplitProposal, ctx: Context): Promise<number> {
  const lead = await leadPart(proposal, ctx);
  return deliveryFee((await ctx.loaders.store.load(lead.storeId))!.deliveryFeeTiers, lead.distanceM);
}

@Resolver(() => SplitProposal)
export class SplitProposalTermsResolver {
  @FieldResolver(() => [SplitPart])
  parts(@Root() root: SplitProposal): SplitPart[] {
    return root.parts.map((part) => Object.assign(new SplitPart(), part, { proposal: root }));
  }

  @FieldResolver(() => Int, {
    description: "What this cart pays for delivery, in fen: one fee, the lead part's; checkout charges the same",
  })
  deliveryFeeFen(@Root() root: SplitProposal, @Ctx() ctx: Context): Promise<number> {
    return leadFee(root, ctx);
  }

  @FieldResolver(() => Int, {
    description: "Least value of goods, in fen, checkout takes for the whole cart: the lead part's store's 起送价",
  })
  async minOrderFen(@Root() root: SplitProposal, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.store.load((await leadPart(root, ctx)).storeId))!.minOrderFen;
  }
}

@Resolver(() => SplitPart)
export class SplitPartTermsResolver {
  @FieldResolver(() => Boolean, {
    description: 'This part carries the most goods (then is nearest): it pays the delivery fee and its store sets the minimum',
  })
  async lead(@Root() root: SplitPart, @Ctx() ctx: Context): Promise<boolean> {
    return (await leadPart(root.proposal!, ctx)) === root.proposal!.parts.find((p) => p.storeId === root.storeId);
  }

  @FieldResolver(() => Int, {
    description: "What this part pays for delivery, in fen: the lead part the one fee by its store's tiers and distance, the others 0",
  })
  async deliveryFeeFen(@Root() root: SplitPart, @Ctx() ctx: Context): Promise<number> {
    return (await this.lead(root, ctx)) ? leadFee(root.proposal!, ctx) : 0;
  }

  @FieldResolver(() => Int, {
    description: "Least value of goods, in fen, this part's store delivers (起送价); checkout holds the whole cart to the lead part's",
  })
  async minOrderFen(@Root() root: SplitPart, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.store.load(root.storeId))!.minOrderFen;
  }
}

@Resolver(() => LineAvailability)
export class LineAvailabilityPriceResolver {
  // Lists of products are the same at every store; the stock read a list makes at the chosen store brings that
  // store's prices with it, so a list row shows and adds what checkout will charge.
  @FieldResolver(() => Int, {
    nullable: true,
    description: "What this line's store charges now for one unit (its own price, else its group's, else the chain's), in fen",
  })
  async priceFen(@Root() line: LineAvailability, @Ctx() ctx: Context): Promise<number | null> {
    if (!line.storeId) return null;
    const [sku, rows, groupIds] = await Promise.all([
      ctx.loaders.sku.load(line.skuId),
      ctx.loaders.priceRows.load(line.skuId),
      ctx.loaders.groupsOfStore.load(line.storeId),
    ]);
    return sku ? priceAt(rows, sku.priceFen, { storeId: line.storeId, groupIds }, ctx.clock.now()) : null;
  }
}

export const routingStoreFieldResolvers = [
  LineAvailabilityPriceResolver,
  ...withStoreIds.map((type) => storeField(type)),
  deliveryTermsFields(NearbyStore),
  deliveryTermsFields(StoreAvailability),
  RoutedToStoreTermsResolver,
  SplitProposalTermsResolver,
  SplitPartTermsResolver,
];
