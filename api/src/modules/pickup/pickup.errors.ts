// Typed outcomes of checking a pickup code at the counter; each carries what the clerk needs to act.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { OrderState } from '../order/order-states';
import type { LockScope } from './pickup-limiter';

export enum PickupLockScope {
  CLERK = 'CLERK',
  STORE = 'STORE',
}
registerEnumType(PickupLockScope, { name: 'PickupLockScope', description: 'Whose failed attempts caused a lockout' });

export enum PickupRefusalReason {
  ORDER_CANCELLED = 'ORDER_CANCELLED',
  ORDER_REFUNDED = 'ORDER_REFUNDED',
  /** Paid but not accepted by the store: it may still move to another store. Accept it first. */
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  /** The shopper has a newer code; this one no longer works. */
  CODE_REPLACED = 'CODE_REPLACED',
  /** Asking for a code: the order is not paid yet, or was collected already. */
  NOT_PAID = 'NOT_PAID',
  PICKED_UP = 'PICKED_UP',
}
registerEnumType(PickupRefusalReason, { name: 'PickupRefusalReason' });

@ObjectType({ implements: ErrorResult, description: 'No pickup code or QR of your store matches; says nothing about other stores' })
export class PickupCodeNotFoundError extends ErrorResult {
  @Field(() => Int, { description: 'Failed attempts left before a lockout' }) attemptsLeft!: number;
  static of(attemptsLeft: number) {
    const message =
      attemptsLeft > 0
        ? `No order of this store has that pickup code (${attemptsLeft} attempts left)`
        : 'No order of this store has that pickup code; entry is now locked';
    return Object.assign(errorResult(new PickupCodeNotFoundError(), ErrorCode.PICKUP_CODE_NOT_FOUND, message), { attemptsLeft });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'Too many failed attempts: typed codes are refused until the lockout ends (QR scans still work)',
})
export class PickupLockedError extends ErrorResult {
  @Field(() => PickupLockScope) scope!: PickupLockScope;
  @Field(() => Int) retryAfterSeconds!: number;
  static of(scope: LockScope, retryAfterSeconds: number) {
    const who = scope === 'STORE' ? 'this store' : 'you';
    const message = `Too many wrong pickup codes from ${who}: try again in ${Math.ceil(retryAfterSeconds / 60)} min, or scan the shopper's QR`;
    return Object.assign(errorResult(new PickupLockedError(), ErrorCode.PICKUP_LOCKED_OUT, message), {
      scope: scope as PickupLockScope,
      retryAfterSeconds,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'This order was handed over already' })
export class AlreadyPickedUpError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  @Field(() => Date) pickedUpAt!: Date;
  @Field(() => String, { description: 'Who handed it over (staff:<username>)' }) pickedUpBy!: string;
  static of(orderId: string, pickedUpAt: Date, pickedUpBy: string) {
    const message = `Already picked up at ${pickedUpAt.toISOString()} (${pickedUpBy})`;
    return Object.assign(errorResult(new AlreadyPickedUpError(), ErrorCode.ALREADY_PICKED_UP, message), {
      orderId,
      pickedUpAt,
      pickedUpBy,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The pickup deadline has passed' })
export class PickupExpiredError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  @Field(() => Date) expiredAt!: Date;
  static of(orderId: string, expiredAt: Date) {
    return Object.assign(
      errorResult(new PickupExpiredError(), ErrorCode.PICKUP_EXPIRED, `The pickup code expired at ${expiredAt.toISOString()}`),
      { orderId, expiredAt },
    );
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The order cannot be handed over: cancelled, refunded, not accepted, or the code was replaced',
})
export class PickupRefusedError extends ErrorResult {
  @Field(() => ID) orderId!: string;
  @Field(() => OrderState) state!: OrderState;
  @Field(() => PickupRefusalReason) reason!: PickupRefusalReason;
  static of(orderId: string, state: OrderState, reason: PickupRefusalReason) {
    return Object.assign(errorResult(new PickupRefusedError(), ErrorCode.PICKUP_REFUSED, REFUSAL_MESSAGES[reason]), {
      orderId,
      state,
      reason,
    });
  }
}

const REFUSAL_MESSAGES: Record<PickupRefusalReason, string> = {
  ORDER_CANCELLED: 'The order was cancelled; nothing to hand over',
  ORDER_REFUNDED: 'The order was refunded; do not hand the goods over',
  NOT_ACCEPTED: 'Accept the order first: an order not accepted may still move to another store',
  CODE_REPLACED: 'The shopper has replaced this code; ask for the current one',
  NOT_PAID: 'The order is not paid yet; its pickup code comes with the payment',
  PICKED_UP: 'The order was picked up already',
};
