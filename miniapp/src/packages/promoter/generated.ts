/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 分销员 (a shopper who opted in) or 导购 (a clerk of a store) */
export type PromoterKind =
  | 'CLERK'
  | 'SHOPPER';

export type ReferralRefusal =
  | 'ALREADY_DECIDED'
  | 'CODE_UNAVAILABLE'
  | 'EXCEEDS_AVAILABLE'
  | 'NOT_PAYABLE'
  | 'PROMOTER_NOT_FOUND'
  | 'SELF_REFERRAL'
  | 'SHARE_UNAVAILABLE'
  | 'WITHDRAWAL_NOT_FOUND';

export type WithdrawalState =
  | 'FAILED'
  | 'PAID'
  | 'PAYING'
  | 'REJECTED'
  | 'REQUESTED';

export type PromoterCentreFieldsFragment = { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind } };

export type MyPromoterCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPromoterCentreQuery = { promoterCentre: { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind } } | null };

export type JoinPromotersMutationVariables = Exact<{ [key: string]: never; }>;


export type JoinPromotersMutation = { becomePromoter: { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind } } };

export type WithdrawCommissionMutationVariables = Exact<{
  amountFen: number;
}>;


export type WithdrawCommissionMutation = { requestCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, state: WithdrawalState, amountFen: number }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, message: string, availableFen: number | null }
   };

export type LinkStaffWechatMutationVariables = Exact<{
  token: string;
}>;


export type LinkStaffWechatMutation = { linkStaffAccount: boolean };

export type OpenShareSceneQueryVariables = Exact<{
  scene: string;
}>;


export type OpenShareSceneQuery = { shareScene: { productId: string | null } | null };

export type MyShareCodeMutationVariables = Exact<{
  productId?: string | number | null | undefined;
}>;


export type MyShareCodeMutation = { shareCode:
    | { __typename: 'ReferralError' }
    | { __typename: 'ShareCode', path: string, link: string, imageUrl: string }
   };

export const PromoterCentreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromoterCentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PromoterCentreFieldsFragment, unknown>;
export const MyPromoterCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPromoterCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoterCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromoterCentreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromoterCentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MyPromoterCentreQuery, MyPromoterCentreQueryVariables>;
export const JoinPromotersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinPromoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"becomePromoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromoterCentreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromoterCentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<JoinPromotersMutation, JoinPromotersMutationVariables>;
export const WithdrawCommissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCommission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"amountFen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawCommissionMutation, WithdrawCommissionMutationVariables>;
export const LinkStaffWechatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkStaffWechat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<LinkStaffWechatMutation, LinkStaffWechatMutationVariables>;
export const OpenShareSceneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenShareScene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scene"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareScene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scene"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scene"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}}]}}]}}]} as unknown as DocumentNode<OpenShareSceneQuery, OpenShareSceneQueryVariables>;
export const MyShareCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyShareCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]}}]}}]} as unknown as DocumentNode<MyShareCodeMutation, MyShareCodeMutationVariables>;