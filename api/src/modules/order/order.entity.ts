// Checkouts, orders, their lines, state log and refunds as the ORM and GraphQL read them.
// Writes on the checkout path are SQL statements in checkout.repository.ts; these mappings are for reads.
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FulfilmentType } from '../routing/routing.types';
import type { OrderView } from '../../common/order-view';
import { OrderEvent, OrderState } from './order-states';

registerEnumType(OrderState, { name: 'OrderState', description: 'Where an order is in its lifecycle' });
registerEnumType(OrderEvent, { name: 'OrderEvent', description: 'What moves an order from one state to the next' });

export enum CheckoutState {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CheckoutState, { name: 'CheckoutState' });

export enum RefundStatus {
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(RefundStatus, { name: 'RefundStatus' });

@ObjectType({ description: 'One cart paid with one payment; split into one order per fulfilling store' })
@Entity({ tableName: 'checkout' })
export class Checkout {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id!: string;
  /** The row's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Property({ type: 'uuid' }) shopperId!: string;
  @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) requestHash!: string;
  @Field(() => CheckoutState) @Property({ type: 'text' }) state!: CheckoutState;
  @Field(() => FulfilmentType) @Property({ type: 'text' }) fulfilment!: FulfilmentType;
  @Field(() => Int) @Property({ type: 'integer' }) goodsFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) deliveryFeeFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) discountFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) pointsFen!: number;
  @Field(() => Int, { description: 'To pay: goods + delivery fee − discount − points' }) @Property({ type: 'integer' }) totalFen!: number;
  @Field(() => Int, { description: 'Points spent on it' }) @Property({ type: 'integer' }) pointsUsed!: number;
  @Property({ type: 'uuid', nullable: true }) couponId?: string | null;
  @Field(() => String, { description: 'The merchant order number WeChat Pay knows this payment by' })
  @Property({ type: 'text' })
  outTradeNo!: string;
  @Field(() => Date, { description: 'Unpaid checkouts are cancelled and their stock released at this time' })
  @Property({ type: 'timestamptz' })
  paymentExpiresAt!: Date;
  @Property({ type: 'text', nullable: true }) prepayId?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) prepayExpiresAt?: Date | null;
  @Property({ type: 'text', nullable: true }) transactionId?: string | null;
  @Property({ type: 'integer', nullable: true }) paidFen?: number | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) paidAt?: Date | null;
  @Field(() => Date) @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => String, { description: 'ONLINE (the shopper checked out) or COUNTER (a clerk rang it up: 收银)' })
  @Property({ type: 'text' })
  channel!: string;
  @Field(() => String, { nullable: true, description: 'COUNTER: CASH, CARD or WECHAT_CODE (付款码)' })
  @Property({ type: 'text', nullable: true })
  tender?: string | null;
  @Field(() => Int, { nullable: true, description: 'COUNTER, cash: what the customer handed over' })
  @Property({ type: 'integer', nullable: true })
  tenderedFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'COUNTER, cash: the change given back' })
  @Property({ type: 'integer', nullable: true })
  changeFen?: number | null;
}

/** An order as the ORM and GraphQL read it: the one reading shape (OrderView), so the two cannot drift apart. */
@ObjectType()
@Entity({ tableName: 'customer_order' })
export class CustomerOrder implements OrderView {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) checkoutId!: string;
  @Property({ type: 'uuid' }) shopperId!: string;
  @Property({ type: 'uuid' }) storeId!: string;
  @Field(() => FulfilmentType) @Property({ type: 'text' }) fulfilment!: FulfilmentType;
  @Field(() => OrderState) @Property({ type: 'text' }) state!: OrderState;
  @Field(() => Int) @Property({ type: 'integer' }) goodsFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) deliveryFeeFen!: number;
  @Field(() => Int, { description: 'Promotions taken off the goods and the delivery fee' })
  @Property({ type: 'integer' })
  discountFen!: number;
  @Field(() => Int, { description: 'The money value of the points that paid part of it' })
  @Property({ type: 'integer' })
  pointsFen!: number;
  @Field(() => Int, { description: 'The money paid: goods + delivery fee − discount − points' })
  @Property({ type: 'integer' })
  totalFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) refundedFen!: number;
  @Field(() => Int, { description: 'Straight-line metres from the store to the address or the shopper' })
  @Property({ type: 'integer' })
  distanceM!: number;
  @Field(() => String) @Property({ type: 'text' }) contactName!: string;
  @Field(() => String) @Property({ type: 'text' }) contactPhone!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) address!: string | null;
  @Property({ type: 'double', nullable: true }) deliveryLat!: number | null;
  @Property({ type: 'double', nullable: true }) deliveryLng!: number | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) scheduledAt!: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) remark!: string | null;
  /** HELD while reserved, CONSUMED once handed over, RELEASED when given back. */
  @Property({ type: 'text' }) stock!: 'HELD' | 'RELEASED' | 'CONSUMED';
  @Property({ type: 'uuid[]' }) rejectedStoreIds!: string[];
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'A paid order not accepted by then moves to another store' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptBy!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Pickup orders not collected by then are refunded and restocked' })
  @Property({ type: 'timestamptz', nullable: true })
  pickupDeadline!: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) handedOverAt!: Date | null;
  /** Settlement's: set at payment, read by the ledger (not in the API). */
  @Property({ type: 'uuid', nullable: true }) referringStoreId!: string | null;
  @Property({ type: 'uuid', nullable: true }) splitRuleSetId!: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date) @Property({ type: 'timestamptz' }) updatedAt!: Date;
  /** The city cluster (docs/scale.md); not in the API: the order's id carries it. */
  @Property({ type: 'text' }) clusterId!: string;
}

