// Typed outcomes of placing and moving orders; each says what the client needs to act on it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { LineAvailability, RoutedToStore } from '../routing/routing.types';
import { OrderState } from './order-states';

@ObjectType({ implements: ErrorResult, description: 'Stock ran out between routing and holding it; nothing was held' })
export class OutOfStockError extends ErrorResult {
  @Field(() => ID) storeId!: string;
  @Field(() => [LineAvailability]) lines!: LineAvailability[];
  static of(storeId: string, lines: { skuId: string; requested: number; available: number }[]) {
    const short = lines.filter((l) => l.available < l.requested);
    return Object.assign(
      errorResult(
        new OutOfStockError(),
        ErrorCode.OUT_OF_STOCK,
        `Not enough stock for ${short.map((l) => `${l.skuId} (${l.available} left)`).join(', ')}`,
      ),
      { storeId, lines: lines.map((l) => ({ ...l, enough: l.available >= l.requested })) },
    );
  }
}

@ObjectType()
export class CurrentLinePrice {
  @Field(() => ID) skuId!: string;
  @Field(() => Int) unitPriceFen!: number;
  @Field(() => Int) quantity!: number;
}

@ObjectType({ implements: ErrorResult, description: 'The total the client showed is not what the order costs now' })
export class PriceChangedError extends ErrorResult {
  @Field(() => Int) expectedTotalFen!: number;
  @Field(() => Int) goodsFen!: number;
  @Field(() => Int) deliveryFeeFen!: number;
  @Field(() => Int) totalFen!: number;
  @Field(() => [CurrentLinePrice]) lines!: CurrentLinePrice[];
  static of(fields: Omit<PriceChangedError, 'errorCode' | 'message'>) {
    const message = `Prices changed: the order now costs ${fields.totalFen} fen, not ${fields.expectedTotalFen}`;
    return Object.assign(errorResult(new PriceChangedError(), ErrorCode.PRICE_CHANGED, message), fields);
  }
}

@ObjectType({ implements: ErrorResult, description: 'Delivery needs a larger order from this store (起送价)' })
export class BelowMinimumOrderError extends ErrorResult {
  @Field(() => ID) storeId!: string;
  @Field(() => Int) minimumFen!: number;
  @Field(() => Int) goodsFen!: number;
  @Field(() => Int, { description: 'Goods still to add for delivery (差 ¥x 起送)' }) shortFen!: number;
  @Field(() => RoutedToStore, {
    nullable: true,
    description: 'Pickup has no minimum: the nearest store where the cart can be picked up now',
  })
  pickupInstead?: RoutedToStore | null;
  static of(storeId: string, minimumFen: number, goodsFen: number) {
    const message = `Delivery from this store starts at ${minimumFen} fen of goods; the cart has ${goodsFen}`;
    return Object.assign(errorResult(new BelowMinimumOrderError(), ErrorCode.BELOW_MINIMUM_ORDER, message), {
      storeId,
      minimumFen,
      goodsFen,
      shortFen: minimumFen - goodsFen,
      pickupInstead: null,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: "The cart's stores are in different city clusters; a checkout keeps to one (order from one city's stores)",
})
export class CheckoutSpansClustersError extends ErrorResult {
  @Field(() => [ID]) storeIds!: string[];
  @Field(() => [String], { description: 'The city clusters the stores are in (SH, HZ ...)' }) clusterIds!: string[];
  static of(storeIds: string[], clusterIds: string[]) {
    const message = `The cart's stores are in ${clusterIds.length} city clusters (${clusterIds.join(', ')}); a checkout keeps to one`;
    return Object.assign(errorResult(new CheckoutSpansClustersError(), ErrorCode.CHECKOUT_SPANS_CLUSTERS, message), {
      storeIds,
      clusterIds,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'This idempotency key was already used for a different checkout' })
export class IdempotencyKeyReusedError extends ErrorResult {
  @Field(() => ID) checkoutId!: string;
  static of(checkoutId: string) {
    const message = 'This idempotency key belongs to a different checkout; use a new key for a new cart';
    return Object.assign(errorResult(new IdempotencyKeyReusedError(), ErrorCode.IDEMPOTENCY_KEY_REUSED, message), { checkoutId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'No such order visible to you' })
export class OrderNotFoundError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  static of(orderId: string) {
    return Object.assign(errorResult(new OrderNotFoundError(), ErrorCode.ORDER_NOT_FOUND, `No order ${orderId}`), { orderId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'No such checkout visible to you' })
export class CheckoutNotFoundError extends ErrorResult {
  @Field(() => ID) checkoutId!: string;
  static of(checkoutId: string) {
    return Object.assign(errorResult(new CheckoutNotFoundError(), ErrorCode.CHECKOUT_NOT_FOUND, `No checkout ${checkoutId}`), {
      checkoutId,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The order cannot make this step from where it is, or not by you' })
export class InvalidTransitionError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  @Field(() => OrderState) state!: OrderState;
  static of(orderId: string, state: OrderState, message: string) {
    return Object.assign(errorResult(new InvalidTransitionError(), ErrorCode.INVALID_TRANSITION, message), { orderId, state });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The refund asked for is not possible on this order' })
export class RefundNotAllowedError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  static of(orderId: string, message: string) {
    return Object.assign(errorResult(new RefundNotAllowedError(), ErrorCode.REFUND_NOT_ALLOWED, message), { orderId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The payment service could not be reached; try again' })
export class PaymentUnavailableError extends ErrorResult {
  static of(message: string) {
    return errorResult(new PaymentUnavailableError(), ErrorCode.PAYMENT_UNAVAILABLE, message);
  }
}
