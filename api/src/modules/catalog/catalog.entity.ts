// The chain's catalog: categories, products, and the SKUs (sellable spec combinations) priced in fen.
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType()
@Entity({ tableName: 'category' })
export class Category {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'text', unique: true }) code!: string;
  @Field(() => String) @Property({ type: 'text' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The parent of a second-level category; null at the top' })
  @Property({ type: 'uuid', nullable: true })
  parentId?: string | null;
  @Field(() => Int, { description: 'Order among its siblings, smallest first' }) @Property({ type: 'integer' }) position: number = 0;
  @Field(() => String, { description: 'An icon name or picture URL; empty when none' }) @Property({ type: 'text' }) icon: string = '';
}

export enum ProductStatus {
  DRAFT = 'DRAFT',
  ON_SALE = 'ON_SALE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ProductStatus, { name: 'ProductStatus', description: 'Shoppers see ON_SALE products only' });

@ObjectType()
export class ProductSpec {
  @Field(() => String, { description: 'e.g. 颜色' }) name!: string;
  @Field(() => [String], { description: 'e.g. 红, 蓝' }) values!: string[];
}

@ObjectType()
export class SkuAttribute {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@ObjectType()
@Entity({ tableName: 'product' })
export class Product {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'text', unique: true }) code!: string;
  @Field(() => String) @Property({ type: 'text' }) name!: string;
  @Field(() => String) @Property({ type: 'text' }) subtitle: string = '';
  @Field(() => String, { description: 'Rich text (HTML), sanitized when saved: formatting only, no scripts or links' })
  @Property({ type: 'text' })
  description: string = '';
  @Field(() => String, { description: 'e.g. 瓶, 袋, 件' }) @Property({ type: 'text' }) unit: string = '件';
  @Field(() => ProductStatus) @Property({ type: 'text' }) status: ProductStatus = ProductStatus.ON_SALE;
  /** The primary category (settlement rules read it); the product may sit in others too (product_in_category). */
  @Property({ type: 'uuid' }) categoryId!: string;
  @Field(() => [ProductSpec], { description: 'Spec options a shopper picks from (e.g. 颜色 × 尺码); each SKU names one value of each' })
  @Property({ type: 'json' })
  specs: ProductSpec[] = [];
  /** The catalog's own picture; without one the API draws a tile (Product.imageUrl). */
  @Property({ type: 'text', nullable: true }) imageUrl?: string | null;
}

@ObjectType()
@Entity({ tableName: 'sku' })
export class Sku {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'text', unique: true }) code!: string;
  @Property({ type: 'uuid' }) productId!: string;
  @Property({ type: 'json' }) attributes: Record<string, string> = {};
  @Field(() => Int, { description: 'The chain list price in fen (1/100 yuan); what a store charges now is priceAt' })
  @Property({ type: 'integer' })
  priceFen!: number;
  @Field(() => Boolean) @Property({ type: 'boolean' }) active = true;
  @Field(() => String, { nullable: true, description: 'EAN-13 (a UPC-A is stored with a leading 0)' })
  @Property({ type: 'text', nullable: true })
  barcode?: string | null;
  /** HQ's 划线价; shown only where the 7-day rule allows (Sku.compareAtFenAt). */
  @Property({ type: 'integer', nullable: true }) compareAtFen?: number | null;
}
