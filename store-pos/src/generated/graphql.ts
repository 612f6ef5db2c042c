/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Machine-readable code of an expected business error */
export type ErrorCode =
  | 'ALREADY_PICKED_UP'
  | 'BELOW_MINIMUM_ORDER'
  | 'CHECKOUT_NOT_FOUND'
  | 'DUPLICATE_STORE_CODE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_HOURS'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_TRANSITION'
  | 'INVALID_ZONE'
  | 'NETWORK_IMPORT_REJECTED'
  | 'NO_STORE_AVAILABLE'
  | 'ORDER_NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'PAYMENT_UNAVAILABLE'
  | 'PICKUP_CODE_NOT_FOUND'
  | 'PICKUP_EXPIRED'
  | 'PICKUP_LOCKED_OUT'
  | 'PICKUP_REFUSED'
  | 'PRICE_CHANGED'
  | 'REFUND_NOT_ALLOWED'
  | 'SHOPPER_NOT_FOUND'
  | 'SPLIT_RULE_SET_NOT_EDITABLE'
  | 'SPLIT_RULE_SET_NOT_FOUND'
  | 'SPLIT_RULE_SET_REJECTED'
  | 'STORE_NOT_FOUND'
  | 'UNKNOWN_SKU'
  | 'USERNAME_TAKEN'
  | 'WECHAT_LOGIN_FAILED';

export type Role =
  | 'CLERK'
  | 'HQ_ADMIN'
  | 'SHOPPER';

export type StoreNameQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreNameQuery = { store: { id: string, code: string, name: string } | null };

export type LoginStaffMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginStaffMutation = { loginStaff:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string, role: Role, storeId: string | null, username: string | null } }
    | { __typename: 'InvalidCredentialsError', errorCode: ErrorCode, message: string }
   };


export const StoreNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StoreNameQuery, StoreNameQueryVariables>;
export const LoginStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginStaffMutation, LoginStaffMutationVariables>;