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

export type CartLineInput = {
  quantity: number;
  skuId: string | number;
};

export type CheckoutInput = {
  /** DELIVERY: the written address the courier reads */
  address?: string | null | undefined;
  /** DELIVERY: a saved address (myAddresses); its point decides the zone, its text and contact go on the order. Instead of location + address */
  addressId?: string | number | null | undefined;
  /** Who receives or collects it; may be left out with addressId (the address's contact) */
  contact?: ContactInput | null | undefined;
  /** A coupon of the shopper (myCoupons). Checkout refuses one that does not apply with CouponNotUsableError naming why; the quote prices without it and says why in notApplied */
  couponId?: string | number | null | undefined;
  /** The app's own id for this device, kept in its storage: a flash item's per-user limit holds per device too */
  deviceId?: string | null | undefined;
  /** The total the shopper saw; if prices moved since, the checkout is refused with the new figures */
  expectedTotalFen?: number | null | undefined;
  /** 秒杀: a flash item (flashBoard) its SKU line is bought at; checkout refuses with FlashSaleUnavailableError when it cannot be had */
  flashItemId?: string | number | null | undefined;
  fulfilment: FulfilmentType;
  /** 拼团: the group to join (its share link's); the pickup store is the group's */
  groupId?: string | number | null | undefined;
  /** 拼团: the offer (groupBuyBoard) whose one unit this PICKUP cart buys at the group price; without groupId it starts a group at storeId. Refused with GroupBuyUnavailableError */
  groupOfferId?: string | number | null | undefined;
  /** Chosen by the client per cart; a retry with the same key returns the same checkout */
  idempotencyKey: string;
  lines: Array<CartLineInput>;
  /** DELIVERY: the address point. PICKUP: where the shopper is, unless storeId is given */
  location?: GeoPointInput | null | undefined;
  /** PICKUP with storeId: the start of a slot from pickupSlots; the order takes one of its places (and is scheduled then) */
  pickupSlotStart?: string | null | undefined;
  remark?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  /** PICKUP: the store the shopper chose; omit for the nearest that has everything */
  storeId?: string | number | null | undefined;
  /** Pay part with points, as many as the rate and caps allow */
  usePoints?: boolean | null | undefined;
};

/** The checkout's cart and choices, before placing: nothing is written */
export type CheckoutQuoteInput = {
  /** DELIVERY: a saved address (myAddresses); its point decides the zone, its text and contact go on the order. Instead of location + address */
  addressId?: string | number | null | undefined;
  /** A coupon of the shopper (myCoupons). Checkout refuses one that does not apply with CouponNotUsableError naming why; the quote prices without it and says why in notApplied */
  couponId?: string | number | null | undefined;
  /** The app's own id for this device, kept in its storage: a flash item's per-user limit holds per device too */
  deviceId?: string | null | undefined;
  /** 秒杀: a flash item (flashBoard) its SKU line is bought at; checkout refuses with FlashSaleUnavailableError when it cannot be had */
  flashItemId?: string | number | null | undefined;
  fulfilment: FulfilmentType;
  /** 拼团: the group to join (its share link's); the pickup store is the group's */
  groupId?: string | number | null | undefined;
  /** 拼团: the offer (groupBuyBoard) whose one unit this PICKUP cart buys at the group price; without groupId it starts a group at storeId. Refused with GroupBuyUnavailableError */
  groupOfferId?: string | number | null | undefined;
  lines: Array<CartLineInput>;
  /** DELIVERY: the address point. PICKUP: where the shopper is, unless storeId is given */
  location?: GeoPointInput | null | undefined;
  scheduledAt?: string | null | undefined;
  /** PICKUP: the store the shopper chose; omit for the nearest that has everything */
  storeId?: string | number | null | undefined;
  /** Pay part with points, as many as the rate and caps allow */
  usePoints?: boolean | null | undefined;
};

export type CheckoutState =
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING_PAYMENT';

export type ClaimProblem =
  | 'GRANTED_BEFORE'
  | 'NOT_CLAIMABLE'
  | 'PER_USER_LIMIT'
  | 'SOLD_OUT';

export type ContactInput = {
  name: string;
  /** Mainland mobile (11 digits) or a landline with area code */
  phone: string;
};

