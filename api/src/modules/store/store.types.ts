// GraphQL inputs and result unions for stores.
import { ArrayMaxSize, Length, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { createUnionType, Field, InputType, Int, ObjectType, ArgsType } from 'type-graphql';
import { GeoPointInput } from '../../common/geo';
import { Connection, PageArgs } from '../../common/pagination';
import { ErrorCode, ErrorResult } from '../../common/errors';
import { DuplicateStoreCodeError, InvalidHoursError, InvalidTimeZoneError, InvalidZoneError, StoreNotFoundError } from './store.errors';
import { Store, StoreCapability, StoreStatus } from './store.entity';

@InputType()
export class WeeklyHoursInput {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday' }) weekday!: number;
  @Field(() => String) opens!: string;
  @Field(() => String) closes!: string;
}

@InputType()
export class HoursExceptionInput {
  @Field(() => String) date!: string;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => String, { nullable: true }) opens?: string;
  @Field(() => String, { nullable: true }) closes?: string;
  @Field(() => String, { nullable: true }) @Length(0, 200) note?: string;
}

@InputType()
export class DeliveryFeeTierInput {
  @Field(() => Int) upToM!: number;
  @Field(() => Int) feeFen!: number;
}

@InputType({ description: 'Fields of a store; on update, omitted fields keep their value' })
export class StoreUpdateInput {
  @Field(() => String, { nullable: true }) @Length(1, 100) name?: string;
  @Field(() => String, { nullable: true }) @Length(1, 50) city?: string;
  @Field(() => String, { nullable: true }) @Length(1, 300) address?: string;
  @Field(() => String, { nullable: true }) @Length(0, 40) phone?: string;
  @Field(() => GeoPointInput, { nullable: true }) @ValidateNested() location?: GeoPointInput;
  @Field(() => String, { nullable: true }) timeZone?: string;
  @Field(() => StoreStatus, { nullable: true }) status?: StoreStatus;
  @Field(() => [StoreCapability], { nullable: true }) capabilities?: StoreCapability[];
  @Field(() => [WeeklyHoursInput], { nullable: true }) @ArrayMaxSize(50) hours?: WeeklyHoursInput[];
  @Field(() => [HoursExceptionInput], { nullable: true }) @ArrayMaxSize(400) exceptions?: HoursExceptionInput[];
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'GeoJSON Polygon or MultiPolygon in WGS-84. Setting a zone clears the radius and vice versa.',
  })
  deliveryZone?: unknown;
  @Field(() => Int, { nullable: true }) @Min(100) @Max(50_000) deliveryRadiusM?: number;
  @Field(() => Int, { nullable: true, description: 'Minimum order for delivery, fen' }) @Min(0) @Max(10_000_000) minOrderFen?: number;
  @Field(() => Int, { nullable: true, description: 'Pickup orders per pickup slot (default 10)' })
  @Min(0)
  @Max(10_000)
  pickupSlotCapacity?: number;
  @Field(() => [DeliveryFeeTierInput], { nullable: true, description: 'Ascending by upToM; at most 10' })
  @ArrayMaxSize(10)
  deliveryFeeTiers?: DeliveryFeeTierInput[];
}

@InputType()
export class StoreInput extends StoreUpdateInput {
  @Field(() => String) @Length(1, 32) code!: string;
  @Field(() => String) @Length(1, 100) override name!: string;
  @Field(() => String) @Length(1, 50) override city!: string;
  @Field(() => String) @Length(1, 300) override address!: string;
  @Field(() => GeoPointInput) @ValidateNested() override location!: GeoPointInput;
  @Field(() => String, { defaultValue: 'Asia/Shanghai' }) override timeZone!: string;
  @Field(() => [StoreCapability]) override capabilities!: StoreCapability[];
  @Field(() => [WeeklyHoursInput]) @ArrayMaxSize(50) override hours!: WeeklyHoursInput[];
}

@ArgsType()
export class StoreListArgs extends PageArgs {
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => StoreStatus, { nullable: true }) status?: StoreStatus;
}

@ObjectType()
export class StoreConnection extends Connection(Store) {}

export const CreateStoreResult = createUnionType({
  name: 'CreateStoreResult',
  types: () => [Store, InvalidZoneError, InvalidHoursError, InvalidTimeZoneError, DuplicateStoreCodeError] as const,
});

export const UpdateStoreResult = createUnionType({
  name: 'UpdateStoreResult',
  types: () => [Store, StoreNotFoundError, InvalidZoneError, InvalidHoursError, InvalidTimeZoneError] as const,
});

@ObjectType({ description: 'One rejected feature of a network import' })
export class FeatureError {
  @Field(() => Int, { description: 'Index of the feature in the FeatureCollection' }) index!: number;
  @Field(() => String, { nullable: true, description: 'The store code the feature carries, if any' }) code?: string | null;
  @Field(() => ErrorCode) errorCode!: ErrorCode;
  @Field(() => String) message!: string;
}

@ObjectType()
export class NetworkImported {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [Store]) stores!: Store[];
}

@ObjectType({ implements: ErrorResult, description: 'Nothing was imported; every bad feature is listed' })
export class NetworkImportRejected extends ErrorResult {
  @Field(() => [FeatureError]) featureErrors!: FeatureError[];
}

export const ImportNetworkResult = createUnionType({
  name: 'ImportNetworkResult',
  types: () => [NetworkImported, NetworkImportRejected] as const,
});

@ObjectType({ description: "An instant as the store's own wall clock shows it (its time zone)" })
export class StoreMoment {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: "YYYY-MM-DD in the store's calendar" }) date!: string;
  @Field(() => String, { description: 'HH:MM; a close at midnight reads 24:00 of the day before' }) time!: string;
  @Field(() => Int, { description: "0 today, 1 tomorrow, in the store's calendar" }) daysFromToday!: number;
}
