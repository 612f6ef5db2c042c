// After-sales requests as GraphQL shows them, their inputs and their typed refusals.
import { ArrayMaxSize, IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { Connection, PageArgs } from '../../common/pagination';
import { RefundLineInput } from '../order/order.types';

export enum AfterSaleState {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(AfterSaleState, { name: 'AfterSaleState' });

export enum AfterSaleReason {
  DAMAGED = 'DAMAGED',
  WRONG_ITEM = 'WRONG_ITEM',
  MISSING_ITEM = 'MISSING_ITEM',
  QUALITY = 'QUALITY',
  EXPIRED = 'EXPIRED',
  OTHER = 'OTHER',
}
registerEnumType(AfterSaleReason, { name: 'AfterSaleReason', description: '破损, 错发, 少件, 质量问题, 临期/过期, 其他' });

@ObjectType()
export class AfterSaleLine {
  @Field(() => ID) lineId!: string;
  @Field(() => String, { description: 'The product name as ordered' }) name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) unitPriceFen!: number;
}

@ObjectType({ description: "A shopper's request to get lines of a handed-over order refunded (售后)" })
export class AfterSale {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => AfterSaleState) state!: AfterSaleState;
  @Field(() => AfterSaleReason) reason!: AfterSaleReason;
  @Field(() => String) note!: string;
  @Field(() => [AfterSaleLine]) lines!: AfterSaleLine[];
  @Field(() => Int, { description: 'The goods asked back, at the prices paid' }) requestedFen!: number;
  @Field(() => ID, { nullable: true, description: 'APPROVED: the refund made' }) refundId?: string | null;
  @Field(() => Int, { nullable: true, description: 'APPROVED: what was refunded (the delivery fee goes back with the last goods)' })
  refundedFen?: number | null;
  @Field(() => String, { nullable: true, description: 'DECLINED: why, in words the shopper reads' }) declineReason?: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt?: Date | null;
}

@InputType()
export class RequestAfterSaleInput {
  @Field(() => ID) orderId!: string;
  @Field(() => [RefundLineInput], { nullable: true, description: 'Omit for everything not yet refunded' })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  lines?: RefundLineInput[];
  @Field(() => AfterSaleReason) reason!: AfterSaleReason;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500) note?: string;
}

@ArgsType()
export class StoreAfterSalesArgs extends PageArgs {
  @Field(() => ID) storeId!: string;
  @Field(() => AfterSaleState, { defaultValue: AfterSaleState.REQUESTED })
  @IsIn(Object.values(AfterSaleState))
  state: AfterSaleState = AfterSaleState.REQUESTED;
}

@ObjectType()
export class AfterSaleConnection extends Connection(AfterSale) {}

export enum AfterSaleRefusal {
  /** Not handed over yet: cancel it (before the store accepts) or ask the store. */
  NOT_HANDED_OVER = 'NOT_HANDED_OVER',
  /** Handed over longer ago than AFTER_SALE_DAYS. */
  WINDOW_CLOSED = 'WINDOW_CLOSED',
  /** A request for this order is still open. */
  ALREADY_OPEN = 'ALREADY_OPEN',
  /** A line is not on the order, or more than is left to refund is asked. */
  BAD_LINES = 'BAD_LINES',
  /** Everything on the order has been refunded already. */
  NOTHING_LEFT = 'NOTHING_LEFT',
}
registerEnumType(AfterSaleRefusal, { name: 'AfterSaleRefusal' });

@ObjectType({ implements: ErrorResult, description: 'This order cannot get an after-sales request now; refusal says why' })
export class AfterSaleNotAllowedError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  @Field(() => AfterSaleRefusal) refusal!: AfterSaleRefusal;
  @Field(() => ID, { nullable: true, description: 'ALREADY_OPEN: the open request' }) openAfterSaleId?: string | null;
  static of(orderId: string, refusal: AfterSaleRefusal, message: string, openAfterSaleId: string | null = null) {
    return Object.assign(errorResult(new AfterSaleNotAllowedError(), ErrorCode.AFTER_SALE_NOT_ALLOWED, message), {
      orderId,
      refusal,
      openAfterSaleId,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'No such after-sales request visible to you' })
export class AfterSaleNotFoundError extends ErrorResult {
  @Field(() => ID) afterSaleId!: string;
  static of(afterSaleId: string) {
    return Object.assign(
      errorResult(new AfterSaleNotFoundError(), ErrorCode.AFTER_SALE_NOT_FOUND, `No after-sales request ${afterSaleId}`),
      { afterSaleId },
    );
  }
}

@ObjectType({ implements: ErrorResult, description: 'The request was already approved or declined' })
export class AfterSaleAlreadyDecidedError extends ErrorResult {
  @Field(() => ID) afterSaleId!: string;
  @Field(() => AfterSaleState) state!: AfterSaleState;
  static of(afterSaleId: string, state: AfterSaleState) {
    return Object.assign(
      errorResult(
        new AfterSaleAlreadyDecidedError(),
        ErrorCode.AFTER_SALE_ALREADY_DECIDED,
        `The request is already ${state.toLowerCase()}`,
      ),
      {
        afterSaleId,
        state,
      },
    );
  }
}
