/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ClaimProblem =
  | 'GRANTED_BEFORE'
  | 'NOT_CLAIMABLE'
  | 'PER_USER_LIMIT'
  | 'SOLD_OUT';

/** 满减券 / 无门槛券 (threshold 0), 折扣券, 运费券 */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'DELIVERY_OFF'
  | 'PERCENT_OFF';

/** LOCKED: on an unpaid checkout; back to AVAILABLE if it is not paid */
export type CouponState =
  | 'AVAILABLE'
  | 'LOCKED'
  | 'USED';

export type PromotionState =
  | 'DRAFT'
  | 'LIVE'
  | 'STOPPED';

export type RedemptionProblem =
  | 'NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS'
  | 'USED';

/** Messages a shopper can subscribe to: 取货提醒, 配送提醒, 退款通知, 优惠券到期提醒 (asked for when claiming a coupon) */
export type SubscribeTemplate =
  | 'COUPON_EXPIRING'
  | 'ORDER_READY'
  | 'ORDER_REFUNDED'
  | 'OUT_FOR_DELIVERY';

export type CouponTermsFragment = { id: string, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, validDays: number | null, endsAt: string | null, perUserLimit: number, totalLimit: number | null, claimed: number, mine: number | null };

export type AcceptExpiryReminderMutationVariables = Exact<{ [key: string]: never; }>;


export type AcceptExpiryReminderMutation = { acceptSubscriptions: Array<{ template: SubscribeTemplate, remaining: number }> };

export type MyCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCouponsQuery = { myCoupons: Array<{ id: string, state: CouponState, validFrom: string, validUntil: string | null, template: { state: PromotionState, id: string, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, validDays: number | null, endsAt: string | null, perUserLimit: number, totalLimit: number | null, claimed: number, mine: number | null } }> };

export type RedeemCouponCodeMutationVariables = Exact<{
  code: string;
}>;


export type RedeemCouponCodeMutation = { redeemCode:
    | { __typename: 'Coupon', id: string, template: { name: string } }
    | { __typename: 'CouponNotClaimableError', claimProblem: ClaimProblem }
    | { __typename: 'RedemptionCodeRefusedError', problem: RedemptionProblem, retryAt: string | null }
   };

export const CouponTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<CouponTermsFragment, unknown>;
export const AcceptExpiryReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptExpiryReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUPON_EXPIRING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]} as unknown as DocumentNode<AcceptExpiryReminderMutation, AcceptExpiryReminderMutationVariables>;
export const MyCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponTerms"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<MyCouponsQuery, MyCouponsQueryVariables>;
export const RedeemCouponCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemCouponCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodeRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotClaimableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"claimProblem"},"name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCouponCodeMutation, RedeemCouponCodeMutationVariables>;