/** The API's object for an order a step (or the checkout) answered: the union of a step's results resolves by class. */
export function asCustomerOrder(order: OrderView): CustomerOrder {
  return answerAs(CustomerOrder, order);
}

/**
 * An object of an entity's class for an answer the API built itself (never loaded, never persisted): the fields as
 * the object's own, the class as its prototype (instanceof holds, so unions still resolve by class). Assigning them
 * to `new CustomerOrder()` ran MikroORM's setter for every field, which defines the field on the instance and
 * starts the entity's change tracking: about 1 % of a checkout's API time, for an object GraphQL only reads.
 */
export function answerAs<T extends object>(cls: new () => T, fields: object): T {
  return Object.setPrototypeOf({ ...fields }, cls.prototype) as T;
}

@ObjectType({ description: 'Who bears a discount' })
export class FunderShare {
  @Field(() => String, { description: 'HQ, STORE (the fulfilling store) or SPLIT' }) kind!: string;
  @Field(() => Int, { nullable: true, description: "SPLIT: the store's share in basis points" }) storeBp?: number | null;
}

@ObjectType({ description: 'One promotion (or the points) on an order line' })
export class LineAdjustment {
  @Field(() => String, { description: 'MEMBER_PRICE, FREE_DELIVERY (会员包邮), LINE_PRICE, FULL_REDUCTION, COUPON or POINTS' })
  kind!: string;
  @Field(() => ID, { nullable: true, description: 'The campaign or coupon template; none for points' }) promotionId!: string | null;
  @Field(() => Int) amountFen!: number;
  @Field(() => FunderShare) funder!: FunderShare;
}

@ObjectType()
@Entity({ tableName: 'order_line' })
export class OrderLine {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) orderId!: string;
  /** The order's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Property({ type: 'smallint' }) position!: number;
  @Field(() => ID) @Property({ type: 'uuid' }) skuId!: string;
  @Field(() => String) @Property({ type: 'text' }) skuCode!: string;
  @Field(() => String, { description: 'The product name as it was when ordered' }) @Property({ type: 'text' }) name!: string;
  @Field(() => Int) @Property({ type: 'integer' }) unitPriceFen!: number;
  @Field(() => Int) @Property({ type: 'integer' }) quantity!: number;
  @Field(() => Int) @Property({ type: 'integer' }) refundedQuantity!: number;
  @Field(() => Int, { description: 'Promotions taken off the line' }) @Property({ type: 'integer' }) discountFen!: number;
  @Field(() => Int, { description: 'The money value of the points that paid part of it' })
  @Property({ type: 'integer' })
  pointsFen!: number;
  @Field(() => [LineAdjustment], { description: 'Each promotion (and the points) on the line, with who funds it' })
  @Property({ type: 'json' })
  adjustments!: LineAdjustment[];
}

@ObjectType('OrderTransition', { description: 'One recorded step of an order: who moved it, when, from where to where, why' })
@Entity({ tableName: 'order_transition' })
export class OrderTransitionRecord {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'bigint', persist: false }) seq!: string;
  @Property({ type: 'uuid' }) orderId!: string;
  /** The row's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Field(() => OrderState, { nullable: true }) @Property({ type: 'text', nullable: true }) fromState?: OrderState | null;
  @Field(() => OrderState) @Property({ type: 'text' }) toState!: OrderState;
  @Field(() => String) @Property({ type: 'text' }) event!: string;
  @Field(() => ID, { description: 'The store the order was at when this happened' }) @Property({ type: 'uuid' }) storeId!: string;
  @Field(() => String) @Property({ type: 'text' }) actor!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reason?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz' }) at!: Date;
}

@ObjectType()
@Entity({ tableName: 'refund' })
export class Refund {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) orderId!: string;
  /** The row's city cluster (docs/scale.md): read, never written through the ORM. */
  @Property({ type: 'text' }) clusterId!: string;
  @Property({ type: 'uuid' }) checkoutId!: string;
  @Field(() => String) @Property({ type: 'text' }) outRefundNo!: string;
  @Field(() => Int) @Property({ type: 'integer' }) amountFen!: number;
  @Property({ type: 'json' }) lines!: { lineId: string; quantity: number }[];
  @Field(() => Boolean, { description: 'Whether the goods went back on sale (they never left the store)' })
  @Property({ type: 'boolean' })
  restocked!: boolean;
  @Field(() => RefundStatus) @Property({ type: 'text' }) status!: RefundStatus;
  @Property({ type: 'text', nullable: true }) providerRefundId?: string | null;
  @Field(() => String) @Property({ type: 'text' }) reason!: string;
  @Field(() => String) @Property({ type: 'text' }) actor!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) completedAt?: Date | null;
}
