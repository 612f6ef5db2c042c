// The API's two error channels: typed results for expected business outcomes,
// thrown GraphQL errors (with extensions.code) for faults, bad input and auth.
import { GraphQLError } from 'graphql';
import { Field, InterfaceType, registerEnumType } from 'type-graphql';

export enum ErrorCode {
  UNKNOWN_SKU = 'UNKNOWN_SKU',
  STORE_NOT_FOUND = 'STORE_NOT_FOUND',
  STORE_GROUP_NOT_FOUND = 'STORE_GROUP_NOT_FOUND',
  NO_STORE_AVAILABLE = 'NO_STORE_AVAILABLE',
  INVALID_ZONE = 'INVALID_ZONE',
  INVALID_HOURS = 'INVALID_HOURS',
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
  DUPLICATE_STORE_CODE = 'DUPLICATE_STORE_CODE',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  NETWORK_IMPORT_REJECTED = 'NETWORK_IMPORT_REJECTED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WECHAT_LOGIN_FAILED = 'WECHAT_LOGIN_FAILED',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  PRICE_CHANGED = 'PRICE_CHANGED',
  BELOW_MINIMUM_ORDER = 'BELOW_MINIMUM_ORDER',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  CHECKOUT_NOT_FOUND = 'CHECKOUT_NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  REFUND_NOT_ALLOWED = 'REFUND_NOT_ALLOWED',
  PAYMENT_UNAVAILABLE = 'PAYMENT_UNAVAILABLE',
  SPLIT_RULE_SET_NOT_FOUND = 'SPLIT_RULE_SET_NOT_FOUND',
  SPLIT_RULE_SET_NOT_EDITABLE = 'SPLIT_RULE_SET_NOT_EDITABLE',
  SPLIT_RULE_SET_REJECTED = 'SPLIT_RULE_SET_REJECTED',
  SHOPPER_NOT_FOUND = 'SHOPPER_NOT_FOUND',
  PICKUP_CODE_NOT_FOUND = 'PICKUP_CODE_NOT_FOUND',
  PICKUP_LOCKED_OUT = 'PICKUP_LOCKED_OUT',
  ALREADY_PICKED_UP = 'ALREADY_PICKED_UP',
  PICKUP_EXPIRED = 'PICKUP_EXPIRED',
  PICKUP_REFUSED = 'PICKUP_REFUSED',
  SIGN_IN_LOCKED_OUT = 'SIGN_IN_LOCKED_OUT',
  INVALID_PIN = 'INVALID_PIN',
  DEVICE_NOT_ENROLLED = 'DEVICE_NOT_ENROLLED',
  DEVICE_NOT_FOUND = 'DEVICE_NOT_FOUND',
  STAFF_NOT_FOUND = 'STAFF_NOT_FOUND',
  MEMBER_CODE_NOT_FOUND = 'MEMBER_CODE_NOT_FOUND',
  MEMBER_CODE_ALREADY_USED = 'MEMBER_CODE_ALREADY_USED',
  MEMBER_CODE_REPLAYED = 'MEMBER_CODE_REPLAYED',
  // The shoppers' app (address book, pickup slots, after-sales)
  ADDRESS_NOT_FOUND = 'ADDRESS_NOT_FOUND',
  ADDRESS_BOOK_FULL = 'ADDRESS_BOOK_FULL',
  PICKUP_SLOT_UNAVAILABLE = 'PICKUP_SLOT_UNAVAILABLE',
  AFTER_SALE_NOT_ALLOWED = 'AFTER_SALE_NOT_ALLOWED',
  AFTER_SALE_NOT_FOUND = 'AFTER_SALE_NOT_FOUND',
  AFTER_SALE_ALREADY_DECIDED = 'AFTER_SALE_ALREADY_DECIDED',
  // HQ's catalog
  INVALID_BARCODE = 'INVALID_BARCODE',
  DUPLICATE_BARCODE = 'DUPLICATE_BARCODE',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  SPEC_MATRIX_INCOMPLETE = 'SPEC_MATRIX_INCOMPLETE',
  INVALID_PRICE = 'INVALID_PRICE',
  OVERLAPPING_PRICE_SCHEDULE = 'OVERLAPPING_PRICE_SCHEDULE',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  INVALID_CATEGORY = 'INVALID_CATEGORY',
  PICTURE_NOT_FOUND = 'PICTURE_NOT_FOUND',
  // Promotions
  COUPON_NOT_USABLE = 'COUPON_NOT_USABLE',
  COUPON_NOT_CLAIMABLE = 'COUPON_NOT_CLAIMABLE',
  PROMOTION_NOT_FOUND = 'PROMOTION_NOT_FOUND',
  // The counter sale (收银)
  MEMBER_SESSION_EXPIRED = 'MEMBER_SESSION_EXPIRED',
  CASH_SHORT = 'CASH_SHORT',
  PAYMENT_CODE_INVALID = 'PAYMENT_CODE_INVALID',
  PAYMENT_DECLINED = 'PAYMENT_DECLINED',
  PAYMENT_UNCERTAIN = 'PAYMENT_UNCERTAIN',
  // Promotions
  REDEMPTION_CODE_REFUSED = 'REDEMPTION_CODE_REFUSED',
  FLASH_SALE_UNAVAILABLE = 'FLASH_SALE_UNAVAILABLE',
  GROUP_BUY_UNAVAILABLE = 'GROUP_BUY_UNAVAILABLE',
  // Referral commission
  REFERRAL_REFUSED = 'REFERRAL_REFUSED',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Machine-readable code of an expected business error' });

@InterfaceType({ description: 'An expected business outcome that is not success; nothing was changed' })
export abstract class ErrorResult {
  @Field(() => ErrorCode)
  errorCode!: ErrorCode;

  @Field(() => String)
  message!: string;
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function forbidden(message = 'You may not access this resource'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Fills the two fields every error result has; subclasses add what a client needs to act. */
export function errorResult<T extends ErrorResult>(instance: T, errorCode: ErrorCode, message: string): T {
  instance.errorCode = errorCode;
  instance.message = message;
  return instance;
}
