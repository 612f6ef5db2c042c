// An order's pickup slot, as the shopper chose it at checkout; here in order (which imports slots), not in slots.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PickupWindow } from '../slots/slots.types';
import type { Context } from './order.context';
import { CustomerOrder } from './order.entity';

@Resolver(() => CustomerOrder)
export class OrderPickupSlotResolver {
  @FieldResolver(() => PickupWindow, { nullable: true, description: 'Pickup orders: the slot chosen at checkout (null when none was chosen)' })
  async pickupSlot(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    // Only a pickup order with a slot needs its store's time zone; skip the load for the rest.
    if (order.fulfilment !== 'PICKUP' || !order.scheduledAt) return null;
    const store = await ctx.loaders.store.load(order.storeId);
    return store ? ctx.services.slots.windowOf(order, store.timeZone) : null;
  }
}
