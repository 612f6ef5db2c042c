// Stock per store × SKU and the append-only journal of every change to it.
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StockMovementReason {
  RECEIVED = 'RECEIVED',
  STOCKTAKE = 'STOCKTAKE',
  DAMAGED = 'DAMAGED',
  RETURNED = 'RETURNED',
  CORRECTION = 'CORRECTION',
  IMPORT = 'IMPORT',
  /** Held for an order: reserved rises, on hand stays. */
  ORDER_RESERVED = 'ORDER_RESERVED',
  /** An order's hold given back (cancelled, timed out, re-routed). */
  ORDER_RELEASED = 'ORDER_RELEASED',
  /** Handed over to the shopper or the courier: on hand and reserved both fall. */
  ORDER_FULFILLED = 'ORDER_FULFILLED',
}
registerEnumType(StockMovementReason, {
  name: 'StockMovementReason',
  description: 'Why stock changed',
});

@ObjectType('StockLevel')
@Entity({ tableName: 'store_stock' })
export class StoreStock {
  @PrimaryKey({ type: 'uuid' }) storeId!: string;
  @PrimaryKey({ type: 'uuid' }) skuId!: string;
  /** The store's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Field(() => Int, { description: 'Units physically in the store' }) @Property({ type: 'integer' }) onHand = 0;
  @Field(() => Int, { description: 'Units held for unfinished orders' }) @Property({ type: 'integer' }) reserved = 0;
  @Field(() => Date) @Property({ type: 'timestamptz' }) updatedAt: Date = new Date();

  @Field(() => Int, { description: 'onHand - reserved: what can still be sold' })
  get available(): number {
    return this.onHand - this.reserved;
  }
}

@ObjectType()
@Entity({ tableName: 'stock_movement' })
export class StockMovement {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) storeId!: string;
  @Property({ type: 'uuid' }) skuId!: string;
  /** The store's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Field(() => Int) @Property({ type: 'integer' }) deltaOnHand!: number;
  @Field(() => Int) @Property({ type: 'integer' }) deltaReserved = 0;
  @Field(() => Int) @Property({ type: 'integer' }) onHandAfter!: number;
  @Field(() => Int) @Property({ type: 'integer' }) reservedAfter!: number;
  @Field(() => StockMovementReason) @Property({ type: 'text' }) reason!: StockMovementReason;
  @Field(() => String, { nullable: true, description: 'Order reference, when an order moved the stock' })
  @Property({ type: 'text', nullable: true })
  orderRef?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
  @Field(() => String, { description: 'Who made the change: staff username or system' })
  @Property({ type: 'text' })
  actor!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
