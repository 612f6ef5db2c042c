// Stock for staff: clerks see and change their own store, HQ every store.
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './inventory.context';
import { publicActor } from '../auth/shopper-ref';
import { Role } from '../auth/auth.entity';
import { Sku } from '../catalog/catalog.entity';
import { Store } from '../store/store.entity';
import { StockMovement, StoreStock } from './inventory.entity';
import {
  AdjustStockInput,
  AdjustStockResult,
  StockLevelConnection,
  StockMovementArgs,
  StockMovementConnection,
  StoreStockArgs,
} from './inventory.types';

@Resolver(() => StoreStock)
export class StockLevelResolver {
  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Query(() => StockLevelConnection)
  storeStock(@Args(() => StoreStockArgs) args: StoreStockArgs, @Ctx() ctx: Context) {
    return ctx.services.inventory.listStock(ctx.viewer, args);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Query(() => StockMovementConnection, { description: 'The stock journal, newest first' })
  stockMovements(@Args(() => StockMovementArgs) args: StockMovementArgs, @Ctx() ctx: Context) {
    return ctx.services.inventory.listMovements(ctx.viewer, args);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => AdjustStockResult)
  adjustStock(@Arg('input', () => AdjustStockInput) input: AdjustStockInput, @Ctx() ctx: Context) {
    return ctx.services.inventory.adjustStock(ctx.viewer, input);
  }

  @FieldResolver(() => Sku)
  sku(@Root() level: StoreStock, @Ctx() ctx: Context) {
    return ctx.loaders.sku.load(level.skuId);
  }

  @FieldResolver(() => Store)
  store(@Root() level: StoreStock, @Ctx() ctx: Context) {
    return ctx.loaders.store.load(level.storeId);
  }
}

@Resolver(() => StockMovement)
export class StockMovementResolver {
  @FieldResolver(() => Sku)
  sku(@Root() movement: StockMovement, @Ctx() ctx: Context) {
    return ctx.loaders.sku.load(movement.skuId);
  }

  @FieldResolver(() => String, {
    description: 'Who made the change: staff:<username>, system:<job>, or shopper:<opaque reference> (a checkout)',
  })
  actor(@Root() movement: StockMovement): string {
    return publicActor(movement.actor);
  }
}
