// pickupSlots: the slots a store offers on one of its dates, with the places left.
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, createUnionType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from './slots.context';
import { StoreNotFoundError } from '../store/store.errors';
import { PickupSlot } from './slots.types';

@ObjectType()
export class PickupSlotList {
  @Field(() => ID) storeId!: string;
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => [PickupSlot], { description: 'Empty when the store is closed that day, offers no pickup, or the date is not offered' })
  slots!: PickupSlot[];
}

export const PickupSlotsResult = createUnionType({ name: 'PickupSlotsResult', types: () => [PickupSlotList, StoreNotFoundError] as const });

@Resolver()
export class PickupSlotResolver {
  @Query(() => PickupSlotsResult, { description: "Pickup slots of a store on its local date (YYYY-MM-DD in the store's time zone)" })
  async pickupSlots(@Arg('storeId', () => ID) storeId: string, @Arg('date', () => GraphQLLocalDate) date: string, @Ctx() ctx: Context) {
    const slots = await ctx.services.slots.slots(storeId, date);
    return slots instanceof StoreNotFoundError ? slots : Object.assign(new PickupSlotList(), { storeId, date, slots });
  }
}
