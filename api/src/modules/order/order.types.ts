// GraphQL shapes of working with orders: lists, steps, refunds, and the live store event.
import { ArrayMaxSize, IsOptional, Length, ValidateNested, Min, IsInt } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { CustomerOrder } from './order.entity';
import { InvalidTransitionError, OrderNotFoundError, RefundNotAllowedError } from './order.errors';
import { StoreOrderEventKind } from '../../common/effects';
import { OrderState } from './order-states';
import { OrderAction } from './order-actions';

registerEnumType(StoreOrderEventKind, { name: 'StoreOrderEventKind' });
registerEnumType(OrderAction, {
  name: 'OrderAction',
  description: 'A step the signed-in person may take on an order now (Order.nextActions)',
});

export enum StoreStepEvent {
  ACCEPT = 'ACCEPT',
  MARK_READY = 'MARK_READY',
  HAND_OVER = 'HAND_OVER',
  DISPATCH = 'DISPATCH',
  DELIVER = 'DELIVER',
}
registerEnumType(StoreStepEvent, { name: 'StoreStepEvent', description: 'Steps a store takes on an order' });

@ObjectType()
export class OrderConnection extends Connection(CustomerOrder) {}

@ArgsType()
export class StoreOrdersArgs extends PageArgs {
  @Field(() => ID) storeId!: string;
  @Field(() => [OrderState], { nullable: true, description: 'Only these states; default: the paid ones still to be worked on' })
  @IsOptional()
  @ArrayMaxSize(10)
  states?: OrderState[];
}

@InputType()
export class RefundLineInput {
  @Field(() => ID) lineId!: string;
  @Field(() => Int) @IsInt() @Min(1) quantity!: number;
}

@InputType()
export class RefundOrderInput {
  @Field(() => ID) orderId!: string;
  @Field(() => [RefundLineInput], { nullable: true, description: 'Omit to refund everything left, delivery fee included' })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  lines?: RefundLineInput[];
  @Field(() => String) @Length(1, 200) reason!: string;
}

@ObjectType({ description: 'Something happened to an order of this store; load `order` for the details' })
export class StoreOrderEvent {
  @Field(() => StoreOrderEventKind) kind!: StoreOrderEventKind;
  @Field(() => ID) orderId!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => OrderState) state!: OrderState;
  @Field(() => Date) at!: Date;
}

export const OrderStepResult = createUnionType({
  name: 'OrderStepResult',
  types: () => [CustomerOrder, OrderNotFoundError, InvalidTransitionError, RefundNotAllowedError] as const,
});

@ObjectType({
  description: 'A clerk’s own discount on a counter sale (改价 on a line, 整单折扣 on the sale): who, what, from what to what',
})
export class ClerkDiscountNote {
  @Field(() => String, { description: 'CLERK_PRICE (改价) or CLERK_DISCOUNT (整单折扣)' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'The clerk who gave it, by the name staff see' }) clerkName!: string | null;
  @Field(() => Int, { description: 'What it took off' }) amountFen!: number;
  @Field(() => ID, { nullable: true, description: '改价: the line’s SKU' }) skuId!: string | null;
  @Field(() => String, { nullable: true, description: '改价: the line’s name' }) name!: string | null;
  @Field(() => Int, { nullable: true, description: '改价: the line’s units' }) quantity!: number | null;
  @Field(() => Int, {
    description: '改价: the unit price before (after member and line prices); 整单折扣: the goods after other discounts, before',
  })
  fromFen!: number;
  @Field(() => Int, { description: '改价: the unit price the clerk set; 整单折扣: the goods after it' }) toFen!: number;
}
