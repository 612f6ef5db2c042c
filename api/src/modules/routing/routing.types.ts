// GraphQL shapes of routing: nearby stores, per-store availability, and the routing decision.
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorResult } from '../../common/errors';
import { GeoPointInput } from '../../common/geo';
import { PageInfo } from '../../common/pagination';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { StoreNotFoundError } from '../store/store.errors';
import { Store, StoreStatus } from '../store/store.entity';
import { Ineligibility } from './routing-rules';

export enum FulfilmentType {
  DELIVERY = 'DELIVERY',
  PICKUP = 'PICKUP',
}
registerEnumType(FulfilmentType, { name: 'FulfilmentType', description: 'Same-city delivery, or in-store pickup' });
registerEnumType(Ineligibility, {
  name: 'IneligibilityReason',
  description: 'Why a store cannot take a cart',
  valuesConfig: {
    STORE_PAUSED: { description: 'Temporarily not taking orders' },
    STORE_CLOSED_DOWN: { description: 'Closed for good' },
    NO_DELIVERY: { description: 'The store does not deliver' },
    NO_PICKUP: { description: 'The store does not offer pickup' },
    OUT_OF_ZONE: { description: "The address is outside the store's delivery zone" },
    NOT_OPEN: { description: 'Not open at the requested time' },
    OUT_OF_STOCK: { description: 'Some lines are short; see shortLines' },
  },
});

export const MAX_CART_LINES = 50;

@InputType()
export class CartLineInput {
  @Field(() => ID) skuId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(999) quantity!: number;
}

@InputType()
export class RouteCartInput {
  @Field(() => [CartLineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_CART_LINES) @ValidateNested() lines!: CartLineInput[];
  @Field(() => FulfilmentType) fulfilment!: FulfilmentType;
  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'DELIVERY: the delivery address. PICKUP: where the shopper is (required unless storeId is given).',
  })
  @ValidateNested()
  location?: GeoPointInput;
  @Field(() => ID, { nullable: true, description: 'PICKUP only: the store the shopper chose' }) storeId?: string;
  @Field(() => Date, { nullable: true, description: 'For a scheduled order: the store must be open then' }) scheduledAt?: Date;
}

@ArgsType()
export class NearbyStoresArgs {
  @Field(() => GeoPointInput) @ValidateNested() location!: GeoPointInput;
  @Field(() => FulfilmentType, { nullable: true, description: 'Only stores that can do this here' }) fulfilment?: FulfilmentType;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) first: number = 20;
  @Field(() => String, { nullable: true }) after?: string;
}

@ArgsType()
export class AvailabilityArgs {
  @Field(() => GeoPointInput) @ValidateNested() location!: GeoPointInput;
  @Field(() => [CartLineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_CART_LINES) @ValidateNested() lines!: CartLineInput[];
  @Field(() => FulfilmentType) fulfilment!: FulfilmentType;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) first: number = 10;
}

@ObjectType()
export class NearbyStore {
  @Field(() => Store) store!: Store;
  storeId!: string;
  @Field(() => Int, { description: 'Straight-line distance on the spheroid, metres' }) distanceM!: number;
  @Field(() => StoreStatus) status!: StoreStatus;
  @Field(() => Boolean) openNow!: boolean;
  @Field(() => Boolean, { description: 'Delivers to this point (inside its zone)' }) deliversHere!: boolean;
  @Field(() => Boolean) canPickup!: boolean;
}

@ObjectType()
export class NearbyStoreConnection {
  @Field(() => [NearbyStore]) nodes!: NearbyStore[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class LineAvailability {
  @Field(() => ID) skuId!: string;
  @Field(() => Int) requested!: number;
  @Field(() => Int) available!: number;
  @Field(() => Boolean) enough!: boolean;
  /** The store the line was counted at, where the answer names one (the price field reads it). */
  storeId?: string;
}

@ObjectType()
export class StoreAvailability extends NearbyStore {
  @Field(() => Boolean, { description: 'Has every line in the requested quantity' }) hasAllLines!: boolean;
  @Field(() => Boolean, { description: 'Could take the whole cart for this fulfilment now' }) canServeCart!: boolean;
  @Field(() => [LineAvailability]) lines!: LineAvailability[];
}

@ObjectType()
export class CartLine {
  @Field(() => ID) skuId!: string;
  @Field(() => Int) quantity!: number;
}

@ObjectType({ description: 'One store can take the whole cart' })
export class RoutedToStore {
  @Field(() => Store) store!: Store;
  storeId!: string;
  @Field(() => Int) distanceM!: number;
  @Field(() => FulfilmentType) fulfilment!: FulfilmentType;
  @Field(() => [CartLine]) lines!: CartLine[];
}

@ObjectType()
export class SplitPart {
  @Field(() => Store) store!: Store;
  storeId!: string;
  @Field(() => Int) distanceM!: number;
  @Field(() => [CartLine]) lines!: CartLine[];
  /** The proposal this part belongs to: its fee depends on which part carries the most goods. */
  proposal?: SplitProposal;
}

@ObjectType({ description: 'DELIVERY only: no single store has everything; these fewest stores together do (拆单)' })
export class SplitProposal {
  @Field(() => [SplitPart]) parts!: SplitPart[];
}

@ObjectType()
export class StoreIneligibility {
  @Field(() => Store) store!: Store;
  storeId!: string;
  @Field(() => Int) distanceM!: number;
  @Field(() => [Ineligibility]) reasons!: Ineligibility[];
  @Field(() => [LineAvailability], { description: 'Lines this store is short of' }) shortLines!: LineAvailability[];
}

@ObjectType()
export class StockAtStore {
  @Field(() => Store) store!: Store;
  storeId!: string;
  @Field(() => Int) distanceM!: number;
  @Field(() => Int) available!: number;
}

@ObjectType()
export class LineAlternatives {
  @Field(() => ID) skuId!: string;
  @Field(() => Int) requested!: number;
  @Field(() => [StockAtStore], { description: 'Nearest stores that could serve this line, nearest first' })
  availableAt!: StockAtStore[];
}

@ObjectType({ implements: ErrorResult, description: 'No store can take this cart; the reasons say why' })
export class NoStoreAvailable extends ErrorResult {
  @Field(() => [StoreIneligibility], { description: 'Nearest stores considered, each with its reasons' })
  candidates!: StoreIneligibility[];
  @Field(() => [LineAlternatives], { description: 'Lines some otherwise suitable store is short of, with where they are in stock' })
  shortLines!: LineAlternatives[];
  @Field(() => RoutedToStore, {
    nullable: true,
    description: 'The nearest store where the whole cart can be picked up now (e.g. "南京东路店 800 m 可自取"), when there is one',
  })
  pickupInstead?: RoutedToStore | null;
}

export const RouteResult = createUnionType({
  name: 'RouteResult',
  types: () => [RoutedToStore, SplitProposal, NoStoreAvailable, UnknownSkuError, StoreNotFoundError] as const,
});

@ObjectType()
export class AvailabilityReport {
  @Field(() => [StoreAvailability], { description: 'Nearest stores first' }) stores!: StoreAvailability[];
}

export const AvailabilityResult = createUnionType({
  name: 'AvailabilityResult',
  types: () => [AvailabilityReport, UnknownSkuError] as const,
});
