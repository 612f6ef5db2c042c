/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdjustStockInput = {
  /** Units to add (positive) or remove (negative); never 0 */
  delta: number;
  note?: string | null | undefined;
  reason: StockMovementReason;
  skuId: string | number;
  storeId: string | number;
};

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

export type CategoryInput = {
  code: string;
  icon?: string;
  id?: string | number | null | undefined;
  name: string;
  /** A top-level category; the tree has two levels */
  parentId?: string | number | null | undefined;
  position?: number;
};

export type CategoryMemberPriceInput = {
  categoryId: string | number;
  offBp: number;
};

export type ClerkDiscountProblem =
  | 'NO_PERMISSION'
  | 'OVER_CAP';

export type CommissionRuleInput = {
  categoryId?: string | number | null | undefined;
  productId?: string | number | null | undefined;
  rateBp: number;
};

/** WGS84: GPS and OpenStreetMap. GCJ02: Chinese maps, wx.getLocation({type: "gcj02"}), map pickers. */
export type CoordinateSystem =
  | 'GCJ02'
  | 'WGS84';

/** The counter's cart at the clerk's own store */
export type CounterCartInput = {
  /** One of the member's counter coupons (counterQuote.coupons) */
  couponId?: string | number | null | undefined;
  /** 改价 (needs HQ’s grant; within its cap) */
  linePrices?: Array<CounterLinePriceInput> | null | undefined;
  lines: Array<CartLineInput>;
  /** From scanCounterMember: the member this sale is for; none for a walk-in customer */
  memberToken?: string | null | undefined;
  /** 整单折扣 (needs HQ’s grant; within its cap) */
  orderDiscount?: CounterOrderDiscountInput | null | undefined;
  /** Pay part with the member's points */
  usePoints?: boolean | null | undefined;
};

/** 改价: the clerk sets a lower unit price on one line (the store funds the difference) */
export type CounterLinePriceInput = {
  /** Why (临期, 破损, 老顾客 …): kept in the audit log */
  reason: string;
  skuId: string | number;
  /** The new unit price in fen */
  unitPriceFen: number;
};

/** 整单折扣: the clerk takes a share or an amount off the whole sale (the store funds it); give one of offBp, offFen */
export type CounterOrderDiscountInput = {
  /** Basis points off (1000 = 9折) */
  offBp?: number | null | undefined;
  /** Fen off */
  offFen?: number | null | undefined;
  /** Why: kept in the audit log */
  reason: string;
};

export type CounterPaymentInput = {
  /** WECHAT_CODE: the 18 digits scanned from the shopper’s WeChat */
  authCode?: string | null | undefined;
  /** CASH, CARD or WECHAT_CODE (the shopper’s 付款码) */
  method: string;
  /** CASH: what the customer handed over, in fen (at least the total) */
  tenderedFen?: number | null | undefined;
};

/** Units of a counter sale the customer brings back */
export type CounterRefundInput = {
  /** The lines and how many units of each */
  lines: Array<RefundLineInput>;
  orderId: string | number;
  reason: string;
  /** Put the units back on hand (default); false for damaged goods */
  restock?: boolean | null | undefined;
};

export type CounterSaleInput = {
  /** One of the member's counter coupons (counterQuote.coupons) */
  couponId?: string | number | null | undefined;
  /** The total the clerk showed the customer (counterQuote.totalFen); refused if it changed */
  expectedTotalFen: number;
  /** New for every sale (the tablet keeps it across a retry of the same sale) */
  idempotencyKey: string;
  /** 改价 (needs HQ’s grant; within its cap) */
  linePrices?: Array<CounterLinePriceInput> | null | undefined;
  lines: Array<CartLineInput>;
  /** From scanCounterMember: the member this sale is for; none for a walk-in customer */
  memberToken?: string | null | undefined;
  /** 整单折扣 (needs HQ’s grant; within its cap) */
  orderDiscount?: CounterOrderDiscountInput | null | undefined;
  payment: CounterPaymentInput;
  /** Pay part with the member's points */
  usePoints?: boolean | null | undefined;
};

/** How a coupon template reaches shoppers: CLAIM (领券中心), NEW_SHOPPER (新人券, at the first sign-in), AFTER_PURCHASE (a gift once per paid checkout), HQ (batches to a segment and 兑换码 only) */
export type CouponIssue =
  | 'AFTER_PURCHASE'
  | 'CLAIM'
  | 'HQ'
  | 'NEW_SHOPPER';

/** 满减券 / 无门槛券 (threshold 0), 折扣券, 运费券 */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'DELIVERY_OFF'
  | 'PERCENT_OFF';

export type CreateFlashSessionInput = {
  /** On the minute (10:30), after startsAt */
  endsAt: string;
  items: Array<FlashItemInput>;
  name: string;
  /** On the minute (10:00) */
  startsAt: string;
};

export type CreateGroupBuyOfferInput = {
  autoForm: boolean;
  endsAt: string;
  /** Minutes to form, 5 minutes to 7 days */
  formMinutes: number;
  groupPriceFen: number;
  groupSize: number;
  name: string;
  skuId: string | number;
  startsAt: string;
  /** Omit for every store */
  storeIds?: Array<string | number> | null | undefined;
};

export type CreatePromotionInput = {
  /** Budget in fen; the campaign stops applying when spent */
  budgetFen?: number | null | undefined;
  /** Budget in uses (orders) */
  budgetUses?: number | null | undefined;
  /** PERCENT_OFF: the most it takes off */
  capFen?: number | null | undefined;
  categoryIds?: Array<string | number> | null | undefined;
  /** ONLINE, COUNTER or BOTH */
  channel: string;
  /** COUPON only */
  couponKind?: CouponKind | null | undefined;
  endsAt?: string | null | undefined;
  /** HQ, STORE (the fulfilling store) or SPLIT */
  funder: string;
  /** SPLIT: the store's share in basis points */
  funderStoreBp?: number | null | undefined;
  /** AFTER_PURCHASE: the least a checkout must have paid to earn the gift */
  giftMinPaidFen?: number | null | undefined;
  /** COUPON: how it is given (default CLAIM) */
  issuedBy?: CouponIssue | null | undefined;
  kind: PromotionKind;
  name: string;
  /** PERCENT_OFF: share taken off in basis points, 1..10000 (8折 = 2000) */
  offBp?: number | null | undefined;
  /** AMOUNT_OFF, DELIVERY_OFF: the amount off */
  offFen?: number | null | undefined;
  /** COUPON: how many one shopper may claim (default 1) */
  perUserLimit?: number | null | undefined;
  skuIds?: Array<string | number> | null | undefined;
  /** What it combines with (default both); a coupon that does not stack with a 满减 wins over it when chosen, and the quote says why */
  stacksWith?: Array<StackClass> | null | undefined;
  startsAt?: string | null | undefined;
  /** Store groups it covers (their stores as they are at each checkout), besides storeIds */
  storeGroupIds?: Array<string | number> | null | undefined;
  storeIds?: Array<string | number> | null | undefined;
  /** COUPON: goods to reach (0 = 无门槛) */
  thresholdFen?: number | null | undefined;
  /** FULL_REDUCTION: 满 thresholdFen 减 offFen, one or more tiers */
  tiers?: Array<TierInput> | null | undefined;
  /** COUPON: how many can be claimed in all */
  totalLimit?: number | null | undefined;
  /** COUPON: valid N days from the claim (instead of the window) */
  validDays?: number | null | undefined;
};

export type CreateStaffInput = {
  displayName: string;
  /** At least 10 characters */
  password: string;
  /** Counter PIN, 4–6 digits (clerks unlock a store tablet with it) */
  pin?: string | null | undefined;
  /** CLERK or HQ_ADMIN */
  role: Role;
  /** Required for clerks */
  storeId?: string | number | null | undefined;
  username: string;
};

export type DeliveryFeeTierInput = {
  feeFen: number;
  upToM: number;
};

export type EnrollDeviceInput = {
  name: string;
  storeId: string | number;
};

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

export type FlashItemInput = {
  perOrderLimit: number;
  perUserLimit: number;
  priceFen: number;
  quota: number;
  skuId: string | number;
  /** One store; omit for every store (one quota shared) */
  storeId?: string | number | null | undefined;
};

/** 即将开始 / 马上抢 / 已抢光 / 已结束, by the server clock */
export type FlashItemStatus =
  | 'ENDED'
  | 'ON'
  | 'SOLD_OUT'
  | 'UPCOMING';

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

export type HoursExceptionInput = {
  closed: boolean;
  closes?: string | null | undefined;
  date: string;
  note?: string | null | undefined;
  opens?: string | null | undefined;
};

export type ImportPhase =
  | 'DONE'
  | 'VALIDATING'
  | 'WRITING';

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

/** Put SKUs on or off the shelf at a store or at every store of a group: the SKUs named, or every SKU of a category */
export type ListingInput = {
  /** Every SKU of the products in this category (and its children) */
  categoryId?: string | number | null | undefined;
  onShelf: boolean;
  skuIds?: Array<string | number> | null | undefined;
  /** Every store of this group */
  storeGroupId?: string | number | null | undefined;
  /** One store (or name storeGroupId instead) */
  storeId?: string | number | null | undefined;
};

export type MemberLevelInput = {
  birthdayCouponId?: string | number | null | undefined;
  categoryPrices?: Array<CategoryMemberPriceInput> | null | undefined;
  freeDeliveryThresholdFen?: number | null | undefined;
  funder?: string;
  /** SPLIT: the store’s share in basis points */
  funderStoreBp?: number | null | undefined;
  growthThreshold: number;
  /** Keep a level’s id when editing it; none for a new level */
  id?: string | number | null | undefined;
  memberPriceBp?: number;
  monthlyCouponId?: string | number | null | undefined;
  name: string;
  pointsMultiplierBp?: number;
};

export type MembershipPlanInput = {
  categoryPrices?: Array<CategoryMemberPriceInput> | null | undefined;
  durationDays: number;
  freeDeliveryThresholdFen?: number | null | undefined;
  /** Keep a plan’s id when editing it; none for a new plan */
  id?: string | number | null | undefined;
  memberPriceBp?: number;
  name: string;
  onSale?: boolean;
  pointsMultiplierBp?: number;
  priceFen: number;
};

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

export type PickupAttemptAction =
  | 'PREVIEW'
  | 'VERIFY';

export type PickupAttemptMethod =
  | 'CODE'
  | 'QR';

export type PickupAttemptOutcome =
  | 'ALREADY_PICKED_UP'
  | 'BAD_QR_TOKEN'
  | 'EXPIRED'
  | 'LOCKED_OUT'
  | 'NOT_FOUND'
  | 'PREVIEWED'
  | 'REFUSED'
  | 'VERIFIED';

/** LIVE until handed over (USED), replaced (REVOKED) or the order closed (VOID) */
export type PickupCodeStatus =
  | 'LIVE'
  | 'REVOKED'
  | 'USED'
  | 'VOID';

/** Whose failed attempts caused a lockout */
export type PickupLockScope =
  | 'CLERK'
  | 'STORE';

/** What the shopper shows: the typed code or the scanned QR token (exactly one) */
export type PickupProofInput = {
  code?: string | null | undefined;
  qrToken?: string | null | undefined;
};

export type PickupRefusalReason =
  | 'CODE_REPLACED'
  | 'NOT_ACCEPTED'
  | 'NOT_PAID'
  | 'ORDER_CANCELLED'
  | 'ORDER_REFUNDED'
  | 'PICKED_UP';