/** WGS84: GPS and OpenStreetMap. GCJ02: Chinese maps, wx.getLocation({type: "gcj02"}), map pickers. */
export type CoordinateSystem =
  | 'GCJ02'
  | 'WGS84';

/** 满减券 / 无门槛券 (threshold 0), 折扣券, 运费券 */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'DELIVERY_OFF'
  | 'PERCENT_OFF';

/** Why a coupon cannot be used on this checkout */
export type CouponProblem =
  | 'BELOW_THRESHOLD'
  | 'BUDGET_SPENT'
  | 'EXPIRED'
  | 'NOTHING_LEFT'
  | 'NOT_FOR_STORE'
  | 'NOT_FOUND'
  | 'NOT_STACKABLE'
  | 'NOT_YET_VALID'
  | 'NOT_YOURS'
  | 'NO_DELIVERY_FEE'
  | 'OTHER_CHANNEL'
  | 'OUT_OF_SCOPE'
  | 'PROMOTION_PRICE'
  | 'USED';

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

/** Why a flash checkout was refused */
export type FlashProblem =
  | 'BUSY'
  | 'ENDED'
  | 'LIMIT_REACHED'
  | 'NOT_AT_STORE'
  | 'NOT_FOUND'
  | 'NOT_IN_CART'
  | 'NOT_STARTED'
  | 'ORDER_LIMIT'
  | 'SOLD_OUT';

/** Same-city delivery, or in-store pickup */
export type FulfilmentType =
  | 'DELIVERY'
  | 'PICKUP';

/** A point on Earth in the named coordinate system */
export type GeoPointInput = {
  lat: number;
  lng: number;
  system: CoordinateSystem;
};

/** 拼团中 / 拼团成功 / 拼团失败 (refunded) */
export type GroupState =
  | 'FAILED'
  | 'FORMED'
  | 'OPEN';

/** Why a store cannot take a cart */
export type IneligibilityReason =
  /** Not open at the requested time */
  | 'NOT_OPEN'
  /** The store does not deliver */
  | 'NO_DELIVERY'
  /** The store does not offer pickup */
  | 'NO_PICKUP'
  /** Some lines are short; see shortLines */
  | 'OUT_OF_STOCK'
  /** The address is outside the store's delivery zone */
  | 'OUT_OF_ZONE'
  /** Closed for good */
  | 'STORE_CLOSED_DOWN'
  /** Temporarily not taking orders */
  | 'STORE_PAUSED';

/** A step the signed-in person may take on an order now (Order.nextActions) */
export type OrderAction =
  | 'ACCEPT'
  | 'CANCEL'
  | 'CONFIRM_RECEIPT'
  | 'DELIVER'
  | 'DISPATCH'
  | 'MARK_READY'
  | 'REFUND'
  | 'REJECT'
  | 'VERIFY';

/** Where an order is in its lifecycle */
export type OrderState =
  | 'ACCEPTED'
  | 'AWAITING_GROUP'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'DISPATCHED'
  | 'PAID'
  | 'PENDING_PAYMENT'
  | 'PICKED_UP'
  | 'READY_FOR_PICKUP'
  | 'REFUNDED';

export type PickupSlotProblem =
  | 'FULL'
  | 'NOT_A_SLOT'
  | 'TOO_LATE'
  | 'UNPAID_PLACE_HELD';

export type SaveAddressInput = {
  address: string;
  contactName: string;
  contactPhone: string;
  detail?: string | null | undefined;
  /** Omit to add a new address */
  id?: string | number | null | undefined;
  /** Make it the default; the first address always is */
  isDefault?: boolean | null | undefined;
  label?: string | null | undefined;
  /** The pin on the map, in the system the map uses (GCJ02 for Tencent maps and chooseLocation) */
  location: GeoPointInput;
};

export type ShopperOrderEventKind =
  | 'AFTER_SALE_APPROVED'
  | 'AFTER_SALE_DECLINED'
  | 'AFTER_SALE_REQUESTED'
  | 'PARTLY_REFUNDED'
  | 'UPDATED';

export type StoreCapability =
  | 'DELIVERY'
  | 'PICKUP';

