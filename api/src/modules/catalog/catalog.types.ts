// GraphQL shapes for the catalog: the product list's filters, and stock at a store as a shopper sees it.
import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { Product, ProductStatus } from './catalog.entity';

export enum StockAvailability {
  IN_STOCK = 'IN_STOCK',
  /** At most LOW_STOCK_THRESHOLD left: "few left" (仅剩少量). */
  LOW = 'LOW',
  SOLD_OUT = 'SOLD_OUT',
}
registerEnumType(StockAvailability, { name: 'StockAvailability', description: 'Stock of a SKU (or the best of a product) at one store' });

@ObjectType()
export class ProductConnection extends Connection(Product) {}

@ArgsType()
export class ProductListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) categoryId?: string;
  @Field(() => String, { nullable: true, description: 'Part of the product name (e.g. 可乐), or a whole SKU code or barcode' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
  @Field(() => ID, { nullable: true, description: 'Only products this store has on the shelf (sold out ones included unless inStockOnly)' })
  storeId?: string;
  @Field(() => ProductStatus, { nullable: true, description: 'HQ only: products in this status (others always see ON_SALE)' })
  status?: ProductStatus | null;
  @Field(() => Boolean, { defaultValue: false, description: 'With storeId: only products with a SKU available there now' })
  inStockOnly: boolean = false;
}

@ObjectType({ description: 'How much of a SKU one store can sell now' })
export class SkuStock {
  @Field(() => ID) storeId!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => Int, { description: 'On hand less what is held for orders; 0 when the store does not carry it' }) available!: number;
  @Field(() => StockAvailability) level!: StockAvailability;
}