export type PinUnlockInput = {
  deviceToken: string;
  /** 4–6 digits */
  pin: string;
  /** The clerk tapped on the lock screen */
  staffId: string | number;
};

/** A whole product: a new one without id; with id, it replaces what was there */
export type ProductInput = {
  /** The first is the primary category */
  categoryIds: Array<string | number>;
  code: string;
  /** HTML; scripts, handlers and links are removed */
  description?: string;
  id?: string | number | null | undefined;
  name: string;
  skus: Array<SkuInput>;
  specs?: Array<SpecInput>;
  status?: ProductStatus;
  subtitle?: string;
  unit?: string;
};

/** Shoppers see ON_SALE products only */
export type ProductStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'ON_SALE';

/** 分销员 (a shopper who opted in) or 导购 (a clerk of a store) */
export type PromoterKind =
  | 'CLERK'
  | 'SHOPPER';

export type PromoterState =
  | 'ACTIVE'
  | 'SUSPENDED';

/** 满减 campaign, or a coupon template */
export type PromotionKind =
  | 'COUPON'
  | 'FULL_REDUCTION';

export type PromotionState =
  | 'DRAFT'
  | 'LIVE'
  | 'STOPPED';

/** 草稿 / 进行中 / 已结束 (LIVE past its end or its budget spent) / 已停止 */
export type PromotionStatus =
  | 'DRAFT'
  | 'ENDED'
  | 'LIVE'
  | 'STOPPED';

export type ReferralRefusal =
  | 'ALREADY_DECIDED'
  | 'CODE_UNAVAILABLE'
  | 'EXCEEDS_AVAILABLE'
  | 'NOT_PAYABLE'
  | 'PROMOTER_NOT_FOUND'
  | 'SELF_REFERRAL'
  | 'SHARE_UNAVAILABLE'
  | 'WITHDRAWAL_NOT_FOUND';

export type RefundLineInput = {
  lineId: string | number;
  quantity: number;
};

export type Role =
  | 'CLERK'
  | 'HQ_ADMIN'
  | 'SHOPPER';

export type RouteCartInput = {
  fulfilment: FulfilmentType;
  lines: Array<CartLineInput>;
  /** DELIVERY: the delivery address. PICKUP: where the shopper is (required unless storeId is given). */
  location?: GeoPointInput | null | undefined;
  /** For a scheduled order: the store must be open then */
  scheduledAt?: string | null | undefined;
  /** PICKUP only: the store the shopper chose */
  storeId?: string | number | null | undefined;
};

/** Who a batch goes to: shoppers meeting every condition given (at least one) */
export type SegmentInput = {
  /** Home store (一客一码) is this store */
  homeStoreId?: string | number | null | undefined;
  /** Is on this member level now */
  levelId?: string | number | null | undefined;
  /** Has no paid order since this instant (lapsed, or never ordered) */
  noOrderSince?: string | null | undefined;
  /** Has a paid order fulfilled by this store */
  orderedAtStoreId?: string | number | null | undefined;
  /** Has a paid order in the last N days */
  orderedWithinDays?: number | null | undefined;
};

export type SkuAttributeInput = {
  name: string;
  value: string;
};

export type SkuInput = {
  /** One value of each spec dimension */
  attributes: Array<SkuAttributeInput>;
  /** EAN-13 or UPC-A, check digit included */
  barcode?: string | null | undefined;
  code: string;
  /** 划线价 in fen; shown only where the 7-day rule allows */
  compareAtFen?: number | null | undefined;
  /** Chain list price in fen; a change is recorded in the price history */
  priceFen: number;
};

/** A price from startsAt (default now): to endsAt as a window, or until replaced */
export type SkuPriceInput = {
  endsAt?: string | null | undefined;
  priceFen: number;
  skuId: string | number;
  startsAt?: string | null | undefined;
  /** A store group's price: its stores pay it unless they have their own (never with storeId) */
  storeGroupId?: string | number | null | undefined;
  /** A store's own price; without it or storeGroupId, the chain's */
  storeId?: string | number | null | undefined;
};

export type SpecInput = {
  name: string;
  values: Array<string>;
};

/** Shares in basis points (10000 = 100 %) of what the order nets; HQ gets the rest */
export type SplitRuleInput = {
  /** Only goods of this category (never the delivery fee) */
  categoryId?: string | number | null | undefined;
  fulfillingStoreBp: number;
  /** Only this fulfilment; omit for both */
  fulfilment?: FulfilmentType | null | undefined;
  name: string;
  /** Breaks ties between equally specific rules: higher wins */
  priority?: number;
  /** To the shopper's home store (一客一码); HQ's when the shopper has none */
  referringStoreBp: number;
  /** Only orders fulfilled by a store of this group */
  storeGroupId?: string | number | null | undefined;
  /** Only orders fulfilled by this store */
  storeId?: string | number | null | undefined;
};

export type SplitRuleSetInput = {
  name: string;
  rules: Array<SplitRuleInput>;
};

/** Drafts can change; published versions are frozen */
export type SplitRuleSetStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type SplitRuleViolationCode =
  | 'DUPLICATE_RULE_NAME'
  | 'NO_DEFAULT_RULE'
  | 'OVERLAPPING_RULES'
  | 'OVER_PROFIT_SHARING_CAP'
  | 'SHARE_OUT_OF_RANGE'
  | 'STORE_AND_GROUP'
  | 'UNKNOWN_REFERENCE';

/** Kinds of promotion one may combine with on an order (a coupon and a 满减 combine only when each names the other) */
export type StackClass =
  | 'COUPON'
  | 'FULL_REDUCTION';

/** Clerk discounts HQ grants: at least one cap per sale */
export type StaffDiscountGrantInput = {
  /** At most this share of the goods, in basis points (1000 = 10%) */
  maxBp?: number | null | undefined;
  /** At most this many fen off one sale */
  maxFen?: number | null | undefined;
};

/** Why stock changed */
export type StockMovementReason =
  | 'CORRECTION'
  | 'DAMAGED'
  | 'IMPORT'
  | 'ORDER_FULFILLED'
  | 'ORDER_RELEASED'
  | 'ORDER_RESERVED'
  | 'RECEIVED'
  | 'RETURNED'
  | 'STOCKTAKE';

export type StoreCapability =
  | 'DELIVERY'
  | 'PICKUP';

export type StoreGroupInput = {
  code: string;
  name: string;
  storeIds: Array<string | number>;
};

export type StoreInput = {
  address: string;
  capabilities: Array<StoreCapability>;
  city: string;
  code: string;
  /** Ascending by upToM; at most 10 */
  deliveryFeeTiers?: Array<DeliveryFeeTierInput> | null | undefined;
  deliveryRadiusM?: number | null | undefined;
  /** GeoJSON Polygon or MultiPolygon in WGS-84. Setting a zone clears the radius and vice versa. */
  deliveryZone?: unknown;
  exceptions?: Array<HoursExceptionInput> | null | undefined;
  hours: Array<WeeklyHoursInput>;
  location: GeoPointInput;
  /** Minimum order for delivery, fen */
  minOrderFen?: number | null | undefined;
  name: string;
  phone?: string | null | undefined;
  /** Pickup orders per pickup slot (default 10) */
  pickupSlotCapacity?: number | null | undefined;
  status?: StoreStatus | null | undefined;
  timeZone?: string;
};

export type StoreOrderEventKind =
  | 'AFTER_SALE_REQUESTED'
  | 'CANCELLED'
  | 'NEW'
  | 'REROUTED_IN'
  | 'REROUTED_OUT'
  | 'UPDATED';

/** ACTIVE takes orders; PAUSED is temporarily off (e.g. stocktake); CLOSED has shut for good */
export type StoreStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

/** Steps a store takes on an order */
export type StoreStepEvent =
  | 'ACCEPT'
  | 'DELIVER'
  | 'DISPATCH'
  | 'HAND_OVER'
  | 'MARK_READY';

/** Fields of a store; on update, omitted fields keep their value */
export type StoreUpdateInput = {
  address?: string | null | undefined;
  capabilities?: Array<StoreCapability> | null | undefined;
  city?: string | null | undefined;
  /** Ascending by upToM; at most 10 */
  deliveryFeeTiers?: Array<DeliveryFeeTierInput> | null | undefined;
  deliveryRadiusM?: number | null | undefined;
  /** GeoJSON Polygon or MultiPolygon in WGS-84. Setting a zone clears the radius and vice versa. */
  deliveryZone?: unknown;
  exceptions?: Array<HoursExceptionInput> | null | undefined;
  hours?: Array<WeeklyHoursInput> | null | undefined;
  location?: GeoPointInput | null | undefined;
  /** Minimum order for delivery, fen */
  minOrderFen?: number | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** Pickup orders per pickup slot (default 10) */
  pickupSlotCapacity?: number | null | undefined;
  status?: StoreStatus | null | undefined;
  timeZone?: string | null | undefined;
};

export type TierInput = {
  offFen: number;
  thresholdFen: number;
};

/** What HQ may change on an offer before any group has started on it */
export type UpdateGroupBuyOfferInput = {
  endsAt: string;
  groupPriceFen: number;
  name: string;
  /** Omit for every store */
  storeIds?: Array<string | number> | null | undefined;
};

export type WeeklyHoursInput = {
  closes: string;
  opens: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
};

export type WithdrawalState =
  | 'FAILED'
  | 'PAID'
  | 'PAYING'
  | 'REJECTED'
  | 'REQUESTED';

export type HqCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type HqCategoryTreeQuery = { categoryTree: Array<{ id: string, code: string, name: string, icon: string, position: number, parentId: string | null, children: Array<{ id: string, code: string, name: string, icon: string, position: number, parentId: string | null }> }> };

export type HqPromotionFieldsFragment = { id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> };

export type HqRulesInForceQueryVariables = Exact<{ [key: string]: never; }>;


export type HqRulesInForceQuery = { splitRuleSets: Array<{ id: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null }> };