/** ACTIVE takes orders; PAUSED is temporarily off (e.g. stocktake); CLOSED has shut for good */
export type StoreStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

export type IssueMemberCodeSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueMemberCodeSecretMutation = { issueMemberCodeSecret: { secret: string, prefix: string, reference: string, digits: number, stepSeconds: number, issuedAt: string } };

export type RevokeMemberCodeSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeMemberCodeSecretMutation = { revokeMemberCodeSecret: boolean };

type RefusalFields_AddressBookFullError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_AddressNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_AfterSaleAlreadyDecidedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_AfterSaleNotAllowedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_AfterSaleNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_AlreadyPickedUpError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_BelowMinimumOrderError_Fragment = { storeId: string, minimumFen: number, goodsFen: number, errorCode: ErrorCode, message: string };

type RefusalFields_CashShortError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CheckoutNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CheckoutNotPayableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CheckoutSpansClustersError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_ClerkDiscountRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CounterRefundRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CouponNotClaimableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_CouponNotUsableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_DeviceNotEnrolledError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_DeviceNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_DuplicateBarcodeError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_DuplicateCodeError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_DuplicateStoreCodeError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_FlashSaleUnavailableError_Fragment = { errorCode: ErrorCode, message: string, flashProblem: FlashProblem };

type RefusalFields_GroupBuyOfferLockedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_GroupBuyUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_IdempotencyKeyReusedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InsufficientStockError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidBarcodeError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidCategoryError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidCredentialsError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidHoursError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidPinError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidPriceError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidTimeZoneError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidTransitionError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_InvalidZoneError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_MemberCodeAlreadyUsedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_MemberCodeNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_MemberCodeReplayedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_MemberSessionExpiredError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_MembershipPlanNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_NetworkImportRejected_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_NoStoreAvailable_Fragment = { errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { id: string, name: string, capabilities: Array<StoreCapability> }, shortLines: Array<{ skuId: string, requested: number, available: number }> }>, shortLines: Array<{ skuId: string, requested: number, availableAt: Array<{ available: number, distanceM: number, store: { id: string, name: string } }> }> };

type RefusalFields_NothingToRefundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_OrderNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_OutOfStockError_Fragment = { storeId: string, errorCode: ErrorCode, message: string, lines: Array<{ skuId: string, requested: number, available: number }> };

type RefusalFields_OverlappingPriceScheduleError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PaymentCodeInvalidError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PaymentDeclinedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PaymentUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PaymentUncertainError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PickupCodeNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PickupExpiredError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PickupLockedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PickupRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PickupSlotUnavailableError_Fragment = { problem: PickupSlotProblem, errorCode: ErrorCode, message: string, nextSlots: Array<{ startsAt: string, label: string }> };

type RefusalFields_PictureNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PriceChangedError_Fragment = { expectedTotalFen: number, goodsFen: number, deliveryFeeFen: number, totalFen: number, errorCode: ErrorCode, message: string, lines: Array<{ skuId: string, unitPriceFen: number }> };

type RefusalFields_ProductNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_PromotionNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_RedemptionCodeRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_ReferralError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_RefundNotAllowedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_SignInLockedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_SpecMatrixError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_SplitRuleSetNotEditableError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_SplitRuleSetNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_SplitRuleSetRejectedError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_StaffNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_StoreGroupNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_StoreNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_UnknownSkuError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_UsernameTakenError_Fragment = { errorCode: ErrorCode, message: string };

type RefusalFields_WechatLoginError_Fragment = { errorCode: ErrorCode, message: string };

