// Pickup slots as GraphQL shows them, and the refusal when a chosen slot cannot be had.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

@ObjectType({ description: "A time window to collect a pickup order, in the store's hours" })
export class PickupSlot {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { description: 'Wall-clock time at the store, e.g. 10:00-10:30' }) label!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Places still free' }) remaining!: number;
  @Field(() => Boolean, { description: 'Can be chosen now: places free and not too close to its start' }) available!: boolean;
}

@ObjectType({ description: "The pickup slot an order holds, as the store's clock shows it" })
export class PickupWindow {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => GraphQLLocalDate, { description: "The store's local date of the slot" }) date!: string;
  @Field(() => String, { description: 'Wall-clock time at the store, e.g. 14:00-14:30' }) label!: string;
}

export enum PickupSlotProblem {
  /** Not a slot start of this store (misaligned, outside its hours, or beyond the days offered). */
  NOT_A_SLOT = 'NOT_A_SLOT',
  /** Starts too soon (or is past). */
  TOO_LATE = 'TOO_LATE',
  /** Every place is taken. */
  FULL = 'FULL',
  /** The shopper already holds a place in this slot with a checkout not paid yet: one unpaid place per slot. */
  UNPAID_PLACE_HELD = 'UNPAID_PLACE_HELD',
}
registerEnumType(PickupSlotProblem, { name: 'PickupSlotProblem' });

@ObjectType({ implements: ErrorResult, description: 'The chosen pickup slot cannot be had; nextSlots are the nearest ones that can' })
export class PickupSlotUnavailableError extends ErrorResult {
  @Field(() => ID) storeId!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => PickupSlotProblem) problem!: PickupSlotProblem;
  @Field(() => [PickupSlot], { description: 'The next slots with places free, soonest first (at most 3)' }) nextSlots!: PickupSlot[];
  static of(storeId: string, startsAt: Date, problem: PickupSlotProblem, nextSlots: PickupSlot[]) {
    const words = {
      NOT_A_SLOT: 'is not a pickup slot of this store',
      TOO_LATE: 'starts too soon to choose',
      FULL: 'is full',
      UNPAID_PLACE_HELD: 'already holds a place of yours not paid yet; pay or cancel that checkout first',
    }[problem];
    return Object.assign(
      errorResult(new PickupSlotUnavailableError(), ErrorCode.PICKUP_SLOT_UNAVAILABLE, `The slot at ${startsAt.toISOString()} ${words}`),
      {
        storeId,
        startsAt,
        problem,
        nextSlots,
      },
    );
  }
}
