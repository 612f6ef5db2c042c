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