export type RefusalFieldsFragment =
  | RefusalFields_AddressBookFullError_Fragment
  | RefusalFields_AddressNotFoundError_Fragment
  | RefusalFields_AfterSaleAlreadyDecidedError_Fragment
  | RefusalFields_AfterSaleNotAllowedError_Fragment
  | RefusalFields_AfterSaleNotFoundError_Fragment
  | RefusalFields_AlreadyPickedUpError_Fragment
  | RefusalFields_BelowMinimumOrderError_Fragment
  | RefusalFields_CashShortError_Fragment
  | RefusalFields_CheckoutNotFoundError_Fragment
  | RefusalFields_CheckoutNotPayableError_Fragment
  | RefusalFields_CheckoutSpansClustersError_Fragment
  | RefusalFields_ClerkDiscountRefusedError_Fragment
  | RefusalFields_CounterRefundRefusedError_Fragment
  | RefusalFields_CouponNotClaimableError_Fragment
  | RefusalFields_CouponNotUsableError_Fragment
  | RefusalFields_DeviceNotEnrolledError_Fragment
  | RefusalFields_DeviceNotFoundError_Fragment
  | RefusalFields_DuplicateBarcodeError_Fragment
  | RefusalFields_DuplicateCodeError_Fragment
  | RefusalFields_DuplicateStoreCodeError_Fragment
  | RefusalFields_FlashSaleUnavailableError_Fragment
  | RefusalFields_GroupBuyOfferLockedError_Fragment
  | RefusalFields_GroupBuyUnavailableError_Fragment
  | RefusalFields_IdempotencyKeyReusedError_Fragment
  | RefusalFields_InsufficientStockError_Fragment
  | RefusalFields_InvalidBarcodeError_Fragment
  | RefusalFields_InvalidCategoryError_Fragment
  | RefusalFields_InvalidCredentialsError_Fragment
  | RefusalFields_InvalidHoursError_Fragment
  | RefusalFields_InvalidPinError_Fragment
  | RefusalFields_InvalidPriceError_Fragment
  | RefusalFields_InvalidTimeZoneError_Fragment
  | RefusalFields_InvalidTransitionError_Fragment
  | RefusalFields_InvalidZoneError_Fragment
  | RefusalFields_MemberCodeAlreadyUsedError_Fragment
  | RefusalFields_MemberCodeNotFoundError_Fragment
  | RefusalFields_MemberCodeReplayedError_Fragment
  | RefusalFields_MemberSessionExpiredError_Fragment
  | RefusalFields_MembershipPlanNotFoundError_Fragment
  | RefusalFields_NetworkImportRejected_Fragment
  | RefusalFields_NoStoreAvailable_Fragment
  | RefusalFields_NothingToRefundError_Fragment
  | RefusalFields_OrderNotFoundError_Fragment
  | RefusalFields_OutOfStockError_Fragment
  | RefusalFields_OverlappingPriceScheduleError_Fragment
  | RefusalFields_PaymentCodeInvalidError_Fragment
  | RefusalFields_PaymentDeclinedError_Fragment
  | RefusalFields_PaymentUnavailableError_Fragment
  | RefusalFields_PaymentUncertainError_Fragment
  | RefusalFields_PickupCodeNotFoundError_Fragment
  | RefusalFields_PickupExpiredError_Fragment
  | RefusalFields_PickupLockedError_Fragment
  | RefusalFields_PickupRefusedError_Fragment
  | RefusalFields_PickupSlotUnavailableError_Fragment
  | RefusalFields_PictureNotFoundError_Fragment
  | RefusalFields_PriceChangedError_Fragment
  | RefusalFields_ProductNotFoundError_Fragment
  | RefusalFields_PromotionNotFoundError_Fragment
  | RefusalFields_RedemptionCodeRefusedError_Fragment
  | RefusalFields_ReferralError_Fragment
  | RefusalFields_RefundNotAllowedError_Fragment
  | RefusalFields_SignInLockedError_Fragment
  | RefusalFields_SpecMatrixError_Fragment
  | RefusalFields_SplitRuleSetNotEditableError_Fragment
  | RefusalFields_SplitRuleSetNotFoundError_Fragment
  | RefusalFields_SplitRuleSetRejectedError_Fragment
  | RefusalFields_StaffNotFoundError_Fragment
  | RefusalFields_StoreGroupNotFoundError_Fragment
  | RefusalFields_StoreNotFoundError_Fragment
  | RefusalFields_UnknownSkuError_Fragment
  | RefusalFields_UsernameTakenError_Fragment
  | RefusalFields_WechatLoginError_Fragment
;

export type LoginShopperMutationVariables = Exact<{
  code: string;
}>;


export type LoginShopperMutation = { loginShopper:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string } }
    | { __typename: 'WechatLoginError', errorCode: ErrorCode, message: string }
   };