export type HqStoreListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HqStoreListQuery = { stores: { nodes: Array<{ id: string, code: string, name: string, city: string, status: StoreStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StoreLiveEventsSubscriptionVariables = Exact<{
  storeId: string | number;
}>;


export type StoreLiveEventsSubscription = { storeOrderEvents: { kind: StoreOrderEventKind, orderId: string, state: OrderState, at: string } };

export type StoreNameQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreNameQuery = { store: { id: string, code: string, name: string, timeZone: string } | null };

export type SessionFieldsFragment = { token: string, expiresAt: string, me: { id: string, role: Role, storeId: string | null, username: string | null, displayName: string | null, deviceId: string | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CounterOrderLineFragment = { id: string, name: string, skuCode: string, quantity: number, unitPriceFen: number };

type CounterPickupError_AddressBookFullError_Fragment = { __typename: 'AddressBookFullError', errorCode: ErrorCode, message: string };

type CounterPickupError_AddressNotFoundError_Fragment = { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_AfterSaleAlreadyDecidedError_Fragment = { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string };

type CounterPickupError_AfterSaleNotAllowedError_Fragment = { __typename: 'AfterSaleNotAllowedError', errorCode: ErrorCode, message: string };

type CounterPickupError_AfterSaleNotFoundError_Fragment = { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_AlreadyPickedUpError_Fragment = { __typename: 'AlreadyPickedUpError', orderId: string, pickedUpAt: string, pickedUpBy: string, errorCode: ErrorCode, message: string };

type CounterPickupError_BelowMinimumOrderError_Fragment = { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string };

type CounterPickupError_CashShortError_Fragment = { __typename: 'CashShortError', errorCode: ErrorCode, message: string };

type CounterPickupError_CheckoutNotFoundError_Fragment = { __typename: 'CheckoutNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_CheckoutNotPayableError_Fragment = { __typename: 'CheckoutNotPayableError', errorCode: ErrorCode, message: string };

type CounterPickupError_CheckoutSpansClustersError_Fragment = { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string };

type CounterPickupError_ClerkDiscountRefusedError_Fragment = { __typename: 'ClerkDiscountRefusedError', errorCode: ErrorCode, message: string };

type CounterPickupError_CounterRefundRefusedError_Fragment = { __typename: 'CounterRefundRefusedError', errorCode: ErrorCode, message: string };

type CounterPickupError_CouponNotClaimableError_Fragment = { __typename: 'CouponNotClaimableError', errorCode: ErrorCode, message: string };

type CounterPickupError_CouponNotUsableError_Fragment = { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string };

type CounterPickupError_DeviceNotEnrolledError_Fragment = { __typename: 'DeviceNotEnrolledError', errorCode: ErrorCode, message: string };

type CounterPickupError_DeviceNotFoundError_Fragment = { __typename: 'DeviceNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_DuplicateBarcodeError_Fragment = { __typename: 'DuplicateBarcodeError', errorCode: ErrorCode, message: string };

type CounterPickupError_DuplicateCodeError_Fragment = { __typename: 'DuplicateCodeError', errorCode: ErrorCode, message: string };

type CounterPickupError_DuplicateStoreCodeError_Fragment = { __typename: 'DuplicateStoreCodeError', errorCode: ErrorCode, message: string };

type CounterPickupError_FlashSaleUnavailableError_Fragment = { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string };

type CounterPickupError_GroupBuyOfferLockedError_Fragment = { __typename: 'GroupBuyOfferLockedError', errorCode: ErrorCode, message: string };

type CounterPickupError_GroupBuyUnavailableError_Fragment = { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string };

type CounterPickupError_IdempotencyKeyReusedError_Fragment = { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string };

type CounterPickupError_InsufficientStockError_Fragment = { __typename: 'InsufficientStockError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidBarcodeError_Fragment = { __typename: 'InvalidBarcodeError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidCategoryError_Fragment = { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidHoursError_Fragment = { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidPinError_Fragment = { __typename: 'InvalidPinError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidPriceError_Fragment = { __typename: 'InvalidPriceError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidTimeZoneError_Fragment = { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidTransitionError_Fragment = { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string };

type CounterPickupError_InvalidZoneError_Fragment = { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string };

type CounterPickupError_MemberCodeAlreadyUsedError_Fragment = { __typename: 'MemberCodeAlreadyUsedError', errorCode: ErrorCode, message: string };

type CounterPickupError_MemberCodeNotFoundError_Fragment = { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_MemberCodeReplayedError_Fragment = { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode, message: string };

type CounterPickupError_MemberSessionExpiredError_Fragment = { __typename: 'MemberSessionExpiredError', errorCode: ErrorCode, message: string };

type CounterPickupError_MembershipPlanNotFoundError_Fragment = { __typename: 'MembershipPlanNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_NetworkImportRejected_Fragment = { __typename: 'NetworkImportRejected', errorCode: ErrorCode, message: string };

type CounterPickupError_NoStoreAvailable_Fragment = { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string };

type CounterPickupError_NothingToRefundError_Fragment = { __typename: 'NothingToRefundError', errorCode: ErrorCode, message: string };

type CounterPickupError_OrderNotFoundError_Fragment = { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_OutOfStockError_Fragment = { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string };

type CounterPickupError_OverlappingPriceScheduleError_Fragment = { __typename: 'OverlappingPriceScheduleError', errorCode: ErrorCode, message: string };

type CounterPickupError_PaymentCodeInvalidError_Fragment = { __typename: 'PaymentCodeInvalidError', errorCode: ErrorCode, message: string };

type CounterPickupError_PaymentDeclinedError_Fragment = { __typename: 'PaymentDeclinedError', errorCode: ErrorCode, message: string };

type CounterPickupError_PaymentUnavailableError_Fragment = { __typename: 'PaymentUnavailableError', errorCode: ErrorCode, message: string };

type CounterPickupError_PaymentUncertainError_Fragment = { __typename: 'PaymentUncertainError', errorCode: ErrorCode, message: string };

type CounterPickupError_PickupCodeNotFoundError_Fragment = { __typename: 'PickupCodeNotFoundError', attemptsLeft: number, errorCode: ErrorCode, message: string };

type CounterPickupError_PickupExpiredError_Fragment = { __typename: 'PickupExpiredError', orderId: string, expiredAt: string, errorCode: ErrorCode, message: string };

type CounterPickupError_PickupLockedError_Fragment = { __typename: 'PickupLockedError', scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string };

type CounterPickupError_PickupRefusedError_Fragment = { __typename: 'PickupRefusedError', orderId: string, state: OrderState, reason: PickupRefusalReason, errorCode: ErrorCode, message: string };

type CounterPickupError_PickupSlotUnavailableError_Fragment = { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string };

type CounterPickupError_PictureNotFoundError_Fragment = { __typename: 'PictureNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_PriceChangedError_Fragment = { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string };

type CounterPickupError_ProductNotFoundError_Fragment = { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_PromotionNotFoundError_Fragment = { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_RedemptionCodeRefusedError_Fragment = { __typename: 'RedemptionCodeRefusedError', errorCode: ErrorCode, message: string };

type CounterPickupError_ReferralError_Fragment = { __typename: 'ReferralError', errorCode: ErrorCode, message: string };

type CounterPickupError_RefundNotAllowedError_Fragment = { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string };

type CounterPickupError_SignInLockedError_Fragment = { __typename: 'SignInLockedError', errorCode: ErrorCode, message: string };

type CounterPickupError_SpecMatrixError_Fragment = { __typename: 'SpecMatrixError', errorCode: ErrorCode, message: string };

type CounterPickupError_SplitRuleSetNotEditableError_Fragment = { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string };

type CounterPickupError_SplitRuleSetNotFoundError_Fragment = { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_SplitRuleSetRejectedError_Fragment = { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string };

type CounterPickupError_StaffNotFoundError_Fragment = { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_StoreGroupNotFoundError_Fragment = { __typename: 'StoreGroupNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_StoreNotFoundError_Fragment = { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string };

type CounterPickupError_UnknownSkuError_Fragment = { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string };

type CounterPickupError_UsernameTakenError_Fragment = { __typename: 'UsernameTakenError', errorCode: ErrorCode, message: string };

type CounterPickupError_WechatLoginError_Fragment = { __typename: 'WechatLoginError', errorCode: ErrorCode, message: string };

export type CounterPickupErrorFragment =
  | CounterPickupError_AddressBookFullError_Fragment
  | CounterPickupError_AddressNotFoundError_Fragment
  | CounterPickupError_AfterSaleAlreadyDecidedError_Fragment
  | CounterPickupError_AfterSaleNotAllowedError_Fragment
  | CounterPickupError_AfterSaleNotFoundError_Fragment
  | CounterPickupError_AlreadyPickedUpError_Fragment
  | CounterPickupError_BelowMinimumOrderError_Fragment
  | CounterPickupError_CashShortError_Fragment
  | CounterPickupError_CheckoutNotFoundError_Fragment
  | CounterPickupError_CheckoutNotPayableError_Fragment
  | CounterPickupError_CheckoutSpansClustersError_Fragment
  | CounterPickupError_ClerkDiscountRefusedError_Fragment
  | CounterPickupError_CounterRefundRefusedError_Fragment
  | CounterPickupError_CouponNotClaimableError_Fragment
  | CounterPickupError_CouponNotUsableError_Fragment
  | CounterPickupError_DeviceNotEnrolledError_Fragment
  | CounterPickupError_DeviceNotFoundError_Fragment
  | CounterPickupError_DuplicateBarcodeError_Fragment
  | CounterPickupError_DuplicateCodeError_Fragment
  | CounterPickupError_DuplicateStoreCodeError_Fragment
  | CounterPickupError_FlashSaleUnavailableError_Fragment
  | CounterPickupError_GroupBuyOfferLockedError_Fragment
  | CounterPickupError_GroupBuyUnavailableError_Fragment
  | CounterPickupError_IdempotencyKeyReusedError_Fragment
  | CounterPickupError_InsufficientStockError_Fragment
  | CounterPickupError_InvalidBarcodeError_Fragment
  | CounterPickupError_InvalidCategoryError_Fragment
  | CounterPickupError_InvalidCredentialsError_Fragment
  | CounterPickupError_InvalidHoursError_Fragment
  | CounterPickupError_InvalidPinError_Fragment
  | CounterPickupError_InvalidPriceError_Fragment
  | CounterPickupError_InvalidTimeZoneError_Fragment
  | CounterPickupError_InvalidTransitionError_Fragment
  | CounterPickupError_InvalidZoneError_Fragment
  | CounterPickupError_MemberCodeAlreadyUsedError_Fragment
  | CounterPickupError_MemberCodeNotFoundError_Fragment
  | CounterPickupError_MemberCodeReplayedError_Fragment
  | CounterPickupError_MemberSessionExpiredError_Fragment
  | CounterPickupError_MembershipPlanNotFoundError_Fragment
  | CounterPickupError_NetworkImportRejected_Fragment
  | CounterPickupError_NoStoreAvailable_Fragment
  | CounterPickupError_NothingToRefundError_Fragment
  | CounterPickupError_OrderNotFoundError_Fragment
  | CounterPickupError_OutOfStockError_Fragment
  | CounterPickupError_OverlappingPriceScheduleError_Fragment
  | CounterPickupError_PaymentCodeInvalidError_Fragment
  | CounterPickupError_PaymentDeclinedError_Fragment
  | CounterPickupError_PaymentUnavailableError_Fragment
  | CounterPickupError_PaymentUncertainError_Fragment
  | CounterPickupError_PickupCodeNotFoundError_Fragment
  | CounterPickupError_PickupExpiredError_Fragment
  | CounterPickupError_PickupLockedError_Fragment
  | CounterPickupError_PickupRefusedError_Fragment
  | CounterPickupError_PickupSlotUnavailableError_Fragment
  | CounterPickupError_PictureNotFoundError_Fragment
  | CounterPickupError_PriceChangedError_Fragment
  | CounterPickupError_ProductNotFoundError_Fragment
  | CounterPickupError_PromotionNotFoundError_Fragment
  | CounterPickupError_RedemptionCodeRefusedError_Fragment
  | CounterPickupError_ReferralError_Fragment
  | CounterPickupError_RefundNotAllowedError_Fragment
  | CounterPickupError_SignInLockedError_Fragment
  | CounterPickupError_SpecMatrixError_Fragment
  | CounterPickupError_SplitRuleSetNotEditableError_Fragment
  | CounterPickupError_SplitRuleSetNotFoundError_Fragment
  | CounterPickupError_SplitRuleSetRejectedError_Fragment
  | CounterPickupError_StaffNotFoundError_Fragment
  | CounterPickupError_StoreGroupNotFoundError_Fragment
  | CounterPickupError_StoreNotFoundError_Fragment
  | CounterPickupError_UnknownSkuError_Fragment
  | CounterPickupError_UsernameTakenError_Fragment
  | CounterPickupError_WechatLoginError_Fragment
;

export type CounterPickupPreviewQueryVariables = Exact<{
  input: PickupProofInput;
}>;


export type CounterPickupPreviewQuery = { pickupPreview:
    | { __typename: 'PickupCodeNotFoundError', attemptsLeft: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupLockedError', scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupPreview', orderId: string, codeStatus: PickupCodeStatus, contactName: string, contactPhone: string, expiresAt: string, handedOverAt: string | null, handedOverBy: string | null, pickupDeadline: string | null, state: OrderState, totalFen: number, lines: Array<{ id: string, name: string, skuCode: string, quantity: number, unitPriceFen: number }> }
   };

export type CounterVerifyPickupMutationVariables = Exact<{
  input: PickupProofInput;
}>;


export type CounterVerifyPickupMutation = { verifyPickup:
    | { __typename: 'AlreadyPickedUpError', orderId: string, pickedUpAt: string, pickedUpBy: string, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupCodeNotFoundError', attemptsLeft: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupExpiredError', orderId: string, expiredAt: string, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupLockedError', scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupRefusedError', orderId: string, state: OrderState, reason: PickupRefusalReason, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupVerified', orderId: string, pickedUpAt: string, pickedUpBy: string }
   };

export type DaogouFiguresFragment = { frozenFen: number, availableFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, state: PromoterState } };

export type DaogouCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type DaogouCentreQuery = { staffAccountLinked: boolean, promoterCentre: { frozenFen: number, availableFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, state: PromoterState } } | null };

export type DaogouLinkedQueryVariables = Exact<{ [key: string]: never; }>;


export type DaogouLinkedQuery = { staffAccountLinked: boolean };

export type DaogouLinkCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type DaogouLinkCodeMutation = { staffLinkCode: { token: string, link: string, qrDataUrl: string, expiresAt: string } };

export type JoinDaogouMutationVariables = Exact<{ [key: string]: never; }>;


export type JoinDaogouMutation = { becomePromoter: { frozenFen: number, availableFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, state: PromoterState } } };

export type HqSaveCategoryMutationVariables = Exact<{
  input: CategoryInput;
}>;


export type HqSaveCategoryMutation = { saveCategory:
    | { __typename: 'Category', id: string }
    | { __typename: 'DuplicateCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
   };

export type HqDashboardQueryVariables = Exact<{
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type HqDashboardQuery = { dashboard: { from: string, to: string, storeId: string | null, timeZone: string, refreshedAt: string, ordersByHour: Array<number>, totals: { orders: number, gmvFen: number, averageOrderFen: number | null, deliveryOrders: number, deliveryGmvFen: number, pickupOrders: number, pickupGmvFen: number, pickupsSettled: number, pickupsOnTime: number, pickupOnTimeRate: number | null, medianMinutesToAccept: number | null, medianMinutesToReady: number | null, reroutedOrders: number, reroutedRate: number | null, refundedOrders: number, refundedFen: number, feeFen: number, hqShareFen: number, storeShareFen: number }, days: Array<{ day: string, orders: number, gmvFen: number }>, topProducts: Array<{ skuId: string, skuCode: string, name: string, quantity: number, revenueFen: number }>, stores: Array<{ rank: number, storeId: string, storeCode: string, storeName: string, city: string, orders: number, gmvFen: number, averageOrderFen: number | null, pickupOnTimeRate: number | null, reroutedRate: number | null, refundedFen: number }> } };

export type HqRefreshDashboardMutationVariables = Exact<{ [key: string]: never; }>;


export type HqRefreshDashboardMutation = { refreshDashboard: { refreshedAt: string } };

export type HqFlashSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HqFlashSessionsQuery = { flashSessions: Array<{ id: string, name: string, startsAt: string, endsAt: string, state: string, items: Array<{ id: string, name: string, skuCode: string, storeId: string | null, priceFen: number, quota: number, sold: number, perUserLimit: number, perOrderLimit: number, status: FlashItemStatus }> }> };

export type HqFlashSkusQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HqFlashSkusQuery = { products: { nodes: Array<{ id: string, name: string, skus: Array<{ id: string, code: string, priceFen: number }> }> } };

export type HqCreateFlashSessionMutationVariables = Exact<{
  input: CreateFlashSessionInput;
}>;


export type HqCreateFlashSessionMutation = { createFlashSession: { id: string } };

export type HqStopFlashSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type HqStopFlashSessionMutation = { stopFlashSession: { id: string, state: string } };

export type HqGroupBuyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type HqGroupBuyOffersQuery = { groupBuyOffers: Array<{ id: string, name: string, skuId: string, productName: string, skuCode: string, listPriceFen: number, groupPriceFen: number, groupSize: number, formMinutes: number, autoForm: boolean, startsAt: string, endsAt: string, state: string, storeIds: Array<string> | null, groupsOpen: number, groupsFormed: number, groupsFailed: number }> };

export type HqCreateGroupBuyOfferMutationVariables = Exact<{
  input: CreateGroupBuyOfferInput;
}>;


export type HqCreateGroupBuyOfferMutation = { createGroupBuyOffer: { id: string } };

export type HqUpdateGroupBuyOfferMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupBuyOfferInput;
}>;


export type HqUpdateGroupBuyOfferMutation = { updateGroupBuyOffer:
    | { __typename: 'GroupBuyOffer', id: string }
    | { __typename: 'GroupBuyOfferLockedError', errorCode: ErrorCode, message: string }
   };

export type HqStopGroupBuyOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type HqStopGroupBuyOfferMutation = { stopGroupBuyOffer: { id: string, state: string } };

export type HqLevelFieldsFragment = { id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> };

export type HqMemberLevelsFullQueryVariables = Exact<{ [key: string]: never; }>;


export type HqMemberLevelsFullQuery = { memberLevels: Array<{ id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type HqSetMemberLevelsMutationVariables = Exact<{
  levels: Array<MemberLevelInput> | MemberLevelInput;
}>;


export type HqSetMemberLevelsMutation = { setMemberLevels: Array<{ id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type HqMemberLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type HqMemberLevelsQuery = { memberLevels: Array<{ id: string, name: string, growthThreshold: number }> };

export type HqMembersQueryVariables = Exact<{
  search?: string | null | undefined;
  levelId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HqMembersQuery = { members: { nodes: Array<{ shopperId: string, reference: string | null, phone: string | null, levelName: string | null, growth: number, points: number, orders: number, lastOrderAt: string | null, homeStoreName: string | null, joinedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HqMemberTimelineQueryVariables = Exact<{
  shopperId: string | number;
}>;


export type HqMemberTimelineQuery = { memberTimeline: Array<{ at: string, kind: string, title: string, amountFen: number | null, points: number | null, orderId: string | null }> };

export type HqMemberPaidMembershipQueryVariables = Exact<{
  shopperId: string | number;
}>;


export type HqMemberPaidMembershipQuery = { memberPaidMembership: { refundableFen: number, current: { planName: string, endsAt: string } | null, purchases: Array<{ id: string, planName: string, priceFen: number, durationDays: number, startsAt: string | null, endsAt: string | null, state: string, refundedFen: number }> } };

export type HqRefundMembershipMutationVariables = Exact<{
  shopperId: string | number;
}>;


export type HqRefundMembershipMutation = { refundMembership:
    | { __typename: 'MembershipRefunded', refundedFen: number }
    | { __typename: 'NothingToRefundError', errorCode: ErrorCode, message: string }
   };

export type HqPlanFieldsFragment = { id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> };

export type HqMembershipPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type HqMembershipPlansQuery = { membershipPlans: Array<{ id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type HqSaveMembershipPlanMutationVariables = Exact<{
  input: MembershipPlanInput;
}>;


export type HqSaveMembershipPlanMutation = { saveMembershipPlan: { id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> } };

export type HqProductFieldsFragment = { id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string }>, pictures: Array<{ id: string, position: number, url: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> };

export type HqProductQueryVariables = Exact<{
  id: string | number;
}>;


export type HqProductQuery = { product: { id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string }>, pictures: Array<{ id: string, position: number, url: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> } | null };

export type HqSkusAtStoreQueryVariables = Exact<{
  id: string | number;
  storeId: string | number;
}>;


export type HqSkusAtStoreQuery = { product: { id: string, skus: Array<{ id: string, priceAt: number, onShelfAt: boolean, priceHistory: Array<{ id: string, storeId: string | null, storeGroupId: string | null, priceFen: number, startsAt: string, endsAt: string | null, createdBy: string }> }> } | null };

export type HqSaveProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type HqSaveProductMutation = { saveProduct:
    | { __typename: 'DuplicateBarcodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'DuplicateCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidBarcodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidPriceError', errorCode: ErrorCode, message: string }
    | { __typename: 'Product', id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string }>, pictures: Array<{ id: string, position: number, url: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SpecMatrixError', errorCode: ErrorCode, message: string, missing: Array<string> }
   };

export type HqSetProductPicturesMutationVariables = Exact<{
  productId: string | number;
  pictureIds: Array<string | number> | string | number;
}>;


export type HqSetProductPicturesMutation = { setProductPictures:
    | { __typename: 'PictureNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Product', id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string }>, pictures: Array<{ id: string, position: number, url: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqSchedulePriceMutationVariables = Exact<{
  input: SkuPriceInput;
}>;


export type HqSchedulePriceMutation = { scheduleSkuPrice:
    | { __typename: 'InvalidPriceError', errorCode: ErrorCode, message: string }
    | { __typename: 'OverlappingPriceScheduleError', errorCode: ErrorCode, message: string }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SkuPriceChange', id: string }
    | { __typename: 'StoreGroupNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqSetListingMutationVariables = Exact<{
  input: ListingInput;
}>;


export type HqSetListingMutation = { setListing:
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
    | { __typename: 'ListingChange', changed: number, stores: number }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreGroupNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqPriceGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type HqPriceGroupsQuery = { storeGroups: Array<{ id: string, code: string, name: string, storeIds: Array<string> }> };

export type HqProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  storeId?: string | number | null | undefined;
  status?: ProductStatus | null | undefined;
}>;


export type HqProductsQuery = { products: { nodes: Array<{ id: string, code: string, name: string, status: ProductStatus, imageUrl: string, categories: Array<{ id: string, name: string }>, skus: Array<{ id: string, active: boolean, priceFen: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HqRedemptionCodesQueryVariables = Exact<{
  promotionId: string | number;
  after?: string | null | undefined;
}>;


export type HqRedemptionCodesQuery = { redemptionCodes:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RedemptionCodePage', total: number, redeemed: number, next: string | null, csv: string, codes: Array<{ code: string, redeemedAt: string | null }> }
   };

export type HqGenerateCodesMutationVariables = Exact<{
  promotionId: string | number;
  count: number;
}>;


export type HqGenerateCodesMutation = { generateRedemptionCodes:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RedemptionCodePage', made: number, total: number, redeemed: number }
   };

export type HqSegmentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HqSegmentChoicesQuery = { memberLevels: Array<{ id: string, name: string, growthThreshold: number }> };

export type HqSegmentSizeQueryVariables = Exact<{
  segment: SegmentInput;
}>;


export type HqSegmentSizeQuery = { couponSegmentSize: number };

export type HqIssueBatchMutationVariables = Exact<{
  promotionId: string | number;
  segment: SegmentInput;
}>;


export type HqIssueBatchMutation = { issueCouponBatch:
    | { __typename: 'CouponBatch', id: string }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqCouponBatchesQueryVariables = Exact<{
  promotionId: string | number;
}>;


export type HqCouponBatchesQuery = { couponBatches: Array<{ id: string, state: string, targeted: number, issued: number, createdAt: string, finishedAt: string | null, createdBy: string, segment: { homeStoreId: string | null, levelId: string | null, noOrderSince: string | null, orderedAtStoreId: string | null, orderedWithinDays: number | null } }> };

export type HqStoreGroupChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HqStoreGroupChoicesQuery = { storeGroups: Array<{ id: string, code: string, name: string, storeIds: Array<string> }> };

export type HqPromotionQueryVariables = Exact<{
  id: string | number;
}>;


export type HqPromotionQuery = { promotion:
    | { __typename: 'Promotion', id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqCreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type HqCreatePromotionMutation = { createPromotion: { id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> } };

export type HqSavePromotionMutationVariables = Exact<{
  id: string | number;
  input: CreatePromotionInput;
}>;


export type HqSavePromotionMutation = { updatePromotion:
    | { __typename: 'Promotion', id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqLaunchPromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type HqLaunchPromotionMutation = { launchPromotion:
    | { __typename: 'Promotion', id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqStopPromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type HqStopPromotionMutation = { stopPromotion:
    | { __typename: 'Promotion', id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqPromotionSimulationQueryVariables = Exact<{
  id: string | number;
}>;


export type HqPromotionSimulationQuery = { simulatePromotion:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PromotionSimulation', from: string, to: string, checkouts: number, qualifiedCheckouts: number, qualifiedOrders: number, discountFen: number, hqFen: number, storeFen: number, byStore: Array<{ storeId: string, storeCode: string, storeName: string, orders: number, discountFen: number, hqFen: number, storeFen: number }> }
   };

export type HqPromotionLiveQueryVariables = Exact<{
  id: string | number;
}>;


export type HqPromotionLiveQuery = { promotionStats:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PromotionStats', claimed: number, used: number, locked: number, orders: number, discountFen: number, hqFen: number, storeFen: number, budgetLeftFen: number | null, usesLeft: number | null, at: string, byStore: Array<{ storeId: string, storeCode: string, storeName: string, orders: number, discountFen: number, hqFen: number, storeFen: number }>, promotion: { id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> } }
   };

export type HqSkuSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HqSkuSearchQuery = { products: { nodes: Array<{ id: string, code: string, name: string, skus: Array<{ id: string, code: string, active: boolean, priceFen: number, attributes: Array<{ name: string, value: string }> }> }> } };

export type HqPromotionsQueryVariables = Exact<{
  status?: PromotionStatus | null | undefined;
  kind?: PromotionKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HqPromotionsQuery = { promotions: { nodes: Array<{ usedCoupons: number | null, id: string, kind: PromotionKind, name: string, couponKind: CouponKind | null, thresholdFen: number, offFen: number, offBp: number, capFen: number | null, channel: string, funder: string, funderStoreBp: number, startsAt: string | null, endsAt: string | null, validDays: number | null, totalLimit: number | null, perUserLimit: number, claimed: number, budgetFen: number | null, spentFen: number, budgetUses: number | null, uses: number, state: PromotionState, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string>, storeGroupIds: Array<string>, stacksWith: Array<StackClass>, issuedBy: CouponIssue, giftMinPaidFen: number, createdAt: string, tiers: Array<{ thresholdFen: number, offFen: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HqReferralQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type HqReferralQuery = { referralBindDays: number, commissionRules: Array<{ id: string, categoryId: string | null, productId: string | null, name: string, rateBp: number }>, categories: Array<{ id: string, name: string }>, commissionWithdrawals: Array<{ id: string, promoterName: string, amountFen: number, state: WithdrawalState, createdAt: string }>, payingWithdrawals: Array<{ id: string, promoterName: string, amountFen: number, state: WithdrawalState, failReason: string | null, createdAt: string }>, failedWithdrawals: Array<{ id: string, promoterName: string, amountFen: number, state: WithdrawalState, failReason: string | null, createdAt: string }>, commissionReport: Array<{ storeId: string, storeName: string, promoterId: string, promoterName: string, kind: PromoterKind, orders: number, keptNetFen: number, commissionFen: number, frozenFen: number, availableFen: number }>, promoters: Array<{ id: string, kind: PromoterKind, displayName: string, buyers: number | null, state: PromoterState }> };

export type HqSetCommissionRuleMutationVariables = Exact<{
  input: CommissionRuleInput;
}>;


export type HqSetCommissionRuleMutation = { setCommissionRule: Array<{ id: string }> };

export type HqSetReferralBindDaysMutationVariables = Exact<{
  days: number;
}>;


export type HqSetReferralBindDaysMutation = { setReferralBindDays: number };

export type HqApproveWithdrawalMutationVariables = Exact<{
  id: string | number;
}>;


export type HqApproveWithdrawalMutation = { approveCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, state: WithdrawalState, failReason: string | null }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, message: string }
   };

export type HqRejectWithdrawalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HqRejectWithdrawalMutation = { rejectCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, state: WithdrawalState }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, message: string }
   };

export type HqMarkWithdrawalFailureSeenMutationVariables = Exact<{
  id: string | number;
}>;


export type HqMarkWithdrawalFailureSeenMutation = { markWithdrawalFailureSeen:
    | { __typename: 'CommissionWithdrawal' }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, message: string }
   };

export type HqSetPromoterStateMutationVariables = Exact<{
  id: string | number;
  state: PromoterState;
}>;


export type HqSetPromoterStateMutation = { setPromoterState: { id: string, state: PromoterState } };

export type HqWithdrawalOutcomeFragment = { id: string, promoterName: string, amountFen: number, state: WithdrawalState, failReason: string | null, createdAt: string };

export type HqRuleSetFieldsFragment = { id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> };

type HqRuleSetResultFields_SplitRuleSet_Fragment = { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> };

type HqRuleSetResultFields_SplitRuleSetNotEditableError_Fragment = { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string };

type HqRuleSetResultFields_SplitRuleSetNotFoundError_Fragment = { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string };

type HqRuleSetResultFields_SplitRuleSetRejectedError_Fragment = { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, message: string, ruleName: string | null, otherRuleName: string | null }> };

export type HqRuleSetResultFieldsFragment =
  | HqRuleSetResultFields_SplitRuleSet_Fragment
  | HqRuleSetResultFields_SplitRuleSetNotEditableError_Fragment
  | HqRuleSetResultFields_SplitRuleSetNotFoundError_Fragment
  | HqRuleSetResultFields_SplitRuleSetRejectedError_Fragment
;

export type HqRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type HqRuleSetsQuery = { splitRuleSets: Array<{ id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }>, categories: Array<{ id: string, name: string }>, storeGroups: Array<{ id: string, code: string, name: string }> };

export type HqCreateRuleSetMutationVariables = Exact<{
  input: SplitRuleSetInput;
}>;


export type HqCreateRuleSetMutation = { createSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, message: string, ruleName: string | null, otherRuleName: string | null }> }
   };

export type HqUpdateRuleSetMutationVariables = Exact<{
  id: string | number;
  input: SplitRuleSetInput;
}>;


export type HqUpdateRuleSetMutation = { updateSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, message: string, ruleName: string | null, otherRuleName: string | null }> }
   };

export type HqPublishRuleSetMutationVariables = Exact<{
  id: string | number;
  effectiveAt?: string | null | undefined;
}>;


export type HqPublishRuleSetMutation = { publishSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, publishedAt: string | null, createdAt: string, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, message: string, ruleName: string | null, otherRuleName: string | null }> }
   };

export type HqPreviewRuleSetQueryVariables = Exact<{
  ruleSetId: string | number;
  from: string;
  to: string;
}>;


export type HqPreviewRuleSetQuery = { previewSplitRuleSet:
    | { __typename: 'SplitPreview', stores: Array<{ storeId: string, storeCode: string, orders: number, grossFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, netPayableFen: number }> }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
  , settlementReport: { stores: Array<{ storeId: string, storeCode: string, orders: number, netPayableFen: number, hqShareFen: number }> } };

export type HqSettlementQueryVariables = Exact<{
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type HqSettlementQuery = { settlementReport: { from: string, to: string, csv: string, stores: Array<{ storeId: string, storeCode: string, orders: number, grossFen: number, refundFen: number, feeFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, hqPromotionCostFen: number, storePromotionCostFen: number, netPayableFen: number }> } };

export type HqProfitSharingIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type HqProfitSharingIssuesQuery = { profitSharingIssues: Array<{ orderId: string, outOrderNo: string, state: string, attempts: number, lastError: string | null, updatedAt: string }> };

export type HqRetryProfitSharingMutationVariables = Exact<{
  orderId: string | number;
}>;


export type HqRetryProfitSharingMutation = { retryProfitSharing: { orderId: string, state: string, attempts: number, lastError: string | null } | null };

export type HqPickupAuditQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
}>;


export type HqPickupAuditQuery = { pickupAttempts: { nodes: Array<{ id: string, at: string, storeId: string, actor: string, action: PickupAttemptAction, method: PickupAttemptMethod, outcome: PickupAttemptOutcome, orderId: string | null, detail: string | null }> } };

export type HqStaffFieldsFragment = { id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null };

export type HqStaffQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
}>;


export type HqStaffQuery = { staffMembers: { nodes: Array<{ id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }> } };

export type HqStoreCounterQueryVariables = Exact<{
  storeId: string | number;
}>;


export type HqStoreCounterQuery = { devices: Array<{ id: string, name: string, enrolledAt: string, enrolledBy: string, lastUnlockAt: string | null, revokedAt: string | null }>, pickupLockouts: Array<{ scope: PickupLockScope, staffId: string | null, username: string | null, until: string, retryAfterSeconds: number }> };

export type HqCreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type HqCreateStaffMutation = { createStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UsernameTakenError', errorCode: ErrorCode, message: string }
   };

export type HqDisableStaffMutationVariables = Exact<{
  staffId: string | number;
}>;


export type HqDisableStaffMutation = { disableStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqEnableStaffMutationVariables = Exact<{
  staffId: string | number;
}>;


export type HqEnableStaffMutation = { enableStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqResetStaffPasswordMutationVariables = Exact<{
  staffId: string | number;
  password: string;
}>;


export type HqResetStaffPasswordMutation = { resetStaffPassword:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqResetStaffPinMutationVariables = Exact<{
  staffId: string | number;
  pin?: string | null | undefined;
}>;


export type HqResetStaffPinMutation = { resetStaffPin:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqEnrollDeviceMutationVariables = Exact<{
  input: EnrollDeviceInput;
}>;


export type HqEnrollDeviceMutation = { enrollDevice:
    | { __typename: 'DeviceEnrollment', deviceToken: string, device: { id: string, name: string } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqRevokeDeviceMutationVariables = Exact<{
  deviceId: string | number;
}>;


export type HqRevokeDeviceMutation = { revokeDevice:
    | { __typename: 'CounterDevice', id: string, revokedAt: string | null }
    | { __typename: 'DeviceNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqUnlockPickupLockoutMutationVariables = Exact<{
  storeId: string | number;
  staffId?: string | number | null | undefined;
}>;


export type HqUnlockPickupLockoutMutation = { unlockPickupLockout: boolean };

export type HqSetStaffDiscountGrantMutationVariables = Exact<{
  staffId: string | number;
  grant?: StaffDiscountGrantInput | null | undefined;
}>;


export type HqSetStaffDiscountGrantMutation = { setStaffDiscountGrant:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, hasPin: boolean, disabled: boolean, createdAt: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqMapStoreFieldsFragment = { id: string, code: string, name: string, city: string, status: StoreStatus, capabilities: Array<StoreCapability>, deliveryRadiusM: number | null, deliveryZone: unknown, pickupSlotCapacity: number, minOrderFen: number, address: string, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }>, location: { lat: number, lng: number } };

export type HqMapStoresQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HqMapStoresQuery = { stores: { nodes: Array<{ id: string, code: string, name: string, city: string, status: StoreStatus, capabilities: Array<StoreCapability>, deliveryRadiusM: number | null, deliveryZone: unknown, pickupSlotCapacity: number, minOrderFen: number, address: string, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }>, location: { lat: number, lng: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HqCreateStoreMutationVariables = Exact<{
  input: StoreInput;
}>;


export type HqCreateStoreMutation = { createStore:
    | { __typename: 'DuplicateStoreCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string, reason: string }
    | { __typename: 'Store', id: string, code: string, name: string, city: string, status: StoreStatus, capabilities: Array<StoreCapability>, deliveryRadiusM: number | null, deliveryZone: unknown, pickupSlotCapacity: number, minOrderFen: number, address: string, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }>, location: { lat: number, lng: number } }
   };

export type HqSaveZoneMutationVariables = Exact<{
  id: string | number;
  input: StoreUpdateInput;
}>;


export type HqSaveZoneMutation = { updateStore:
    | { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string, reason: string }
    | { __typename: 'Store', id: string, code: string, name: string, city: string, status: StoreStatus, capabilities: Array<StoreCapability>, deliveryRadiusM: number | null, deliveryZone: unknown, pickupSlotCapacity: number, minOrderFen: number, address: string, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }>, location: { lat: number, lng: number } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqSampleSkuQueryVariables = Exact<{
  storeId: string | number;
}>;


export type HqSampleSkuQuery = { storeStock: { nodes: Array<{ sku: { id: string, code: string } }> } };

export type HqRouteCheckQueryVariables = Exact<{
  delivery: RouteCartInput;
  pickup: RouteCartInput;
}>;


export type HqRouteCheckQuery = { delivery:
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { code: string, name: string } }> }
    | { __typename: 'RoutedToStore', distanceM: number, store: { id: string, code: string, name: string } }
    | { __typename: 'SplitProposal', parts: Array<{ store: { code: string } }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
  , pickup:
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { code: string, name: string } }> }
    | { __typename: 'RoutedToStore', distanceM: number, store: { id: string, code: string, name: string } }
    | { __typename: 'SplitProposal', parts: Array<{ store: { code: string } }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

type HqRouteResult_NoStoreAvailable_Fragment = { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { code: string, name: string } }> };

type HqRouteResult_RoutedToStore_Fragment = { __typename: 'RoutedToStore', distanceM: number, store: { id: string, code: string, name: string } };

type HqRouteResult_SplitProposal_Fragment = { __typename: 'SplitProposal', parts: Array<{ store: { code: string } }> };

type HqRouteResult_StoreNotFoundError_Fragment = { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string };

type HqRouteResult_UnknownSkuError_Fragment = { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string };

export type HqRouteResultFragment =
  | HqRouteResult_NoStoreAvailable_Fragment
  | HqRouteResult_RoutedToStore_Fragment
  | HqRouteResult_SplitProposal_Fragment
  | HqRouteResult_StoreNotFoundError_Fragment
  | HqRouteResult_UnknownSkuError_Fragment
;

export type HqUpdateStoreMutationVariables = Exact<{
  id: string | number;
  input: StoreUpdateInput;
}>;


export type HqUpdateStoreMutation = { updateStore:
    | { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'Store', id: string, code: string, name: string, city: string, status: StoreStatus, capabilities: Array<StoreCapability>, deliveryRadiusM: number | null, deliveryZone: unknown, pickupSlotCapacity: number, minOrderFen: number, address: string, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }>, location: { lat: number, lng: number } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type HqImportNetworkMutationVariables = Exact<{
  featureCollection: unknown;
  importId?: string | number | null | undefined;
}>;


export type HqImportNetworkMutation = { importStoreNetwork:
    | { __typename: 'NetworkImportRejected', message: string, featureErrors: Array<{ index: number, code: string | null, message: string }> }
    | { __typename: 'NetworkImported', created: number, updated: number }
   };

export type HqStoreGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type HqStoreGroupsQuery = { storeGroups: Array<{ id: string, code: string, name: string, storeIds: Array<string> }> };

export type HqSaveStoreGroupMutationVariables = Exact<{
  input: StoreGroupInput;
}>;


export type HqSaveStoreGroupMutation = { saveStoreGroup: { id: string, code: string, name: string, storeIds: Array<string> } };

export type HqImportProgressSubscriptionVariables = Exact<{
  importId: string | number;
}>;


export type HqImportProgressSubscription = { storeNetworkImportProgress: { importId: string, phase: ImportPhase, done: number, total: number } };

export type LoginStaffMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginStaffMutation = { loginStaff:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string, role: Role, storeId: string | null, username: string | null, displayName: string | null, deviceId: string | null } }
    | { __typename: 'InvalidCredentialsError', errorCode: ErrorCode, message: string }
    | { __typename: 'SignInLockedError', errorCode: ErrorCode, message: string, retryAfterSeconds: number }
   };

export type BindMemberMutationVariables = Exact<{
  memberCode: string;
}>;


export type BindMemberMutation = { bindShopperToStore:
    | { __typename: 'HomeStoreBinding', storeCode: string, newlyBound: boolean, boundAt: string, points: number | null }
    | { __typename: 'MemberCodeAlreadyUsedError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode, message: string }
   };

export type PrintOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintOrderQuery = { order: { id: string, state: OrderState, fulfilment: FulfilmentType, createdAt: string, paidAt: string | null, contactName: string, contactPhone: string, address: string | null, remark: string | null, goodsFen: number, deliveryFeeFen: number, discountFen: number, pointsFen: number, totalFen: number, pickupSlot: { startsAt: string, endsAt: string } | null, groupBuy: { id: string, size: number, paid: number } | null, checkout: { channel: string, tender: string | null, tenderedFen: number | null, changeFen: number | null }, store: { code: string, name: string, phone: string | null, timeZone: string }, lines: Array<{ id: string, name: string, skuCode: string, quantity: number, unitPriceFen: number }> } | null };

export type QueueAfterSaleFragment = { id: string, orderId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, createdAt: string, requestedFen: number, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> };

export type StoreAfterSalesQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StoreAfterSalesQuery = { storeAfterSales: { nodes: Array<{ id: string, orderId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, createdAt: string, requestedFen: number, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }> } };

type DecideResult_AfterSale_Fragment = { __typename: 'AfterSale', id: string, state: AfterSaleState };

type DecideResult_AfterSaleAlreadyDecidedError_Fragment = { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string };

type DecideResult_AfterSaleNotFoundError_Fragment = { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string };

type DecideResult_RefundNotAllowedError_Fragment = { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string };

export type DecideResultFragment =
  | DecideResult_AfterSale_Fragment
  | DecideResult_AfterSaleAlreadyDecidedError_Fragment
  | DecideResult_AfterSaleNotFoundError_Fragment
  | DecideResult_RefundNotAllowedError_Fragment
;

export type ApproveAfterSaleMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveAfterSaleMutation = { approveAfterSale:
    | { __typename: 'AfterSale', id: string, state: AfterSaleState }
    | { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string }
    | { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type DeclineAfterSaleMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineAfterSaleMutation = { declineAfterSale:
    | { __typename: 'AfterSale', id: string, state: AfterSaleState }
    | { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string }
    | { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type QueueOrderFragment = { id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, totalFen: number, goodsFen: number, deliveryFeeFen: number, createdAt: string, paidAt: string | null, acceptBy: string | null, scheduledAt: string | null, pickupDeadline: string | null, contactName: string, contactPhone: string, address: string | null, remark: string | null, distanceM: number, pickupSlot: { startsAt: string, endsAt: string } | null, groupBuy: { id: string, size: number, paid: number } | null, lines: Array<{ id: string, name: string, skuCode: string, quantity: number, unitPriceFen: number }> };

export type StoreQueueQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StoreQueueQuery = { storeOrders: { nodes: Array<{ id: string, state: OrderState, fulfilment: FulfilmentType, nextActions: Array<OrderAction>, totalFen: number, goodsFen: number, deliveryFeeFen: number, createdAt: string, paidAt: string | null, acceptBy: string | null, scheduledAt: string | null, pickupDeadline: string | null, contactName: string, contactPhone: string, address: string | null, remark: string | null, distanceM: number, pickupSlot: { startsAt: string, endsAt: string } | null, groupBuy: { id: string, size: number, paid: number } | null, lines: Array<{ id: string, name: string, skuCode: string, quantity: number, unitPriceFen: number }> }> } };

type QueueStepResult_CustomerOrder_Fragment = { __typename: 'CustomerOrder', id: string, state: OrderState };

type QueueStepResult_InvalidTransitionError_Fragment = { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string };

type QueueStepResult_OrderNotFoundError_Fragment = { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string };

type QueueStepResult_RefundNotAllowedError_Fragment = { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string };

export type QueueStepResultFragment =
  | QueueStepResult_CustomerOrder_Fragment
  | QueueStepResult_InvalidTransitionError_Fragment
  | QueueStepResult_OrderNotFoundError_Fragment
  | QueueStepResult_RefundNotAllowedError_Fragment
;

export type QueueAdvanceMutationVariables = Exact<{
  orderId: string | number;
  event: StoreStepEvent;
}>;


export type QueueAdvanceMutation = { advanceOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type QueueRejectMutationVariables = Exact<{
  orderId: string | number;
  reason: string;
}>;


export type QueueRejectMutation = { rejectOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type RefundFindSaleQueryVariables = Exact<{
  ref: string;
}>;


export type RefundFindSaleQuery = { counterSaleByReceipt: { id: string, state: OrderState, createdAt: string, totalFen: number, refundedFen: number, checkout: { tender: string | null }, store: { name: string, timeZone: string }, lines: Array<{ id: string, name: string, skuCode: string, quantity: number, refundedQuantity: number, unitPriceFen: number, discountFen: number, pointsFen: number }>, clerkDiscounts: Array<{ kind: string, clerkName: string | null, name: string | null, quantity: number | null, fromFen: number, toFen: number }> } | null };

export type RefundCounterSaleMutationVariables = Exact<{
  input: CounterRefundInput;
}>;


export type RefundCounterSaleMutation = { counterRefund:
    | { __typename: 'CounterRefundDone', refundId: string, amountFen: number, pointsReturned: number, tender: string, handBackFen: number, restocked: boolean, order: { id: string, state: OrderState, refundedFen: number } }
    | { __typename: 'CounterRefundRefusedError', errorCode: ErrorCode, message: string }
   };

export type SaleSkuByBarcodeQueryVariables = Exact<{
  barcode: string;
}>;


export type SaleSkuByBarcodeQuery = { skuByBarcode: { id: string, code: string, priceFen: number, product: { name: string }, attributes: Array<{ value: string }> } | null };

export type SaleScanMemberMutationVariables = Exact<{
  memberCode: string;
}>;


export type SaleScanMemberMutation = { scanCounterMember:
    | { __typename: 'CounterMember', memberToken: string, points: number }
    | { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode, message: string }
   };

export type SaleQuoteQueryVariables = Exact<{
  input: CounterCartInput;
}>;


export type SaleQuoteQuery = { counterQuote:
    | { __typename: 'CheckoutQuote', goodsFen: number, discountFen: number, pointsUsed: number, pointsFen: number, totalFen: number, orders: Array<{ lines: Array<{ skuId: string, unitPriceFen: number, netFen: number }> }>, coupons: Array<{ couponId: string, name: string, usable: boolean, savingFen: number, message: string | null }> }
    | { __typename: 'ClerkDiscountRefusedError', problem: ClerkDiscountProblem, capFen: number | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberSessionExpiredError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type SaleSellMutationVariables = Exact<{
  input: CounterSaleInput;
}>;


export type SaleSellMutation = { counterSale:
    | { __typename: 'CashShortError', shortFen: number, errorCode: ErrorCode, message: string }
    | { __typename: 'ClerkDiscountRefusedError', problem: ClerkDiscountProblem, capFen: number | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CounterSaleDone', tender: string, tenderedFen: number | null, changeFen: number, memberPoints: number | null, order: { id: string, totalFen: number } }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberSessionExpiredError', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentCodeInvalidError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentDeclinedError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentUncertainError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type SaleDiscountGrantQueryVariables = Exact<{ [key: string]: never; }>;


export type SaleDiscountGrantQuery = { me: { id: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null } | null };

export type StockRowFragment = { onHand: number, reserved: number, available: number, updatedAt: string, sku: { id: string, code: string, barcode: string | null, priceFen: number, attributes: Array<{ name: string, value: string }>, product: { id: string, name: string } } };

export type StoreStockPageQueryVariables = Exact<{
  storeId: string | number;
  after?: string | null | undefined;
}>;


export type StoreStockPageQuery = { storeStock: { nodes: Array<{ onHand: number, reserved: number, available: number, updatedAt: string, sku: { id: string, code: string, barcode: string | null, priceFen: number, attributes: Array<{ name: string, value: string }>, product: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StockJournalQueryVariables = Exact<{
  storeId: string | number;
  skuId: string | number;
}>;


export type StockJournalQuery = { stockMovements: { nodes: Array<{ id: string, createdAt: string, actor: string, reason: StockMovementReason, note: string | null, deltaOnHand: number, deltaReserved: number, onHandAfter: number, reservedAfter: number, orderRef: string | null }> } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock:
    | { __typename: 'InsufficientStockError', errorCode: ErrorCode, message: string, available: number }
    | { __typename: 'StockLevel', onHand: number, reserved: number, available: number, updatedAt: string, sku: { id: string, code: string, barcode: string | null, priceFen: number, attributes: Array<{ name: string, value: string }>, product: { id: string, name: string } } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type TodayReportQueryVariables = Exact<{
  storeId: string | number;
  day: string;
}>;


export type TodayReportQuery = { settlementReport: { stores: Array<{ storeId: string, orders: number, grossFen: number, refundFen: number, fulfillingShareFen: number, referringShareFen: number, netPayableFen: number }> }, storeOrders: { nodes: Array<{ id: string, state: OrderState, createdAt: string }> } };

export type LockScreenQueryVariables = Exact<{
  deviceToken: string;
}>;


export type LockScreenQuery = { counterDevice:
    | { __typename: 'CounterDeviceInfo', storeName: string, storeCode: string, device: { id: string, name: string, storeId: string }, clerks: Array<{ id: string, username: string, displayName: string, hasPin: boolean }> }
    | { __typename: 'DeviceNotEnrolledError', errorCode: ErrorCode, message: string }
   };

export type UnlockWithPinMutationVariables = Exact<{
  input: PinUnlockInput;
}>;


export type UnlockWithPinMutation = { unlockWithPin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string, role: Role, storeId: string | null, username: string | null, displayName: string | null, deviceId: string | null } }
    | { __typename: 'DeviceNotEnrolledError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidPinError', errorCode: ErrorCode, message: string, attemptsLeft: number }
    | { __typename: 'SignInLockedError', errorCode: ErrorCode, message: string, retryAfterSeconds: number }
   };

export const HqPromotionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqPromotionFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CounterOrderLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOrderLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]} as unknown as DocumentNode<CounterOrderLineFragment, unknown>;
export const CounterPickupErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterPickupError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CounterPickupErrorFragment, unknown>;
export const DaogouFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DaogouFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DaogouFiguresFragment, unknown>;
export const HqLevelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<HqLevelFieldsFragment, unknown>;
export const HqPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<HqPlanFieldsFragment, unknown>;
export const HqProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"200"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HqProductFieldsFragment, unknown>;
export const HqWithdrawalOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqWithdrawalOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqWithdrawalOutcomeFragment, unknown>;
export const HqRuleSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<HqRuleSetFieldsFragment, unknown>;
export const HqRuleSetResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<HqRuleSetResultFieldsFragment, unknown>;
export const HqStaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqStaffFieldsFragment, unknown>;
export const HqMapStoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqMapStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<HqMapStoreFieldsFragment, unknown>;
export const HqRouteResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRouteResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RouteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<HqRouteResultFragment, unknown>;
export const QueueAfterSaleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueAfterSale"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}}]} as unknown as DocumentNode<QueueAfterSaleFragment, unknown>;
export const DecideResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecideResultFragment, unknown>;
export const QueueOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}}]} as unknown as DocumentNode<QueueOrderFragment, unknown>;
export const QueueStepResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueStepResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<QueueStepResultFragment, unknown>;
export const StockRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StockRowFragment, unknown>;
export const HqCategoryTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqCategoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]} as unknown as DocumentNode<HqCategoryTreeQuery, HqCategoryTreeQueryVariables>;
export const HqRulesInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqRulesInForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]}}]} as unknown as DocumentNode<HqRulesInForceQuery, HqRulesInForceQueryVariables>;
export const HqStoreListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqStoreList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HqStoreListQuery, HqStoreListQueryVariables>;
export const StoreLiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StoreLiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeOrderEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<StoreLiveEventsSubscription, StoreLiveEventsSubscriptionVariables>;
export const StoreNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<StoreNameQuery, StoreNameQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CounterPickupPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterPickupPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickupProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOrderLine"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterPickupError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOrderLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterPickupError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CounterPickupPreviewQuery, CounterPickupPreviewQueryVariables>;
export const CounterVerifyPickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterVerifyPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickupProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupVerified"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterPickupError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterPickupError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CounterVerifyPickupMutation, CounterVerifyPickupMutationVariables>;
export const DaogouCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DaogouCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoterCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DaogouFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffAccountLinked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DaogouFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DaogouCentreQuery, DaogouCentreQueryVariables>;
export const DaogouLinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DaogouLinked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccountLinked"}}]}}]} as unknown as DocumentNode<DaogouLinkedQuery, DaogouLinkedQueryVariables>;
export const DaogouLinkCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DaogouLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"qrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<DaogouLinkCodeMutation, DaogouLinkCodeMutationVariables>;
export const JoinDaogouDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinDaogou"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"becomePromoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DaogouFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DaogouFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<JoinDaogouMutation, JoinDaogouMutationVariables>;
export const HqSaveCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSaveCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HqSaveCategoryMutation, HqSaveCategoryMutationVariables>;
export const HqDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOrders"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOrders"}},{"kind":"Field","name":{"kind":"Name","value":"pickupGmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupsSettled"}},{"kind":"Field","name":{"kind":"Name","value":"pickupsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToReady"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeShareFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ordersByHour"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"revenueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}}]}}]} as unknown as DocumentNode<HqDashboardQuery, HqDashboardQueryVariables>;
export const HqRefreshDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqRefreshDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}}]}}]}}]} as unknown as DocumentNode<HqRefreshDashboardMutation, HqRefreshDashboardMutationVariables>;
export const HqFlashSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqFlashSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flashSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HqFlashSessionsQuery, HqFlashSessionsQueryVariables>;
export const HqFlashSkusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqFlashSkus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HqFlashSkusQuery, HqFlashSkusQueryVariables>;
export const HqCreateFlashSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreateFlashSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlashSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlashSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HqCreateFlashSessionMutation, HqCreateFlashSessionMutationVariables>;
export const HqStopFlashSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqStopFlashSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopFlashSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<HqStopFlashSessionMutation, HqStopFlashSessionMutationVariables>;
export const HqGroupBuyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqGroupBuyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}},{"kind":"Field","name":{"kind":"Name","value":"formMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"groupsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"groupsFormed"}},{"kind":"Field","name":{"kind":"Name","value":"groupsFailed"}}]}}]}}]} as unknown as DocumentNode<HqGroupBuyOffersQuery, HqGroupBuyOffersQueryVariables>;
export const HqCreateGroupBuyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreateGroupBuyOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupBuyOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupBuyOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HqCreateGroupBuyOfferMutation, HqCreateGroupBuyOfferMutationVariables>;
export const HqUpdateGroupBuyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqUpdateGroupBuyOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupBuyOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroupBuyOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqUpdateGroupBuyOfferMutation, HqUpdateGroupBuyOfferMutationVariables>;
export const HqStopGroupBuyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqStopGroupBuyOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopGroupBuyOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<HqStopGroupBuyOfferMutation, HqStopGroupBuyOfferMutationVariables>;
export const HqMemberLevelsFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMemberLevelsFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<HqMemberLevelsFullQuery, HqMemberLevelsFullQueryVariables>;
export const HqSetMemberLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetMemberLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevelInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"levels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<HqSetMemberLevelsMutation, HqSetMemberLevelsMutationVariables>;
export const HqMemberLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMemberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}}]}}]}}]} as unknown as DocumentNode<HqMemberLevelsQuery, HqMemberLevelsQueryVariables>;
export const HqMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"levelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopperId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeStoreName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HqMembersQuery, HqMembersQueryVariables>;
export const HqMemberTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMemberTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]} as unknown as DocumentNode<HqMemberTimelineQuery, HqMemberTimelineQueryVariables>;
export const HqMemberPaidMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMemberPaidMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPaidMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableFen"}}]}}]}}]} as unknown as DocumentNode<HqMemberPaidMembershipQuery, HqMemberPaidMembershipQueryVariables>;
export const HqRefundMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqRefundMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRefunded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqRefundMembershipMutation, HqRefundMembershipMutationVariables>;
export const HqMembershipPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMembershipPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<HqMembershipPlansQuery, HqMembershipPlansQueryVariables>;
export const HqSaveMembershipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSaveMembershipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<HqSaveMembershipPlanMutation, HqSaveMembershipPlanMutationVariables>;
export const HqProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"200"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HqProductQuery, HqProductQueryVariables>;
export const HqSkusAtStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSkusAtStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"onShelfAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"priceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HqSkusAtStoreQuery, HqSkusAtStoreQueryVariables>;
export const HqSaveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSaveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecMatrixError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"200"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HqSaveProductMutation, HqSaveProductMutationVariables>;
export const HqSetProductPicturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetProductPictures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pictureIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProductPictures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pictureIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pictureIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"200"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HqSetProductPicturesMutation, HqSetProductPicturesMutationVariables>;
export const HqSchedulePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSchedulePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkuPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSkuPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HqSchedulePriceMutation, HqSchedulePriceMutationVariables>;
export const HqSetListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"stores"}}]}}]}}]}}]} as unknown as DocumentNode<HqSetListingMutation, HqSetListingMutationVariables>;
export const HqPriceGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPriceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<HqPriceGroupsQuery, HqPriceGroupsQueryVariables>;
export const HqProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HqProductsQuery, HqProductsQueryVariables>;
export const HqRedemptionCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqRedemptionCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemptionCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqRedemptionCodesQuery, HqRedemptionCodesQueryVariables>;
export const HqGenerateCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqGenerateCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRedemptionCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqGenerateCodesMutation, HqGenerateCodesMutationVariables>;
export const HqSegmentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSegmentChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}}]}}]}}]} as unknown as DocumentNode<HqSegmentChoicesQuery, HqSegmentChoicesQueryVariables>;
export const HqSegmentSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSegmentSize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponSegmentSize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}]}]}}]} as unknown as DocumentNode<HqSegmentSizeQuery, HqSegmentSizeQueryVariables>;
export const HqIssueBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqIssueBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCouponBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqIssueBatchMutation, HqIssueBatchMutationVariables>;
export const HqCouponBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqCouponBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeStoreId"}},{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderSince"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAtStoreId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedWithinDays"}}]}}]}}]}}]} as unknown as DocumentNode<HqCouponBatchesQuery, HqCouponBatchesQueryVariables>;
export const HqStoreGroupChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqStoreGroupChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<HqStoreGroupChoicesQuery, HqStoreGroupChoicesQueryVariables>;
export const HqPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqPromotionQuery, HqPromotionQueryVariables>;
export const HqCreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqCreatePromotionMutation, HqCreatePromotionMutationVariables>;
export const HqSavePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSavePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqSavePromotionMutation, HqSavePromotionMutationVariables>;
export const HqLaunchPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqLaunchPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqLaunchPromotionMutation, HqLaunchPromotionMutationVariables>;
export const HqStopPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqStopPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqStopPromotionMutation, HqStopPromotionMutationVariables>;
export const HqPromotionSimulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotionSimulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionSimulation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"checkouts"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedCheckouts"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}},{"kind":"Field","name":{"kind":"Name","value":"byStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqPromotionSimulationQuery, HqPromotionSimulationQueryVariables>;
export const HqPromotionLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotionLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeftFen"}},{"kind":"Field","name":{"kind":"Name","value":"usesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqPromotionLiveQuery, HqPromotionLiveQueryVariables>;
export const HqSkuSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSkuSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HqSkuSearchQuery, HqSkuSearchQueryVariables>;
export const HqPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqPromotionFields"}},{"kind":"Field","name":{"kind":"Name","value":"usedCoupons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"stacksWith"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"giftMinPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqPromotionsQuery, HqPromotionsQueryVariables>;
export const HqReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralBindDays"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"REQUESTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"payingWithdrawals"},"name":{"kind":"Name","value":"commissionWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"PAYING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqWithdrawalOutcome"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failedWithdrawals"},"name":{"kind":"Name","value":"commissionWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"FAILED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"notSeen"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqWithdrawalOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"promoterId"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"keptNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"commissionFen"}},{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqWithdrawalOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HqReferralQuery, HqReferralQueryVariables>;
export const HqSetCommissionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetCommissionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommissionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HqSetCommissionRuleMutation, HqSetCommissionRuleMutationVariables>;
export const HqSetReferralBindDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetReferralBindDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferralBindDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<HqSetReferralBindDaysMutation, HqSetReferralBindDaysMutationVariables>;
export const HqApproveWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqApproveWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqApproveWithdrawalMutation, HqApproveWithdrawalMutationVariables>;
export const HqRejectWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqRejectWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqRejectWithdrawalMutation, HqRejectWithdrawalMutationVariables>;
export const HqMarkWithdrawalFailureSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqMarkWithdrawalFailureSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markWithdrawalFailureSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqMarkWithdrawalFailureSeenMutation, HqMarkWithdrawalFailureSeenMutationVariables>;
export const HqSetPromoterStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetPromoterState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPromoterState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<HqSetPromoterStateMutation, HqSetPromoterStateMutationVariables>;
export const HqRuleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<HqRuleSetsQuery, HqRuleSetsQueryVariables>;
export const HqCreateRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreateRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}}]}}]}}]}}]} as unknown as DocumentNode<HqCreateRuleSetMutation, HqCreateRuleSetMutationVariables>;
export const HqUpdateRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqUpdateRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}}]}}]}}]}}]} as unknown as DocumentNode<HqUpdateRuleSetMutation, HqUpdateRuleSetMutationVariables>;
export const HqPublishRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqPublishRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}}]}}]}}]}}]} as unknown as DocumentNode<HqPublishRuleSetMutation, HqPublishRuleSetMutationVariables>;
export const HqPreviewRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPreviewRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}}]}}]}}]}}]} as unknown as DocumentNode<HqPreviewRuleSetQuery, HqPreviewRuleSetQueryVariables>;
export const HqSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqPromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storePromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]}}]}}]} as unknown as DocumentNode<HqSettlementQuery, HqSettlementQueryVariables>;
export const HqProfitSharingIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqProfitSharingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profitSharingIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<HqProfitSharingIssuesQuery, HqProfitSharingIssuesQueryVariables>;
export const HqRetryProfitSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqRetryProfitSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryProfitSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<HqRetryProfitSharingMutation, HqRetryProfitSharingMutationVariables>;
export const HqPickupAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPickupAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<HqPickupAuditQuery, HqPickupAuditQueryVariables>;
export const HqStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqStaffQuery, HqStaffQueryVariables>;
export const HqStoreCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqStoreCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupLockouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<HqStoreCounterQuery, HqStoreCounterQueryVariables>;
export const HqCreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqCreateStaffMutation, HqCreateStaffMutationVariables>;
export const HqDisableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqDisableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqDisableStaffMutation, HqDisableStaffMutationVariables>;
export const HqEnableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqEnableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqEnableStaffMutation, HqEnableStaffMutationVariables>;
export const HqResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqResetStaffPasswordMutation, HqResetStaffPasswordMutationVariables>;
export const HqResetStaffPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqResetStaffPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqResetStaffPinMutation, HqResetStaffPinMutationVariables>;
export const HqEnrollDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqEnrollDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqEnrollDeviceMutation, HqEnrollDeviceMutationVariables>;
export const HqRevokeDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqRevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HqRevokeDeviceMutation, HqRevokeDeviceMutationVariables>;
export const HqUnlockPickupLockoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqUnlockPickupLockout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockPickupLockout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}]}}]} as unknown as DocumentNode<HqUnlockPickupLockoutMutation, HqUnlockPickupLockoutMutationVariables>;
export const HqSetStaffDiscountGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSetStaffDiscountGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDiscountGrantInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffDiscountGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqStaffFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]} as unknown as DocumentNode<HqSetStaffDiscountGrantMutation, HqSetStaffDiscountGrantMutationVariables>;
export const HqMapStoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqMapStores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqMapStoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqMapStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<HqMapStoresQuery, HqMapStoresQueryVariables>;
export const HqCreateStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreateStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqMapStoreFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidZoneError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqMapStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<HqCreateStoreMutation, HqCreateStoreMutationVariables>;
export const HqSaveZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSaveZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqMapStoreFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidZoneError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqMapStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<HqSaveZoneMutation, HqSaveZoneMutationVariables>;
export const HqSampleSkuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSampleSku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HqSampleSkuQuery, HqSampleSkuQueryVariables>;
export const HqRouteCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqRouteCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCartInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pickup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"delivery"},"name":{"kind":"Name","value":"routeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRouteResult"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pickup"},"name":{"kind":"Name","value":"routeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pickup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqRouteResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqRouteResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RouteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<HqRouteCheckQuery, HqRouteCheckQueryVariables>;
export const HqUpdateStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqUpdateStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HqMapStoreFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HqMapStoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<HqUpdateStoreMutation, HqUpdateStoreMutationVariables>;
export const HqImportNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqImportNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featureCollection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStoreNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"featureCollection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featureCollection"}}},{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkImported"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkImportRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"featureErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HqImportNetworkMutation, HqImportNetworkMutationVariables>;
export const HqStoreGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqStoreGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<HqStoreGroupsQuery, HqStoreGroupsQueryVariables>;
export const HqSaveStoreGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqSaveStoreGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveStoreGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<HqSaveStoreGroupMutation, HqSaveStoreGroupMutationVariables>;
export const HqImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HqImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeNetworkImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<HqImportProgressSubscription, HqImportProgressSubscriptionVariables>;
export const LoginStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<LoginStaffMutation, LoginStaffMutationVariables>;
export const BindMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindShopperToStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"newlyBound"}},{"kind":"Field","name":{"kind":"Name","value":"boundAt"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BindMemberMutation, BindMemberMutationVariables>;
export const PrintOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"tenderedFen"}},{"kind":"Field","name":{"kind":"Name","value":"changeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}}]}}]} as unknown as DocumentNode<PrintOrderQuery, PrintOrderQueryVariables>;
export const StoreAfterSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreAfterSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeAfterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueAfterSale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueAfterSale"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}}]} as unknown as DocumentNode<StoreAfterSalesQuery, StoreAfterSalesQueryVariables>;
export const ApproveAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecideResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveAfterSaleMutation, ApproveAfterSaleMutationVariables>;
export const DeclineAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecideResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclineAfterSaleMutation, DeclineAfterSaleMutationVariables>;
export const StoreQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PAID"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"READY_FOR_PICKUP"},{"kind":"EnumValue","value":"DISPATCHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}}]}}]} as unknown as DocumentNode<StoreQueueQuery, StoreQueueQueryVariables>;
export const QueueAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreStepEvent"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueStepResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueStepResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<QueueAdvanceMutation, QueueAdvanceMutationVariables>;
export const QueueRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueStepResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueStepResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<QueueRejectMutation, QueueRejectMutationVariables>;
export const RefundFindSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefundFindSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSaleByReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clerkDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromFen"}},{"kind":"Field","name":{"kind":"Name","value":"toFen"}}]}}]}}]}}]} as unknown as DocumentNode<RefundFindSaleQuery, RefundFindSaleQueryVariables>;
export const RefundCounterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCounterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterRefundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterRefundDone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"handBackFen"}},{"kind":"Field","name":{"kind":"Name","value":"restocked"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundCounterSaleMutation, RefundCounterSaleMutationVariables>;
export const SaleSkuByBarcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaleSkuByBarcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuByBarcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"barcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SaleSkuByBarcodeQuery, SaleSkuByBarcodeQueryVariables>;
export const SaleScanMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaleScanMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanCounterMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberToken"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaleScanMemberMutation, SaleScanMemberMutationVariables>;
export const SaleQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaleQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"savingFen"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClerkDiscountRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaleQuoteQuery, SaleQuoteQueryVariables>;
export const SaleSellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaleSell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSaleDone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"tenderedFen"}},{"kind":"Field","name":{"kind":"Name","value":"changeFen"}},{"kind":"Field","name":{"kind":"Name","value":"memberPoints"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashShortError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClerkDiscountRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaleSellMutation, SaleSellMutationVariables>;
export const SaleDiscountGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaleDiscountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]}}]} as unknown as DocumentNode<SaleDiscountGrantQuery, SaleDiscountGrantQueryVariables>;
export const StoreStockPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreStockPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StoreStockPageQuery, StoreStockPageQueryVariables>;
export const StockJournalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockJournal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skuId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"skuId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skuId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deltaOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"deltaReserved"}},{"kind":"Field","name":{"kind":"Name","value":"onHandAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reservedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"orderRef"}}]}}]}}]}}]} as unknown as DocumentNode<StockJournalQuery, StockJournalQueryVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const TodayReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PAID"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"READY_FOR_PICKUP"},{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"DELIVERED"},{"kind":"EnumValue","value":"PICKED_UP"},{"kind":"EnumValue","value":"COMPLETED"},{"kind":"EnumValue","value":"REFUNDED"},{"kind":"EnumValue","value":"CANCELLED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<TodayReportQuery, TodayReportQueryVariables>;
export const LockScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDeviceInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clerks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LockScreenQuery, LockScreenQueryVariables>;
export const UnlockWithPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockWithPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PinUnlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockWithPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidPinError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<UnlockWithPinMutation, UnlockWithPinMutationVariables>;