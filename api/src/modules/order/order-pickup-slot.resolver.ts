// CustomerOrder.pickupSlot: the slot chosen at checkout, on the store's clock. Here, not in slots, because the
// order module sits above slots (checkout reserves slot places).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import type { PickupSlotService } from '../slots/slots.service';
import { PickupWindow } from '../slots/slots.types';
import type { StoreLoaders } from '../store/store.loaders';
import { CustomerOrder } from './order.entity';

type Context = RequestContext<{ slots: PickupSlotService }, StoreLoaders>;

@Resolver(() => CustomerOrder)
export class OrderPickupSlotResolver {
  @FieldResolver(() => PickupWindow, {
    nullable: true,
    description: 'Pickup orders: the slot chosen at checkout (null when none was chosen)',
  })
  async pickupSlot(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    // Only a pickup order with a slot needs its store's time zone; skip the load for the rest.
    if (order.fulfilment !== 'PICKUP' || !order.scheduledAt) return null;
    const store = await ctx.loaders.store.load(order.storeId);
    return store ? ctx.services.slots.windowOf(order, store.timeZone) : null;
  }
}
