// Store queries for everyone; network changes for HQ.
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { CoordinateSystem, fromCanonical, GeoPoint } from '../../common/geo';
import type { Context } from './store.context';
import { Role } from '../../common/viewer';
import { importNetwork } from './network-import';
import { importProgressPublisher, NetworkImportProgress, subscribeImportProgress } from './network-import-progress';
import { isOpenAt, normaliseExceptions, normaliseWeeklyHours } from './opening-hours';
import { openingWindow, type OpeningWindow } from './opening-window';
import { Store, StoreCapability } from './store.entity';
import {
  CreateStoreResult,
  ImportNetworkResult,
  StoreConnection,
  StoreInput,
  StoreListArgs,
  StoreMoment,
  StoreUpdateInput,
  UpdateStoreResult,
} from './store.types';

@Resolver(() => Store)
export class StoreResolver {
  @Query(() => Store, { nullable: true })
  store(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.store.load(id);
  }

  @Query(() => StoreConnection, { description: 'All stores by code; for HQ and store pickers' })
  stores(@Args(() => StoreListArgs) args: StoreListArgs, @Ctx() ctx: Context) {
    return ctx.services.store.listStores(args);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => CreateStoreResult)
  createStore(@Arg('input', () => StoreInput) input: StoreInput, @Ctx() ctx: Context) {
    return ctx.services.store.createStore(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => UpdateStoreResult)
  updateStore(@Arg('id', () => ID) id: string, @Arg('input', () => StoreUpdateInput) input: StoreUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.store.updateStore(id, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => ImportNetworkResult, {
    description:
      'Create or update stores (matched by code) from a GeoJSON FeatureCollection; all or nothing. With an importId, ' +
      'its progress is told on storeNetworkImportProgress(importId) while it runs.',
  })
  importStoreNetwork(
    @Arg('featureCollection', () => GraphQLJSON) featureCollection: unknown,
    @Arg('importId', () => ID, { nullable: true, description: 'An id the caller made up (a UUID) to follow the progress by' })
    importId: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return importNetwork(ctx.em, ctx.services.store, featureCollection, importProgressPublisher(ctx.pubSub, importId));
  }

  @Subscription(() => NetworkImportProgress, {
    description: 'HQ: how far the network import sent with this importId has come (after each batch checked or written)',
    subscribe: subscribeImportProgress,
  })
  storeNetworkImportProgress(@Arg('importId', () => ID) _importId: string, @Root() event: NetworkImportProgress): NetworkImportProgress {
    return Object.assign(new NetworkImportProgress(), event);
  }

  @FieldResolver(() => GeoPoint)
  location(
    @Root() store: Store,
    @Arg('system', () => CoordinateSystem, { defaultValue: CoordinateSystem.WGS84 }) system: CoordinateSystem,
  ): GeoPoint {
    return fromCanonical({ lat: store.lat, lng: store.lng }, system);
  }

  @FieldResolver(() => [StoreCapability])
  capabilities(@Root() store: Store): StoreCapability[] {
    return store.capabilities;
  }

  @FieldResolver(() => Boolean, { description: 'Open right now by its hours, in its own time zone' })
  openNow(@Root() store: Store, @Ctx() ctx: Context): boolean {
    const spans = normaliseWeeklyHours(store.hours);
    const exceptions = normaliseExceptions(store.exceptions);
    return spans.ok && exceptions.ok && isOpenAt(spans.value, exceptions.value, store.timeZone, ctx.clock.now());
  }

  @FieldResolver(() => StoreMoment, {
    nullable: true,
    description: 'Closed now: when it opens next by its hours and special dates (null: not within a week)',
  })
  opensAt(@Root() store: Store, @Ctx() ctx: Context): StoreMoment | null {
    return windowOf(store, ctx).opensAt;
  }

  @FieldResolver(() => StoreMoment, {
    nullable: true,
    description: 'Open now: when it closes next (null: not within a week, e.g. open around the clock)',
  })
  closesAt(@Root() store: Store, @Ctx() ctx: Context): StoreMoment | null {
    return windowOf(store, ctx).closesAt;
  }
}

const CLOSED: OpeningWindow = { openNow: false, opensAt: null, closesAt: null };

function windowOf(store: Store, ctx: Context): OpeningWindow {
  const spans = normaliseWeeklyHours(store.hours);
  const exceptions = normaliseExceptions(store.exceptions);
  return spans.ok && exceptions.ok ? openingWindow(spans.value, exceptions.value, store.timeZone, ctx.clock.now()) : CLOSED;
}