export type CouponTermsFragment = { id: string, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, validDays: number | null, endsAt: string | null, perUserLimit: number, totalLimit: number | null, claimed: number, mine: number | null };

export type CouponsForQueryVariables = Exact<{
  skuIds?: Array<string | number> | string | number | null | undefined;
  storeId?: string | number | null | undefined;
}>;


export type CouponsForQuery = { couponCentre: Array<{ id: string, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, validDays: number | null, endsAt: string | null, perUserLimit: number, totalLimit: number | null, claimed: number, mine: number | null }> };

export type ClaimCouponMutationVariables = Exact<{
  promotionId: string | number;
}>;


export type ClaimCouponMutation = { claimCoupon:
    | { __typename: 'Coupon', id: string, template: { id: string, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, validDays: number | null, endsAt: string | null, perUserLimit: number, totalLimit: number | null, claimed: number, mine: number | null } }
    | { __typename: 'CouponNotClaimableError', errorCode: ErrorCode, message: string, problem: ClaimProblem }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type ProductFieldsFragment = { id: string, code: string, name: string, description: string, imageUrl: string, category: { id: string, name: string }, specs: Array<{ name: string, values: Array<string> }>, skus: Array<{ id: string, code: string, priceFen: number, active: boolean, attributes: Array<{ name: string, value: string }> }> };

export type ProductPricesAtQueryVariables = Exact<{
  id: string | number;
  storeId: string | number;
}>;


export type ProductPricesAtQuery = { product: { id: string, skus: Array<{ id: string, priceAt: number, compareAtFenAt: number | null }> } | null };

export type CheckoutQuoteQueryVariables = Exact<{
  input: CheckoutQuoteInput;
}>;


export type CheckoutQuoteQuery = { myPoints: number, checkoutQuote:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', storeId: string, minimumFen: number, goodsFen: number, errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutQuote', goodsFen: number, deliveryFeeFen: number, discountFen: number, pointsUsed: number, pointsFen: number, totalFen: number, bestCouponId: string | null, applied: Array<{ kind: string, name: string | null, promotionId: string | null, amountFen: number }>, notApplied: Array<{ kind: string, code: CouponProblem, name: string | null, message: string, promotionId: string, shortFen: number | null, offFen: number | null }>, coupons: Array<{ couponId: string, templateId: string, name: string, usable: boolean, best: boolean, savingFen: number, problem: CouponProblem | null, message: string | null, validUntil: string | null }> }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { id: string, name: string, capabilities: Array<StoreCapability> }, shortLines: Array<{ skuId: string, requested: number, available: number }> }>, shortLines: Array<{ skuId: string, requested: number, availableAt: Array<{ available: number, distanceM: number, store: { id: string, name: string } }> }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type PlaceCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type PlaceCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', storeId: string, minimumFen: number, goodsFen: number, errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', replayed: boolean, checkout: { id: string, state: CheckoutState, goodsFen: number, deliveryFeeFen: number, totalFen: number, paymentExpiresAt: string }, orders: Array<{ id: string }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string, flashProblem: FlashProblem }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { id: string, name: string, capabilities: Array<StoreCapability> }, shortLines: Array<{ skuId: string, requested: number, available: number }> }>, shortLines: Array<{ skuId: string, requested: number, availableAt: Array<{ available: number, distanceM: number, store: { id: string, name: string } }> }> }
    | { __typename: 'OutOfStockError', storeId: string, errorCode: ErrorCode, message: string, lines: Array<{ skuId: string, requested: number, available: number }> }
    | { __typename: 'PickupSlotUnavailableError', problem: PickupSlotProblem, errorCode: ErrorCode, message: string, nextSlots: Array<{ startsAt: string, label: string }> }
    | { __typename: 'PriceChangedError', expectedTotalFen: number, goodsFen: number, deliveryFeeFen: number, totalFen: number, errorCode: ErrorCode, message: string, lines: Array<{ skuId: string, unitPriceFen: number }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type PayCheckoutMutationVariables = Exact<{
  checkoutId: string | number;
}>;


export type PayCheckoutMutation = { payCheckout:
    | { __typename: 'CheckoutNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutNotPayableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentParams', appId: string, timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string, totalFen: number }
    | { __typename: 'PaymentUnavailableError', errorCode: ErrorCode, message: string }
   };

export type PickupSlotsQueryVariables = Exact<{
  storeId: string | number;
  date: string;
}>;


export type PickupSlotsQuery = { pickupSlots:
    | { __typename: 'PickupSlotList', date: string, slots: Array<{ startsAt: string, endsAt: string, label: string, available: boolean, remaining: number }> }
    | { __typename: 'StoreNotFoundError' }
   };

export type MeAndPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAndPointsQuery = { myPoints: number, me: { id: string } | null };

export type OrderDetailFragment = { id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, canRequestAfterSale: boolean, goodsFen: number, deliveryFeeFen: number, discountFen: number, totalFen: number, refundedFen: number, distanceM: number, address: string | null, contactName: string, contactPhone: string, createdAt: string, paidAt: string | null, scheduledAt: string | null, pickupDeadline: string | null, remark: string | null, pickupSlot: { date: string, label: string } | null, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }>, groupBuy: { id: string, size: number, paid: number, state: GroupState, deadline: string } | null, pickupCode: { code: string, display: string, qrToken: string, expiresAt: string } | null, afterSales: Array<{ id: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundedFen: number | null, declineReason: string | null, createdAt: string, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number }> }> };

