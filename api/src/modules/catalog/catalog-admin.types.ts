// GraphQL shapes for HQ editing the catalog: products with their SKU matrix, categories, prices, listing, audit.
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { StoreGroupNotFoundError, StoreNotFoundError } from '../store/store.errors';
import { Category, Product, ProductStatus } from './catalog.entity';
import {
  DuplicateBarcodeError,
  DuplicateCodeError,
  InvalidBarcodeError,
  InvalidCategoryError,
  InvalidPriceError,
  OverlappingPriceScheduleError,
  ProductNotFoundError,
  SpecMatrixError,
} from './catalog.errors';

const CODE = 64;

@InputType()
export class SpecInput {
  @Field(() => String) @Length(1, 20) name!: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(30) values!: string[];
}

@InputType()
export class SkuAttributeInput {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@InputType()
export class SkuInput {
  @Field(() => String) @Length(1, CODE) code!: string;
  @Field(() => [SkuAttributeInput], { description: 'One value of each spec dimension' }) attributes!: SkuAttributeInput[];
  @Field(() => String, { nullable: true, description: 'EAN-13 or UPC-A, check digit included' }) @IsOptional() barcode?: string | null;
  @Field(() => Int, { description: 'Chain list price in fen; a change is recorded in the price history' }) priceFen!: number;
  @Field(() => Int, { nullable: true, description: '划线价 in fen; shown only where the 7-day rule allows' }) compareAtFen?: number | null;
}

@InputType({ description: 'A whole product: a new one without id; with id, it replaces what was there' })
export class ProductInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) @Length(1, CODE) code!: string;
  @Field(() => String) @Length(1, 60) name!: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(120) subtitle: string = '';
  @Field(() => String, { defaultValue: '', description: 'HTML; scripts, handlers and links are removed' })
  @MaxLength(20_000)
  description: string = '';
  @Field(() => String, { defaultValue: '件' }) @Length(1, 8) unit: string = '件';
  @Field(() => ProductStatus, { defaultValue: ProductStatus.DRAFT }) status: ProductStatus = ProductStatus.DRAFT;
  @Field(() => [ID], { description: 'The first is the primary category' }) @ArrayMinSize(1) @ArrayMaxSize(10) categoryIds!: string[];
  @Field(() => [SpecInput], { defaultValue: [] }) @ArrayMaxSize(3) specs!: SpecInput[];
  @Field(() => [SkuInput]) @ArrayMinSize(1) @ArrayMaxSize(200) skus!: SkuInput[];
}

export const SaveProductResult = createUnionType({
  name: 'SaveProductResult',
  types: () =>
    [
      Product,
      ProductNotFoundError,
      DuplicateCodeError,
      InvalidBarcodeError,
      DuplicateBarcodeError,
      SpecMatrixError,
      InvalidPriceError,
      InvalidCategoryError,
    ] as const,
});

@InputType()
export class CategoryInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) @Length(1, CODE) code!: string;
  @Field(() => String) @Length(1, 20) name!: string;
  @Field(() => ID, { nullable: true, description: 'A top-level category; the tree has two levels' }) parentId?: string | null;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10_000) position: number = 0;
  @Field(() => String, { defaultValue: '' }) @MaxLength(200) icon: string = '';
}

export const SaveCategoryResult = createUnionType({
  name: 'SaveCategoryResult',
  types: () => [Category, DuplicateCodeError, InvalidCategoryError] as const,
});

@InputType({ description: 'A price from startsAt (default now): to endsAt as a window, or until replaced' })
export class SkuPriceInput {
  @Field(() => ID) skuId!: string;
  @Field(() => ID, { nullable: true, description: "A store's own price; without it or storeGroupId, the chain's" })
  storeId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "A store group's price: its stores pay it unless they have their own (never with storeId)",
  })
  storeGroupId?: string | null;
  @Field(() => Int) priceFen!: number;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
}

@ObjectType({ description: 'One price of a SKU over a time (the price history is these rows)' })
export class SkuPriceChange {
  @Field(() => ID) id!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => ID, { nullable: true, description: 'A store price; null with a null storeGroupId: the chain price' })
  storeId!: string | null;
  @Field(() => ID, { nullable: true, description: 'A store group price' }) storeGroupId!: string | null;
  @Field(() => Int) priceFen!: number;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

export const SchedulePriceResult = createUnionType({
  name: 'SchedulePriceResult',
  types: () =>
    [
      SkuPriceChange,
      InvalidPriceError,
      OverlappingPriceScheduleError,
      ProductNotFoundError,
      StoreNotFoundError,
      StoreGroupNotFoundError,
    ] as const,
});

@InputType({
  description: 'Put SKUs on or off the shelf at a store or at every store of a group: the SKUs named, or every SKU of a category',
})
export class ListingInput {
  @Field(() => ID, { nullable: true, description: 'One store (or name storeGroupId instead)' }) storeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Every store of this group' }) storeGroupId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) skuIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Every SKU of the products in this category (and its children)' })
  categoryId?: string | null;
  @Field(() => Boolean) onShelf!: boolean;
}

@ObjectType()
export class ListingChange {
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => ID, { nullable: true }) storeGroupId!: string | null;
  @Field(() => Boolean) onShelf!: boolean;
  @Field(() => Int, { description: 'Store × SKU listings that changed' }) changed!: number;
  @Field(() => Int, { description: 'Stores reached (1 for a store; a group: its stores)' }) stores!: number;
}

export const SetListingResult = createUnionType({
  name: 'SetListingResult',
  types: () => [ListingChange, StoreNotFoundError, StoreGroupNotFoundError, InvalidCategoryError, ProductNotFoundError] as const,
});

@ObjectType({ description: 'Who changed what in the catalog, and when' })
export class CatalogAuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. staff:hq-li' }) actor!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'e.g. product.create, price.schedule, listing.off' }) action!: string;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field(() => String, { description: 'What changed, as JSON' }) detail!: string;
}
