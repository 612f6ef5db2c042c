// A store of the chain: where it is, when it opens, what it does, and where it delivers.
import { randomUUID } from 'node:crypto';
import type { GeoJsonMultiPolygon, GeoJsonPolygon, HoursException, WeeklyHours } from '@linli/geo-data';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

export enum StoreStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(StoreStatus, {
  name: 'StoreStatus',
  description: 'ACTIVE takes orders; PAUSED is temporarily off (e.g. stocktake); CLOSED has shut for good',
});

export enum StoreCapability {
  PICKUP = 'PICKUP',
  DELIVERY = 'DELIVERY',
}
registerEnumType(StoreCapability, { name: 'StoreCapability' });

@ObjectType()
export class WeeklyHoursType implements WeeklyHours {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday' }) weekday!: number;
  @Field(() => String, { description: 'HH:MM local' }) opens!: string;
  @Field(() => String, { description: 'HH:MM local; at or before opens means past midnight' }) closes!: string;
}

@ObjectType()
export class HoursExceptionType implements HoursException {
  @Field(() => String, { description: "YYYY-MM-DD in the store's calendar" }) date!: string;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => String, { nullable: true }) opens?: string;
  @Field(() => String, { nullable: true }) closes?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType({ description: 'Delivery within upToM metres costs feeFen; the last tier also covers anything farther' })
export class DeliveryFeeTier {
  @Field(() => Int) upToM!: number;
  @Field(() => Int) feeFen!: number;
}

@ObjectType('Store')
@Entity({ tableName: 'store' })
export class Store {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Chain-wide store code, e.g. SH-001' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String) @Property({ type: 'text' }) name!: string;
  @Field(() => String) @Property({ type: 'text' }) city!: string;
  @Field(() => String) @Property({ type: 'text' }) address!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) phone?: string | null;

  /** WGS-84; the geography column `location` is generated from these by the database. */
  @Property({ type: 'double' }) lat!: number;
  @Property({ type: 'double' }) lng!: number;

  @Field(() => String, { description: 'IANA time zone the opening hours are read in' })
  @Property({ type: 'text' })
  timeZone!: string;

  @Field(() => StoreStatus)
  @Property({ type: 'text' })
  status: StoreStatus = StoreStatus.ACTIVE;

  @Property({ type: 'boolean' }) canPickup = true;
  @Property({ type: 'boolean' }) canDeliver = true;

  @Field(() => [WeeklyHoursType])
  @Property({ type: 'json' })
  hours: WeeklyHours[] = [];

  @Field(() => [HoursExceptionType])
  @Property({ type: 'json' })
  exceptions: HoursException[] = [];

  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON Polygon or MultiPolygon, WGS-84' })
  @Property({ type: 'json', nullable: true })
  deliveryZone?: GeoJsonPolygon | GeoJsonMultiPolygon | null;

  @Field(() => Int, { nullable: true, description: 'Delivery radius in metres, for stores without a zone polygon' })
  @Property({ type: 'integer', nullable: true })
  deliveryRadiusM?: number | null;

  @Field(() => Int, { description: 'Least value of goods, in fen, this store delivers (起送价)' })
  @Property({ type: 'integer' })
  minOrderFen = 2000;

  @Field(() => [DeliveryFeeTier], { description: 'Delivery fee by straight-line distance from the store, ascending' })
  @Property({ type: 'json' })
  deliveryFeeTiers: DeliveryFeeTier[] = [
    { upToM: 3000, feeFen: 500 },
    { upToM: 5000, feeFen: 800 },
    { upToM: 20000, feeFen: 1200 },
  ];

  @Field(() => Int, { description: 'Pickup orders one pickup slot takes (pickupSlots); 0 offers no slots' })
  @Property({ type: 'integer' })
  pickupSlotCapacity = 10;

  /** How far from the store its zone reaches, in metres; routing searches no further for delivery. */
  @Property({ type: 'integer' }) deliveryReachM = 0;

  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();

  get capabilities(): StoreCapability[] {
    return [...(this.canPickup ? [StoreCapability.PICKUP] : []), ...(this.canDeliver ? [StoreCapability.DELIVERY] : [])];
  }
}