export type OrderByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderByIdQuery = { order: { id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, canRequestAfterSale: boolean, goodsFen: number, deliveryFeeFen: number, discountFen: number, totalFen: number, refundedFen: number, distanceM: number, address: string | null, contactName: string, contactPhone: string, createdAt: string, paidAt: string | null, scheduledAt: string | null, pickupDeadline: string | null, remark: string | null, pickupSlot: { date: string, label: string } | null, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }>, groupBuy: { id: string, size: number, paid: number, state: GroupState, deadline: string } | null, pickupCode: { code: string, display: string, qrToken: string, expiresAt: string } | null, afterSales: Array<{ id: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundedFen: number | null, declineReason: string | null, createdAt: string, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number }> }> } | null };

export type CancelOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type CancelOrderMutation = { cancelOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, canRequestAfterSale: boolean, goodsFen: number, deliveryFeeFen: number, discountFen: number, totalFen: number, refundedFen: number, distanceM: number, address: string | null, contactName: string, contactPhone: string, createdAt: string, paidAt: string | null, scheduledAt: string | null, pickupDeadline: string | null, remark: string | null, pickupSlot: { date: string, label: string } | null, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }>, groupBuy: { id: string, size: number, paid: number, state: GroupState, deadline: string } | null, pickupCode: { code: string, display: string, qrToken: string, expiresAt: string } | null, afterSales: Array<{ id: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundedFen: number | null, declineReason: string | null, createdAt: string, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number }> }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type ConfirmReceiptMutationVariables = Exact<{
  orderId: string | number;
}>;


export type ConfirmReceiptMutation = { confirmReceipt:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, canRequestAfterSale: boolean, goodsFen: number, deliveryFeeFen: number, discountFen: number, totalFen: number, refundedFen: number, distanceM: number, address: string | null, contactName: string, contactPhone: string, createdAt: string, paidAt: string | null, scheduledAt: string | null, pickupDeadline: string | null, remark: string | null, pickupSlot: { date: string, label: string } | null, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }>, groupBuy: { id: string, size: number, paid: number, state: GroupState, deadline: string } | null, pickupCode: { code: string, display: string, qrToken: string, expiresAt: string } | null, afterSales: Array<{ id: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundedFen: number | null, declineReason: string | null, createdAt: string, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number }> }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type MyOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyOrderEventsSubscription = { myOrderEvents: { orderId: string, kind: ShopperOrderEventKind, state: OrderState } };

export type OrderSummaryFragment = { id: string, state: OrderState, fulfilment: FulfilmentType, totalFen: number, createdAt: string, store: { id: string, name: string }, lines: Array<{ id: string, name: string, quantity: number }> };

