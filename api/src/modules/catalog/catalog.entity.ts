// The chain's catalog: categories, products, and the SKUs (sellable spec combinations) priced in fen.
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
@Entity({ tableName: 'category' })
export class Category {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'text', unique: true }) code!: string;
  @Field(() => String) @Property({ type: 'text' }) name!: string;
}

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
  @Field(() => String) @Property({ type: 'text' }) description: string = '';
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
  @Field(() => Int, { description: 'Unit price in fen (1/100 yuan)' }) @Property({ type: 'integer' }) priceFen!: number;
  @Field(() => Boolean) @Property({ type: 'boolean' }) active = true;
}
