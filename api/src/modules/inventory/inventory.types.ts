// GraphQL inputs and results for store stock.
import { IsInt, Length, NotEquals } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { StoreNotFoundError } from '../store/store.errors';
import { InsufficientStockError, UnknownSkuError } from './inventory.errors';
import { StockMovement, StockMovementReason, StoreStock } from './inventory.entity';

@InputType()
export class AdjustStockInput {
  @Field(() => ID) storeId!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => Int, { description: 'Units to add (positive) or remove (negative); never 0' })
  @IsInt()
  @NotEquals(0)
  delta!: number;
  @Field(() => StockMovementReason) reason!: StockMovementReason;
  @Field(() => String, { nullable: true }) @Length(0, 500) note?: string;
}

export const AdjustStockResult = createUnionType({
  name: 'AdjustStockResult',
  types: () => [StoreStock, StoreNotFoundError, UnknownSkuError, InsufficientStockError] as const,
});

@ObjectType()
export class StockLevelConnection extends Connection(StoreStock) {}

@ObjectType()
export class StockMovementConnection extends Connection(StockMovement) {}

@ArgsType()
export class StoreStockArgs extends PageArgs {
  @Field(() => ID) storeId!: string;
}

@ArgsType()
export class StockMovementArgs extends PageArgs {
  @Field(() => ID) storeId!: string;
  @Field(() => ID, { nullable: true }) skuId?: string;
}