export type MyOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { nodes: Array<{ id: string, state: OrderState, fulfilment: FulfilmentType, totalFen: number, createdAt: string, store: { id: string, name: string }, lines: Array<{ id: string, name: string, quantity: number }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductQuery = { product: { id: string, code: string, name: string, description: string, imageUrl: string, pictures: Array<{ id: string, url: string }>, category: { id: string, name: string }, specs: Array<{ name: string, values: Array<string> }>, skus: Array<{ id: string, code: string, priceFen: number, active: boolean, attributes: Array<{ name: string, value: string }> }> } | null };

export type SearchProductsQueryVariables = Exact<{
  search: string;
  storeId?: string | number | null | undefined;
  first: number;
}>;


export type SearchProductsQuery = { products: { nodes: Array<{ id: string, code: string, name: string, description: string, imageUrl: string, category: { id: string, name: string }, specs: Array<{ name: string, values: Array<string> }>, skus: Array<{ id: string, code: string, priceFen: number, active: boolean, attributes: Array<{ name: string, value: string }> }> }> } };

export type AddressFieldsFragment = { id: string, label: string | null, address: string, detail: string, contactName: string, contactPhone: string, isDefault: boolean, location: { lat: number, lng: number } };

export type MyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAddressesQuery = { myAddresses: Array<{ id: string, label: string | null, address: string, detail: string, contactName: string, contactPhone: string, isDefault: boolean, location: { lat: number, lng: number } }> };

export type SaveAddressMutationVariables = Exact<{
  input: SaveAddressInput;
}>;


export type SaveAddressMutation = { saveAddress:
    | { __typename: 'Address', id: string, label: string | null, address: string, detail: string, contactName: string, contactPhone: string, isDefault: boolean, location: { lat: number, lng: number } }
    | { __typename: 'AddressBookFullError', errorCode: ErrorCode, message: string }
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
   };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress:
    | { __typename: 'AddressDeleted' }
    | { __typename: 'AddressNotFoundError' }
   };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, code: string, name: string, icon: string, children: Array<{ id: string, name: string }> }> };

export type ProductsQueryVariables = Exact<{
  categoryId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nodes: Array<{ id: string, code: string, name: string, description: string, imageUrl: string, category: { id: string, name: string }, specs: Array<{ name: string, values: Array<string> }>, skus: Array<{ id: string, code: string, priceFen: number, active: boolean, attributes: Array<{ name: string, value: string }> }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type BindHomeStoreMutationVariables = Exact<{
  storeCode: string;
}>;


export type BindHomeStoreMutation = { bindHomeStore:
    | { __typename: 'HomeStoreBinding' }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type BindReferralAtLaunchMutationVariables = Exact<{
  code: string;
}>;


export type BindReferralAtLaunchMutation = { bindReferral:
    | { __typename: 'ReferralBound' }
    | { __typename: 'ReferralError' }
   };

export type StockNearQueryVariables = Exact<{
  lines: Array<CartLineInput> | CartLineInput;
  location: GeoPointInput;
  fulfilment: FulfilmentType;
  first: number;
}>;


export type StockNearQuery = { availability:
    | { __typename: 'AvailabilityReport', stores: Array<{ store: { id: string }, lines: Array<{ skuId: string, available: number, priceFen: number | null }> }> }
    | { __typename: 'UnknownSkuError' }
   };

export type StoreMomentFieldsFragment = { date: string, time: string, daysFromToday: number };

export type StoreFieldsFragment = { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } };

export type NearbyStoreFieldsFragment = { distanceM: number, openNow: boolean, deliversHere: boolean, canPickup: boolean, status: StoreStatus, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } } };

export type NearbyStoresQueryVariables = Exact<{
  location: GeoPointInput;
  first: number;
  fulfilment?: FulfilmentType | null | undefined;
}>;


export type NearbyStoresQuery = { nearbyStores: { nodes: Array<{ distanceM: number, openNow: boolean, deliversHere: boolean, canPickup: boolean, status: StoreStatus, store: { id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } } }> } };

export type StoreByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreByIdQuery = { store: { status: StoreStatus, id: string, code: string, name: string, address: string, city: string, phone: string | null, openNow: boolean, minOrderFen: number, capabilities: Array<StoreCapability>, wgs84: { lat: number, lng: number }, opensAt: { date: string, time: string, daysFromToday: number } | null, closesAt: { date: string, time: string, daysFromToday: number } | null, location: { lat: number, lng: number } } | null };

