/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 破损, 错发, 少件, 质量问题, 临期/过期, 其他 */
export type AfterSaleReason =
  | 'DAMAGED'
  | 'EXPIRED'
  | 'MISSING_ITEM'
  | 'OTHER'
  | 'QUALITY'
  | 'WRONG_ITEM';

export type AfterSaleState =
  | 'APPROVED'
  | 'DECLINED'
  | 'REQUESTED';

/** Machine-readable code of an expected business error */
export type ErrorCode =
  | 'ADDRESS_BOOK_FULL'
  | 'ADDRESS_NOT_FOUND'
  | 'AFTER_SALE_ALREADY_DECIDED'
  | 'AFTER_SALE_NOT_ALLOWED'
  | 'AFTER_SALE_NOT_FOUND'
  | 'ALREADY_PICKED_UP'
  | 'BELOW_MINIMUM_ORDER'
  | 'CASH_SHORT'
  | 'CATEGORY_NOT_FOUND'
  | 'CHECKOUT_NOT_FOUND'
  | 'CHECKOUT_SPANS_CLUSTERS'
  | 'CLERK_DISCOUNT_REFUSED'
  | 'COUNTER_REFUND_REFUSED'
  | 'COUPON_NOT_CLAIMABLE'
  | 'COUPON_NOT_USABLE'
  | 'DEVICE_NOT_ENROLLED'
  | 'DEVICE_NOT_FOUND'
  | 'DUPLICATE_BARCODE'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_STORE_CODE'
  | 'FLASH_SALE_UNAVAILABLE'
  | 'GROUP_BUY_OFFER_LOCKED'
  | 'GROUP_BUY_UNAVAILABLE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_BARCODE'
  | 'INVALID_CATEGORY'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_HOURS'
  | 'INVALID_PIN'
  | 'INVALID_PRICE'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_TRANSITION'
  | 'INVALID_ZONE'
  | 'MEMBERSHIP_PLAN_NOT_FOUND'
  | 'MEMBER_CODE_ALREADY_USED'
  | 'MEMBER_CODE_NOT_FOUND'
  | 'MEMBER_CODE_REPLAYED'
  | 'MEMBER_SESSION_EXPIRED'
  | 'NETWORK_IMPORT_REJECTED'
  | 'NOTHING_TO_REFUND'
  | 'NO_STORE_AVAILABLE'
  | 'ORDER_NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'OVERLAPPING_PRICE_SCHEDULE'
  | 'PAYMENT_CODE_INVALID'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_UNAVAILABLE'
  | 'PAYMENT_UNCERTAIN'
  | 'PICKUP_CODE_NOT_FOUND'
  | 'PICKUP_EXPIRED'
  | 'PICKUP_LOCKED_OUT'
  | 'PICKUP_REFUSED'
  | 'PICKUP_SLOT_UNAVAILABLE'
  | 'PICTURE_NOT_FOUND'
  | 'PRICE_CHANGED'
  | 'PRODUCT_NOT_FOUND'
  | 'PROMOTION_NOT_FOUND'
  | 'REDEMPTION_CODE_REFUSED'
  | 'REFERRAL_REFUSED'
  | 'REFUND_NOT_ALLOWED'
  | 'SHOPPER_NOT_FOUND'
  | 'SIGN_IN_LOCKED_OUT'
  | 'SPEC_MATRIX_INCOMPLETE'
  | 'SPLIT_RULE_SET_NOT_EDITABLE'
  | 'SPLIT_RULE_SET_NOT_FOUND'
  | 'SPLIT_RULE_SET_REJECTED'
  | 'STAFF_NOT_FOUND'
  | 'STORE_GROUP_NOT_FOUND'
  | 'STORE_NOT_FOUND'
  | 'UNKNOWN_SKU'
  | 'USERNAME_TAKEN'
  | 'WECHAT_LOGIN_FAILED';

export type RefundLineInput = {
  lineId: string | number;
  quantity: number;
};

export type RequestAfterSaleInput = {
  /** Omit for everything not yet refunded */
  lines?: Array<RefundLineInput> | null | undefined;
  note?: string | null | undefined;
  orderId: string | number;
  reason: AfterSaleReason;
};

export type RequestAfterSaleMutationVariables = Exact<{
  input: RequestAfterSaleInput;
}>;


export type RequestAfterSaleMutation = { requestAfterSale:
    | { __typename: 'AfterSale', id: string, state: AfterSaleState }
    | { __typename: 'AfterSaleNotAllowedError', errorCode: ErrorCode, message: string }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
   };


export const RequestAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAfterSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAfterSaleMutation, RequestAfterSaleMutationVariables>;