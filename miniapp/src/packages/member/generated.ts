/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CentreLevelFragment = { id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, categoryPrices: Array<{ categoryId: string, offBp: number }> };

export type MemberCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCentreQuery = { myMembership: { growth: number, growthToNext: number | null, points: number, birthday: string | null, level: { id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, categoryPrices: Array<{ categoryId: string, offBp: number }> } | null, nextLevel: { id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, categoryPrices: Array<{ categoryId: string, offBp: number }> } | null, levels: Array<{ id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, categoryPrices: Array<{ categoryId: string, offBp: number }> }>, paid: { planName: string, endsAt: string, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, categoryPrices: Array<{ categoryId: string, offBp: number }> } | null, plans: Array<{ id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, categoryPrices: Array<{ categoryId: string, offBp: number }> }> } };

export type BuyMembershipMutationVariables = Exact<{
  planId: string | number;
}>;


export type BuyMembershipMutation = { buyMembershipPlan:
    | { __typename: 'MembershipPaymentParams', purchaseId: string, totalFen: number, appId: string, timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string }
    | { __typename: 'MembershipPlanNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentUnavailableError', errorCode: ErrorCode, message: string }
   };

export type SetBirthdayMutationVariables = Exact<{
  birthday: string;
}>;


export type SetBirthdayMutation = { setMyBirthday: { birthday: string | null } };

export const CentreLevelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CentreLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}}]}}]} as unknown as DocumentNode<CentreLevelFragment, unknown>;
export const MemberCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"growthToNext"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CentreLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CentreLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CentreLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CentreLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}}]}}]} as unknown as DocumentNode<MemberCentreQuery, MemberCentreQueryVariables>;
export const BuyMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuyMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPaymentParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseId"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"timeStamp"}},{"kind":"Field","name":{"kind":"Name","value":"nonceStr"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"signType"}},{"kind":"Field","name":{"kind":"Name","value":"paySign"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BuyMembershipMutation, BuyMembershipMutationVariables>;
export const SetBirthdayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBirthday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthday"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyBirthday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"birthday"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthday"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthday"}}]}}]}}]} as unknown as DocumentNode<SetBirthdayMutation, SetBirthdayMutationVariables>;