export const RefusalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutOfStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowMinimumOrderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSaleUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"flashProblem"},"name":{"kind":"Name","value":"problem"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<RefusalFieldsFragment, unknown>;
export const CouponTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<CouponTermsFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const StoreMomentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}}]} as unknown as DocumentNode<StoreMomentFieldsFragment, unknown>;
export const StoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}}]} as unknown as DocumentNode<StoreFieldsFragment, unknown>;
export const OrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestAfterSale"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const AddressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<AddressFieldsFragment, unknown>;
export const NearbyStoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NearbyStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NearbyStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliversHere"}},{"kind":"Field","name":{"kind":"Name","value":"canPickup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<NearbyStoreFieldsFragment, unknown>;
export const IssueMemberCodeSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"digits"}},{"kind":"Field","name":{"kind":"Name","value":"stepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<IssueMemberCodeSecretMutation, IssueMemberCodeSecretMutationVariables>;
export const RevokeMemberCodeSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMemberCodeSecret"}}]}}]} as unknown as DocumentNode<RevokeMemberCodeSecretMutation, RevokeMemberCodeSecretMutationVariables>;
export const LoginShopperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginShopper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginShopper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginShopperMutation, LoginShopperMutationVariables>;
export const CouponsForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skuIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponCentre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skuIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skuIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponTerms"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<CouponsForQuery, CouponsForQueryVariables>;
export const ClaimCouponDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimCoupon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponTerms"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotClaimableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ClaimCouponMutation, ClaimCouponMutationVariables>;
export const ProductPricesAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPricesAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"compareAtFenAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ProductPricesAtQuery, ProductPricesAtQueryVariables>;
export const CheckoutQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"bestCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"shortFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"savingFen"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefusalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutOfStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowMinimumOrderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSaleUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"flashProblem"},"name":{"kind":"Name","value":"problem"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const PlaceCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutOfStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowMinimumOrderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSaleUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"flashProblem"},"name":{"kind":"Name","value":"problem"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceCheckoutMutation, PlaceCheckoutMutationVariables>;
export const PayCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkoutId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkoutId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkoutId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"timeStamp"}},{"kind":"Field","name":{"kind":"Name","value":"nonceStr"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"signType"}},{"kind":"Field","name":{"kind":"Name","value":"paySign"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PayCheckoutMutation, PayCheckoutMutationVariables>;
export const PickupSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickupSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickupSlotsQuery, PickupSlotsQueryVariables>;
export const MeAndPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAndPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPoints"}}]}}]} as unknown as DocumentNode<MeAndPointsQuery, MeAndPointsQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestAfterSale"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestAfterSale"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestAfterSale"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmReceiptMutation, ConfirmReceiptMutationVariables>;
export const MyOrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrderEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrderEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MyOrderEventsSubscription, MyOrderEventsSubscriptionVariables>;
export const MyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const ProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"800"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;
export const SearchProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;
export const MyAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<MyAddressesQuery, MyAddressesQueryVariables>;
export const SaveAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<SaveAddressMutation, SaveAddressMutationVariables>;
export const DeleteAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"categories"},"name":{"kind":"Name","value":"categoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const BindHomeStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindHomeStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindHomeStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BindHomeStoreMutation, BindHomeStoreMutationVariables>;
export const BindReferralAtLaunchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindReferralAtLaunch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BindReferralAtLaunchMutation, BindReferralAtLaunchMutationVariables>;
export const StockNearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLineInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilmentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"fulfilment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailabilityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockNearQuery, StockNearQueryVariables>;
export const NearbyStoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearbyStores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilmentType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearbyStores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"fulfilment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NearbyStoreFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NearbyStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NearbyStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliversHere"}},{"kind":"Field","name":{"kind":"Name","value":"canPickup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}}]}}]}}]} as unknown as DocumentNode<NearbyStoresQuery, NearbyStoresQueryVariables>;
export const StoreByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"wgs84"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreMomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreMomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<StoreByIdQuery, StoreByIdQueryVariables>;