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

export type AfterSaleRefusal =
  | 'ALREADY_OPEN'
  | 'BAD_LINES'
  | 'NOTHING_LEFT'
  | 'NOT_HANDED_OVER'
  | 'WINDOW_CLOSED';

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

export type ClerkDiscountProblem =
  | 'NO_PERMISSION'
  | 'OVER_CAP';

export type CommissionRuleInput = {
  categoryId?: string | number | null | undefined;
  productId?: string | number | null | undefined;
  rateBp: number;
};

export type ContactInput = {
  name: string;
  /** Mainland mobile (11 digits) or a landline with area code */
  phone: string;
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

/** LOCKED: on an unpaid checkout; back to AVAILABLE if it is not paid */
export type CouponState =
  | 'AVAILABLE'
  | 'LOCKED'
  | 'USED';

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

/** Why a group checkout was refused */
export type GroupBuyProblem =
  | 'ALREADY_IN'
  | 'BAD_CART'
  | 'CHANGED'
  | 'ENDED'
  | 'FULL'
  | 'NOT_AT_STORE'
  | 'NOT_FOUND'
  | 'PICKUP_ONLY';

/** 拼团中 / 拼团成功 / 拼团失败 (refunded) */
export type GroupState =
  | 'FAILED'
  | 'FORMED'
  | 'OPEN';

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

export type PickupSlotProblem =
  | 'FULL'
  | 'NOT_A_SLOT'
  | 'TOO_LATE'
  | 'UNPAID_PLACE_HELD';

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

export type RedemptionProblem =
  | 'NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS'
  | 'USED';

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

export type RefundOrderInput = {
  /** Omit to refund everything left, delivery fee included */
  lines?: Array<RefundLineInput> | null | undefined;
  orderId: string | number;
  reason: string;
};

export type RefundStatus =
  | 'FAILED'
  | 'PROCESSING'
  | 'SUCCEEDED';

export type RequestAfterSaleInput = {
  /** Omit for everything not yet refunded */
  lines?: Array<RefundLineInput> | null | undefined;
  note?: string | null | undefined;
  orderId: string | number;
  reason: AfterSaleReason;
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

export type ShopperOrderEventKind =
  | 'AFTER_SALE_APPROVED'
  | 'AFTER_SALE_DECLINED'
  | 'AFTER_SALE_REQUESTED'
  | 'PARTLY_REFUNDED'
  | 'UPDATED';

/** Whose failures caused a sign-in lockout: USERNAME or SOURCE (address) for passwords, STAFF or DEVICE for PINs */
export type SignInLockScope =
  | 'DEVICE'
  | 'SOURCE'
  | 'STAFF'
  | 'USERNAME';

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

/** Stock of a SKU (or the best of a product) at one store */
export type StockAvailability =
  | 'IN_STOCK'
  | 'LOW'
  | 'SOLD_OUT';

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

/** Messages a shopper can subscribe to: 取货提醒, 配送提醒, 退款通知, 优惠券到期提醒 (asked for when claiming a coupon) */
export type SubscribeTemplate =
  | 'COUPON_EXPIRING'
  | 'ORDER_READY'
  | 'ORDER_REFUNDED'
  | 'OUT_FOR_DELIVERY';

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

export type LoginShopperMutationVariables = Exact<{
  code: string;
}>;


export type LoginShopperMutation = { loginShopper:
    | { __typename: 'AuthPayload', token: string, me: { id: string, role: Role } }
    | { __typename: 'WechatLoginError', errorCode: ErrorCode, wechatErrcode: number }
   };

export type LoginStaffMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginStaffMutation = { loginStaff:
    | { __typename: 'AuthPayload', token: string, me: { id: string, role: Role, storeId: string | null } }
    | { __typename: 'InvalidCredentialsError', errorCode: ErrorCode, message: string }
    | { __typename: 'SignInLockedError', scope: SignInLockScope, retryAfterSeconds: number }
   };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff:
    | { __typename: 'StaffMember', id: string, username: string, role: Role, storeId: string | null }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UsernameTakenError', errorCode: ErrorCode, message: string }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, storeId: string | null } | null };

export type AdminProductFragment = { id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string, code: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> };

export type SaveProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type SaveProductMutation = { saveProduct:
    | { __typename: 'DuplicateBarcodeError', errorCode: ErrorCode, message: string, barcode: string, skuCode: string }
    | { __typename: 'DuplicateCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidBarcodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidPriceError', errorCode: ErrorCode, message: string }
    | { __typename: 'Product', id: string, code: string, name: string, subtitle: string, description: string, unit: string, status: ProductStatus, specs: Array<{ name: string, values: Array<string> }>, categories: Array<{ id: string, code: string }>, skus: Array<{ id: string, code: string, barcode: string | null, priceFen: number, compareAtFen: number | null, active: boolean, attributes: Array<{ name: string, value: string }> }> }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SpecMatrixError', errorCode: ErrorCode, message: string, missing: Array<string> }
   };

export type SaveCategoryMutationVariables = Exact<{
  input: CategoryInput;
}>;


export type SaveCategoryMutation = { saveCategory:
    | { __typename: 'Category', id: string, code: string, name: string, parentId: string | null, position: number, icon: string }
    | { __typename: 'DuplicateCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
   };

export type ScheduleSkuPriceMutationVariables = Exact<{
  input: SkuPriceInput;
}>;


export type ScheduleSkuPriceMutation = { scheduleSkuPrice:
    | { __typename: 'InvalidPriceError', errorCode: ErrorCode, message: string }
    | { __typename: 'OverlappingPriceScheduleError', errorCode: ErrorCode, message: string }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SkuPriceChange', id: string, priceFen: number, storeId: string | null, storeGroupId: string | null, startsAt: string, endsAt: string | null, createdBy: string }
    | { __typename: 'StoreGroupNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type SetListingMutationVariables = Exact<{
  input: ListingInput;
}>;


export type SetListingMutation = { setListing:
    | { __typename: 'InvalidCategoryError', errorCode: ErrorCode, message: string }
    | { __typename: 'ListingChange', changed: number, onShelf: boolean, stores: number }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreGroupNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type CategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoryTreeQuery = { categoryTree: Array<{ id: string, code: string, name: string, position: number, icon: string, children: Array<{ id: string, code: string, name: string, position: number }> }> };

export type AdminProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  storeId?: string | number | null | undefined;
  status?: ProductStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminProductsQuery = { products: { nodes: Array<{ id: string, code: string, status: ProductStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SkuAtStoreQueryVariables = Exact<{
  id: string | number;
  storeId: string | number;
}>;


export type SkuAtStoreQuery = { sku: { id: string, priceFen: number, priceAt: number, compareAtFenAt: number | null, onShelfAt: boolean, stockAt: { available: number } } | null };

export type SkuPriceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type SkuPriceHistoryQuery = { sku: { id: string, priceHistory: Array<{ priceFen: number, storeId: string | null, startsAt: string, endsAt: string | null, createdBy: string }> } | null };

export type SkuByBarcodeQueryVariables = Exact<{
  barcode: string;
}>;


export type SkuByBarcodeQuery = { skuByBarcode: { id: string, code: string, barcode: string | null } | null };

export type CatalogAuditQueryVariables = Exact<{
  subjectId?: string | number | null | undefined;
}>;


export type CatalogAuditQuery = { catalogAudit: Array<{ actor: string, at: string, action: string, subjectId: string | null, detail: string }> };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nodes: Array<{ code: string, name: string, category: { code: string, name: string }, skus: Array<{ id: string, code: string, priceFen: number, attributes: Array<{ name: string, value: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CheckoutQuoteQueryVariables = Exact<{
  input: CheckoutQuoteInput;
}>;


export type CheckoutQuoteQuery = { checkoutQuote:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutQuote', goodsFen: number, deliveryFeeFen: number, discountFen: number, pointsUsed: number, pointsFen: number, totalFen: number, bestCouponId: string | null, orders: Array<{ storeId: string, goodsFen: number, deliveryFeeFen: number, discountFen: number, pointsFen: number, totalFen: number, lines: Array<{ skuId: string, quantity: number, unitPriceFen: number, discountFen: number, pointsFen: number, netFen: number, adjustments: Array<{ kind: string, promotionId: string | null, promotionName: string | null, amountFen: number, funder: { kind: string, storeBp: number | null } }> }>, deliveryAdjustments: Array<{ kind: string, promotionId: string | null, amountFen: number }> }>, applied: Array<{ kind: string, promotionId: string | null, name: string | null, amountFen: number }>, notApplied: Array<{ kind: string, promotionId: string, name: string | null, code: CouponProblem, message: string, shortFen: number | null, offFen: number | null }>, coupons: Array<{ couponId: string, name: string, usable: boolean, best: boolean, savingFen: number, problem: CouponProblem | null, message: string | null, shortFen: number | null }> }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string, couponId: string, problem: CouponProblem }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type ScanCounterMemberMutationVariables = Exact<{
  memberCode: string;
}>;


export type ScanCounterMemberMutation = { scanCounterMember:
    | { __typename: 'CounterMember', memberToken: string, points: number }
    | { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode, message: string }
   };

export type CounterQuoteQueryVariables = Exact<{
  input: CounterCartInput;
}>;


export type CounterQuoteQuery = { counterQuote:
    | { __typename: 'CheckoutQuote', goodsFen: number, discountFen: number, pointsUsed: number, pointsFen: number, totalFen: number, coupons: Array<{ couponId: string, usable: boolean, savingFen: number }>, orders: Array<{ lines: Array<{ skuId: string, quantity: number, netFen: number }> }> }
    | { __typename: 'ClerkDiscountRefusedError', problem: ClerkDiscountProblem, capFen: number | null, askedFen: number | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberSessionExpiredError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type CounterSaleMutationVariables = Exact<{
  input: CounterSaleInput;
}>;


export type CounterSaleMutation = { counterSale:
    | { __typename: 'CashShortError', shortFen: number, errorCode: ErrorCode, message: string }
    | { __typename: 'ClerkDiscountRefusedError', problem: ClerkDiscountProblem, capFen: number | null, askedFen: number | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CounterSaleDone', tender: string, tenderedFen: number | null, changeFen: number, memberPoints: number | null, replayed: boolean, order: { id: string, state: OrderState, goodsFen: number, discountFen: number, pointsFen: number, totalFen: number } }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberSessionExpiredError', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string, lines: Array<{ skuId: string, available: number }> }
    | { __typename: 'PaymentCodeInvalidError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentDeclinedError', reason: string, errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentUncertainError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', totalFen: number, errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type CounterSaleByReceiptQueryVariables = Exact<{
  ref: string;
}>;


export type CounterSaleByReceiptQuery = { counterSaleByReceipt: { id: string, state: OrderState, totalFen: number, refundedFen: number, clerkDiscounts: Array<{ kind: string, clerkName: string | null, amountFen: number, skuId: string | null, name: string | null, quantity: number | null, fromFen: number, toFen: number }> } | null };

export type CounterRefundMutationVariables = Exact<{
  input: CounterRefundInput;
}>;


export type CounterRefundMutation = { counterRefund:
    | { __typename: 'CounterRefundDone', refundId: string, amountFen: number, pointsReturned: number, tender: string, handBackFen: number, restocked: boolean, order: { id: string, state: OrderState, refundedFen: number } }
    | { __typename: 'CounterRefundRefusedError', errorCode: ErrorCode, message: string }
   };

export type SetStaffDiscountGrantMutationVariables = Exact<{
  staffId: string | number;
  grant?: StaffDiscountGrantInput | null | undefined;
}>;


export type SetStaffDiscountGrantMutation = { setStaffDiscountGrant:
    | { __typename: 'StaffMember', id: string, discountGrant: { maxBp: number | null, maxFen: number | null } | null }
    | { __typename: 'StaffNotFoundError' }
   };

export type GenerateRedemptionCodesMutationVariables = Exact<{
  promotionId: string | number;
  count: number;
}>;


export type GenerateRedemptionCodesMutation = { generateRedemptionCodes:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RedemptionCodePage', made: number, next: string | null, csv: string, codes: Array<{ code: string, redeemedAt: string | null }> }
   };

export type RedemptionCodesQueryVariables = Exact<{
  promotionId: string | number;
  after?: string | null | undefined;
}>;


export type RedemptionCodesQuery = { redemptionCodes:
    | { __typename: 'PromotionNotFoundError' }
    | { __typename: 'RedemptionCodePage', next: string | null, csv: string, codes: Array<{ code: string, redeemedAt: string | null }> }
   };

export type RedeemCodeMutationVariables = Exact<{
  code: string;
}>;


export type RedeemCodeMutation = { redeemCode:
    | { __typename: 'Coupon', id: string, state: CouponState, template: { id: string } }
    | { __typename: 'CouponNotClaimableError', errorCode: ErrorCode, message: string, problem: ClaimProblem }
    | { __typename: 'RedemptionCodeRefusedError', errorCode: ErrorCode, message: string, retryAt: string | null, refused: RedemptionProblem }
   };

export type IssueCouponBatchMutationVariables = Exact<{
  promotionId: string | number;
  segment: SegmentInput;
}>;


export type IssueCouponBatchMutation = { issueCouponBatch:
    | { __typename: 'CouponBatch', id: string, state: string, targeted: number, issued: number }
    | { __typename: 'PromotionNotFoundError' }
   };

export type CouponBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type CouponBatchQuery = { couponBatch: { id: string, state: string, targeted: number, issued: number } | null };

export type CouponSegmentSizeQueryVariables = Exact<{
  segment: SegmentInput;
}>;


export type CouponSegmentSizeQuery = { couponSegmentSize: number };

export type CouponBatchesQueryVariables = Exact<{
  promotionId: string | number;
}>;


export type CouponBatchesQuery = { couponBatches: Array<{ id: string, state: string, targeted: number, issued: number, createdBy: string, segment: { levelId: string | null, noOrderSince: string | null } }> };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { from: string, to: string, storeId: string | null, timeZone: string, refreshedAt: string, ordersByHour: Array<number>, totals: { orders: number, gmvFen: number, averageOrderFen: number | null, deliveryOrders: number, deliveryGmvFen: number, pickupOrders: number, pickupGmvFen: number, pickupsSettled: number, pickupsOnTime: number, pickupOnTimeRate: number | null, medianMinutesToAccept: number | null, medianMinutesToReady: number | null, reroutedOrders: number, reroutedRate: number | null, refundedOrders: number, refundedFen: number, feeFen: number, hqShareFen: number, storeShareFen: number, hqPromotionCostFen: number, storePromotionCostFen: number }, days: Array<{ day: string, orders: number, gmvFen: number }>, topProducts: Array<{ skuId: string, skuCode: string, name: string, quantity: number, revenueFen: number }>, stores: Array<{ rank: number, storeId: string, storeCode: string, storeName: string, city: string, orders: number, gmvFen: number, averageOrderFen: number | null, pickupOnTimeRate: number | null, reroutedRate: number | null, refundedFen: number }> } };

export type RefreshDashboardMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshDashboardMutation = { refreshDashboard: { refreshedAt: string, days: Array<string> } };

export type FlashSessionFieldsFragment = { id: string, name: string, startsAt: string, endsAt: string, state: string, items: Array<{ id: string, skuId: string, storeId: string | null, name: string, priceFen: number, originalPriceFen: number | null, quota: number, sold: number, perUserLimit: number, perOrderLimit: number, status: FlashItemStatus }> };

export type CreateFlashSessionMutationVariables = Exact<{
  input: CreateFlashSessionInput;
}>;


export type CreateFlashSessionMutation = { createFlashSession: { id: string, name: string, startsAt: string, endsAt: string, state: string, items: Array<{ id: string, skuId: string, storeId: string | null, name: string, priceFen: number, originalPriceFen: number | null, quota: number, sold: number, perUserLimit: number, perOrderLimit: number, status: FlashItemStatus }> } };

export type StopFlashSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type StopFlashSessionMutation = { stopFlashSession: { id: string, state: string } };

export type FlashSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlashSessionsQuery = { flashSessions: Array<{ id: string, name: string, startsAt: string, endsAt: string, state: string, items: Array<{ id: string, skuId: string, storeId: string | null, name: string, priceFen: number, originalPriceFen: number | null, quota: number, sold: number, perUserLimit: number, perOrderLimit: number, status: FlashItemStatus }> }> };

export type FlashBoardQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
}>;


export type FlashBoardQuery = { flashBoard: { serverNow: string, sessions: Array<{ id: string, name: string, startsAt: string, endsAt: string, state: string, items: Array<{ id: string, skuId: string, storeId: string | null, name: string, priceFen: number, originalPriceFen: number | null, quota: number, sold: number, perUserLimit: number, perOrderLimit: number, status: FlashItemStatus }> }> } };

export type FlashCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type FlashCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', replayed: boolean, checkout: { id: string, totalFen: number, discountFen: number, paymentExpiresAt: string }, orders: Array<{ id: string, lines: Array<{ skuId: string, unitPriceFen: number, quantity: number, discountFen: number, adjustments: Array<{ kind: string, promotionId: string | null, amountFen: number }> }> }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', problem: FlashProblem, flashItemId: string, errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type GroupBuyGroupFieldsFragment = { id: string, offerId: string, storeId: string, size: number, joined: number, paid: number, state: GroupState, autoForm: boolean, deadline: string, serverNow: string, myOrderId: string | null };

export type CreateGroupBuyOfferMutationVariables = Exact<{
  input: CreateGroupBuyOfferInput;
}>;


export type CreateGroupBuyOfferMutation = { createGroupBuyOffer: { id: string, name: string, groupPriceFen: number, groupSize: number, autoForm: boolean, state: string } };

export type UpdateGroupBuyOfferMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupBuyOfferInput;
}>;


export type UpdateGroupBuyOfferMutation = { updateGroupBuyOffer:
    | { __typename: 'GroupBuyOffer', id: string, name: string, groupPriceFen: number, storeIds: Array<string> | null, endsAt: string }
    | { __typename: 'GroupBuyOfferLockedError', offerId: string, groupsStarted: number, errorCode: ErrorCode, message: string }
   };

export type GroupBuyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupBuyOffersQuery = { groupBuyOffers: Array<{ id: string, name: string, groupPriceFen: number, groupsOpen: number, groupsFormed: number, groupsFailed: number }> };

export type GroupBuyBoardQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
}>;


export type GroupBuyBoardQuery = { groupBuyBoard: { serverNow: string, offers: Array<{ id: string, name: string, listPriceFen: number, groupPriceFen: number, groupSize: number, autoForm: boolean, openGroups: Array<{ id: string, offerId: string, storeId: string, size: number, joined: number, paid: number, state: GroupState, autoForm: boolean, deadline: string, serverNow: string, myOrderId: string | null }> }> } };

export type GroupBuyGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupBuyGroupQuery = { groupBuyGroup: { id: string, offerId: string, storeId: string, size: number, joined: number, paid: number, state: GroupState, autoForm: boolean, deadline: string, serverNow: string, myOrderId: string | null } | null };

export type GroupCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type GroupCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', checkout: { id: string, totalFen: number }, orders: Array<{ id: string, state: OrderState, lines: Array<{ unitPriceFen: number, adjustments: Array<{ kind: string, promotionId: string | null, amountFen: number }> }>, groupBuy: { id: string, offerId: string, storeId: string, size: number, joined: number, paid: number, state: GroupState, autoForm: boolean, deadline: string, serverNow: string, myOrderId: string | null } | null }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', problem: GroupBuyProblem, offerId: string, errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type GroupOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupOrderQuery = { order: { id: string, state: OrderState, refundedFen: number, totalFen: number, pickupCode: { code: string } | null, groupBuy: { id: string, offerId: string, storeId: string, size: number, joined: number, paid: number, state: GroupState, autoForm: boolean, deadline: string, serverNow: string, myOrderId: string | null } | null } | null };

export type HqPromotionListQueryVariables = Exact<{
  status?: PromotionStatus | null | undefined;
  kind?: PromotionKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HqPromotionListQuery = { promotions: { nodes: Array<{ id: string, name: string, kind: PromotionKind, state: PromotionState, status: PromotionStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HqCreatePromotionDraftMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type HqCreatePromotionDraftMutation = { createPromotion: { id: string, status: PromotionStatus, categoryIds: Array<string>, skuIds: Array<string>, storeIds: Array<string> } };

export type HqUpdatePromotionMutationVariables = Exact<{
  id: string | number;
  input: CreatePromotionInput;
}>;


export type HqUpdatePromotionMutation = { updatePromotion:
    | { __typename: 'Promotion', id: string, name: string, funder: string, funderStoreBp: number, tiers: Array<{ thresholdFen: number, offFen: number }> }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode }
   };

export type HqSimulatePromotionQueryVariables = Exact<{
  id: string | number;
}>;


export type HqSimulatePromotionQuery = { simulatePromotion:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode }
    | { __typename: 'PromotionSimulation', from: string, to: string, checkouts: number, qualifiedCheckouts: number, qualifiedOrders: number, discountFen: number, hqFen: number, storeFen: number, byStore: Array<{ storeId: string, orders: number, discountFen: number, hqFen: number, storeFen: number }> }
   };

export type HqPromotionStatsQueryVariables = Exact<{
  id: string | number;
}>;


export type HqPromotionStatsQuery = { promotionStats:
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode }
    | { __typename: 'PromotionStats', claimed: number, used: number, locked: number, orders: number, discountFen: number, hqFen: number, storeFen: number, budgetLeftFen: number | null, usesLeft: number | null, byStore: Array<{ storeId: string, storeCode: string, orders: number, discountFen: number, hqFen: number, storeFen: number }>, promotion: { status: PromotionStatus } }
   };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock:
    | { __typename: 'InsufficientStockError', errorCode: ErrorCode, message: string, available: number }
    | { __typename: 'StockLevel', onHand: number, reserved: number, available: number }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type StoreStockQueryVariables = Exact<{
  storeId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoreStockQuery = { storeStock: { nodes: Array<{ onHand: number, reserved: number, available: number, sku: { id: string, code: string, product: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StockMovementsQueryVariables = Exact<{
  storeId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StockMovementsQuery = { stockMovements: { nodes: Array<{ deltaOnHand: number, onHandAfter: number, reason: StockMovementReason, note: string | null, actor: string, sku: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberLevelFieldsFragment = { id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> };

export type SetMemberLevelsMutationVariables = Exact<{
  levels: Array<MemberLevelInput> | MemberLevelInput;
}>;


export type SetMemberLevelsMutation = { setMemberLevels: Array<{ id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type MemberLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberLevelsQuery = { memberLevels: Array<{ id: string, name: string, growthThreshold: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, monthlyCouponId: string | null, birthdayCouponId: string | null, funder: string, funderStoreBp: number, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type MyMembershipQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipQuery = { myMembership: { growth: number, growthToNext: number | null, points: number, birthday: string | null, level: { id: string, name: string } | null, nextLevel: { id: string, name: string, growthThreshold: number } | null, levels: Array<{ id: string, name: string }> } };

export type SetMyBirthdayMutationVariables = Exact<{
  birthday: string;
}>;


export type SetMyBirthdayMutation = { setMyBirthday: { birthday: string | null } };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
  levelId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersQuery = { members: { nodes: Array<{ shopperId: string, reference: string | null, phone: string | null, levelName: string | null, growth: number, points: number, orders: number, lastOrderAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberTimelineQueryVariables = Exact<{
  shopperId: string | number;
}>;


export type MemberTimelineQuery = { memberTimeline: Array<{ at: string, kind: string, title: string, amountFen: number | null, points: number | null, orderId: string | null }> };

export type OrderFieldsFragment = { id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> };

type StepResultFields_CustomerOrder_Fragment = { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> };

type StepResultFields_InvalidTransitionError_Fragment = { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState };

type StepResultFields_OrderNotFoundError_Fragment = { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string };

type StepResultFields_RefundNotAllowedError_Fragment = { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string };

export type StepResultFieldsFragment =
  | StepResultFields_CustomerOrder_Fragment
  | StepResultFields_InvalidTransitionError_Fragment
  | StepResultFields_OrderNotFoundError_Fragment
  | StepResultFields_RefundNotAllowedError_Fragment
;

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string, storeId: string, minimumFen: number, goodsFen: number }
    | { __typename: 'CheckoutPlaced', replayed: boolean, checkout: { id: string, state: CheckoutState, goodsFen: number, deliveryFeeFen: number, totalFen: number, outTradeNo: string, paymentExpiresAt: string }, orders: Array<{ id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string, checkoutId: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ reasons: Array<IneligibilityReason>, store: { id: string } }> }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string, storeId: string, lines: Array<{ skuId: string, requested: number, available: number }> }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string, expectedTotalFen: number, goodsFen: number, deliveryFeeFen: number, totalFen: number }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type PayCheckoutMutationVariables = Exact<{
  checkoutId: string | number;
}>;


export type PayCheckoutMutation = { payCheckout:
    | { __typename: 'CheckoutNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutNotPayableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentParams', checkoutId: string, totalFen: number, appId: string, timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string }
    | { __typename: 'PaymentUnavailableError', errorCode: ErrorCode, message: string }
   };

export type AdvanceOrderMutationVariables = Exact<{
  orderId: string | number;
  event: StoreStepEvent;
}>;


export type AdvanceOrderMutation = { advanceOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type RejectOrderMutationVariables = Exact<{
  orderId: string | number;
  reason: string;
}>;


export type RejectOrderMutation = { rejectOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type CancelOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type CancelOrderMutation = { cancelOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type ConfirmReceiptMutationVariables = Exact<{
  orderId: string | number;
}>;


export type ConfirmReceiptMutation = { confirmReceipt:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type RefundOrderMutationVariables = Exact<{
  input: RefundOrderInput;
}>;


export type RefundOrderMutation = { refundOrder:
    | { __typename: 'CustomerOrder', id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string, state: OrderState }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, state: OrderState, fulfilment: FulfilmentType, goodsFen: number, deliveryFeeFen: number, totalFen: number, refundedFen: number, distanceM: number, acceptBy: string | null, pickupDeadline: string | null, transitions: Array<{ fromState: OrderState | null, toState: OrderState, event: string, actor: string, reason: string | null, storeId: string, at: string }>, refunds: Array<{ amountFen: number, status: RefundStatus, restocked: boolean, reason: string }>, store: { id: string, code: string }, lines: Array<{ id: string, skuId: string, name: string, quantity: number, unitPriceFen: number, refundedQuantity: number }> } | null };

export type StoreOrdersQueryVariables = Exact<{
  storeId: string | number;
  states?: Array<OrderState> | OrderState | null | undefined;
}>;


export type StoreOrdersQuery = { storeOrders: { nodes: Array<{ id: string, state: OrderState }> } };

export type OrderLogQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderLogQuery = { order: { id: string, transitions: Array<{ actor: string }>, refunds: Array<{ actor: string }> } | null };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { nodes: Array<{ id: string, state: OrderState }> } };

export type StoreOrderEventsSubscriptionVariables = Exact<{
  storeId: string | number;
}>;


export type StoreOrderEventsSubscription = { storeOrderEvents: { kind: StoreOrderEventKind, orderId: string, storeId: string, state: OrderState, at: string } };

export type MembershipPlanFieldsFragment = { id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> };

export type SaveMembershipPlanMutationVariables = Exact<{
  input: MembershipPlanInput;
}>;


export type SaveMembershipPlanMutation = { saveMembershipPlan: { id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> } };

export type MembershipPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipPlansQuery = { membershipPlans: Array<{ id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> }> };

export type MyPaidMembershipQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaidMembershipQuery = { myMembership: { plans: Array<{ id: string, name: string, priceFen: number, durationDays: number, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null, onSale: boolean, categoryPrices: Array<{ categoryId: string, offBp: number }> }>, paid: { planName: string, endsAt: string, memberPriceBp: number, pointsMultiplierBp: number, freeDeliveryThresholdFen: number | null } | null } };

export type BuyMembershipPlanMutationVariables = Exact<{
  planId: string | number;
}>;


export type BuyMembershipPlanMutation = { buyMembershipPlan:
    | { __typename: 'MembershipPaymentParams', purchaseId: string, totalFen: number, package: string }
    | { __typename: 'MembershipPlanNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PaymentUnavailableError', errorCode: ErrorCode, message: string }
   };

export type RefundMembershipMutationVariables = Exact<{
  shopperId: string | number;
}>;


export type RefundMembershipMutation = { refundMembership:
    | { __typename: 'MembershipRefunded', refundedFen: number, purchases: Array<{ id: string, state: string, refundedFen: number, endsAt: string | null }> }
    | { __typename: 'NothingToRefundError', errorCode: ErrorCode, message: string }
   };

export type MemberPaidMembershipQueryVariables = Exact<{
  shopperId: string | number;
}>;


export type MemberPaidMembershipQuery = { memberPaidMembership: { refundableFen: number, current: { planName: string, endsAt: string } | null, purchases: Array<{ id: string, planName: string, priceFen: number, state: string, startsAt: string | null, endsAt: string | null, refundedFen: number }> } };

export type PickupCodeFieldsFragment = { code: string, display: string, qrToken: string, expiresAt: string, generation: number };

export type OrderPickupCodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPickupCodeQuery = { order: { id: string, state: OrderState, pickupDeadline: string | null, pickupCode: { code: string, display: string, qrToken: string, expiresAt: string, generation: number } | null } | null };

type PickupErrorFields_AddressBookFullError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_AddressNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_AfterSaleAlreadyDecidedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_AfterSaleNotAllowedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_AfterSaleNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_AlreadyPickedUpError_Fragment = { orderId: string, pickedUpAt: string, pickedUpBy: string, errorCode: ErrorCode, message: string };

type PickupErrorFields_BelowMinimumOrderError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CashShortError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CheckoutNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CheckoutNotPayableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CheckoutSpansClustersError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_ClerkDiscountRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CounterRefundRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CouponNotClaimableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_CouponNotUsableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_DeviceNotEnrolledError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_DeviceNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_DuplicateBarcodeError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_DuplicateCodeError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_DuplicateStoreCodeError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_FlashSaleUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_GroupBuyOfferLockedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_GroupBuyUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_IdempotencyKeyReusedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InsufficientStockError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidBarcodeError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidCategoryError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidCredentialsError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidHoursError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidPinError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidPriceError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidTimeZoneError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidTransitionError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_InvalidZoneError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_MemberCodeAlreadyUsedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_MemberCodeNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_MemberCodeReplayedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_MemberSessionExpiredError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_MembershipPlanNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_NetworkImportRejected_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_NoStoreAvailable_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_NothingToRefundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_OrderNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_OutOfStockError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_OverlappingPriceScheduleError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PaymentCodeInvalidError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PaymentDeclinedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PaymentUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PaymentUncertainError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PickupCodeNotFoundError_Fragment = { attemptsLeft: number, errorCode: ErrorCode, message: string };

type PickupErrorFields_PickupExpiredError_Fragment = { orderId: string, expiredAt: string, errorCode: ErrorCode, message: string };

type PickupErrorFields_PickupLockedError_Fragment = { scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string };

type PickupErrorFields_PickupRefusedError_Fragment = { orderId: string, state: OrderState, reason: PickupRefusalReason, errorCode: ErrorCode, message: string };

type PickupErrorFields_PickupSlotUnavailableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PictureNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PriceChangedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_ProductNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_PromotionNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_RedemptionCodeRefusedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_ReferralError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_RefundNotAllowedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_SignInLockedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_SpecMatrixError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_SplitRuleSetNotEditableError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_SplitRuleSetNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_SplitRuleSetRejectedError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_StaffNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_StoreGroupNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_StoreNotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_UnknownSkuError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_UsernameTakenError_Fragment = { errorCode: ErrorCode, message: string };

type PickupErrorFields_WechatLoginError_Fragment = { errorCode: ErrorCode, message: string };

export type PickupErrorFieldsFragment =
  | PickupErrorFields_AddressBookFullError_Fragment
  | PickupErrorFields_AddressNotFoundError_Fragment
  | PickupErrorFields_AfterSaleAlreadyDecidedError_Fragment
  | PickupErrorFields_AfterSaleNotAllowedError_Fragment
  | PickupErrorFields_AfterSaleNotFoundError_Fragment
  | PickupErrorFields_AlreadyPickedUpError_Fragment
  | PickupErrorFields_BelowMinimumOrderError_Fragment
  | PickupErrorFields_CashShortError_Fragment
  | PickupErrorFields_CheckoutNotFoundError_Fragment
  | PickupErrorFields_CheckoutNotPayableError_Fragment
  | PickupErrorFields_CheckoutSpansClustersError_Fragment
  | PickupErrorFields_ClerkDiscountRefusedError_Fragment
  | PickupErrorFields_CounterRefundRefusedError_Fragment
  | PickupErrorFields_CouponNotClaimableError_Fragment
  | PickupErrorFields_CouponNotUsableError_Fragment
  | PickupErrorFields_DeviceNotEnrolledError_Fragment
  | PickupErrorFields_DeviceNotFoundError_Fragment
  | PickupErrorFields_DuplicateBarcodeError_Fragment
  | PickupErrorFields_DuplicateCodeError_Fragment
  | PickupErrorFields_DuplicateStoreCodeError_Fragment
  | PickupErrorFields_FlashSaleUnavailableError_Fragment
  | PickupErrorFields_GroupBuyOfferLockedError_Fragment
  | PickupErrorFields_GroupBuyUnavailableError_Fragment
  | PickupErrorFields_IdempotencyKeyReusedError_Fragment
  | PickupErrorFields_InsufficientStockError_Fragment
  | PickupErrorFields_InvalidBarcodeError_Fragment
  | PickupErrorFields_InvalidCategoryError_Fragment
  | PickupErrorFields_InvalidCredentialsError_Fragment
  | PickupErrorFields_InvalidHoursError_Fragment
  | PickupErrorFields_InvalidPinError_Fragment
  | PickupErrorFields_InvalidPriceError_Fragment
  | PickupErrorFields_InvalidTimeZoneError_Fragment
  | PickupErrorFields_InvalidTransitionError_Fragment
  | PickupErrorFields_InvalidZoneError_Fragment
  | PickupErrorFields_MemberCodeAlreadyUsedError_Fragment
  | PickupErrorFields_MemberCodeNotFoundError_Fragment
  | PickupErrorFields_MemberCodeReplayedError_Fragment
  | PickupErrorFields_MemberSessionExpiredError_Fragment
  | PickupErrorFields_MembershipPlanNotFoundError_Fragment
  | PickupErrorFields_NetworkImportRejected_Fragment
  | PickupErrorFields_NoStoreAvailable_Fragment
  | PickupErrorFields_NothingToRefundError_Fragment
  | PickupErrorFields_OrderNotFoundError_Fragment
  | PickupErrorFields_OutOfStockError_Fragment
  | PickupErrorFields_OverlappingPriceScheduleError_Fragment
  | PickupErrorFields_PaymentCodeInvalidError_Fragment
  | PickupErrorFields_PaymentDeclinedError_Fragment
  | PickupErrorFields_PaymentUnavailableError_Fragment
  | PickupErrorFields_PaymentUncertainError_Fragment
  | PickupErrorFields_PickupCodeNotFoundError_Fragment
  | PickupErrorFields_PickupExpiredError_Fragment
  | PickupErrorFields_PickupLockedError_Fragment
  | PickupErrorFields_PickupRefusedError_Fragment
  | PickupErrorFields_PickupSlotUnavailableError_Fragment
  | PickupErrorFields_PictureNotFoundError_Fragment
  | PickupErrorFields_PriceChangedError_Fragment
  | PickupErrorFields_ProductNotFoundError_Fragment
  | PickupErrorFields_PromotionNotFoundError_Fragment
  | PickupErrorFields_RedemptionCodeRefusedError_Fragment
  | PickupErrorFields_ReferralError_Fragment
  | PickupErrorFields_RefundNotAllowedError_Fragment
  | PickupErrorFields_SignInLockedError_Fragment
  | PickupErrorFields_SpecMatrixError_Fragment
  | PickupErrorFields_SplitRuleSetNotEditableError_Fragment
  | PickupErrorFields_SplitRuleSetNotFoundError_Fragment
  | PickupErrorFields_SplitRuleSetRejectedError_Fragment
  | PickupErrorFields_StaffNotFoundError_Fragment
  | PickupErrorFields_StoreGroupNotFoundError_Fragment
  | PickupErrorFields_StoreNotFoundError_Fragment
  | PickupErrorFields_UnknownSkuError_Fragment
  | PickupErrorFields_UsernameTakenError_Fragment
  | PickupErrorFields_WechatLoginError_Fragment
;

export type VerifyPickupMutationVariables = Exact<{
  input: PickupProofInput;
}>;


export type VerifyPickupMutation = { verifyPickup:
    | { __typename: 'AlreadyPickedUpError', orderId: string, pickedUpAt: string, pickedUpBy: string, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupCodeNotFoundError', attemptsLeft: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupExpiredError', orderId: string, expiredAt: string, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupLockedError', scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupRefusedError', orderId: string, state: OrderState, reason: PickupRefusalReason, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupVerified', orderId: string, pickedUpAt: string, pickedUpBy: string, order: { id: string, state: OrderState, handedOverAt: string | null, transitions: Array<{ event: string, toState: OrderState, actor: string }> } }
   };

export type PickupPreviewQueryVariables = Exact<{
  input: PickupProofInput;
}>;


export type PickupPreviewQuery = { pickupPreview:
    | { __typename: 'PickupCodeNotFoundError', attemptsLeft: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupLockedError', scope: PickupLockScope, retryAfterSeconds: number, errorCode: ErrorCode, message: string }
    | { __typename: 'PickupPreview', orderId: string, state: OrderState, codeStatus: PickupCodeStatus, expiresAt: string, pickupDeadline: string | null, contactName: string, contactPhone: string, totalFen: number, handedOverAt: string | null, handedOverBy: string | null, lines: Array<{ name: string, quantity: number }> }
   };

type PickupCodeResultFields_OrderNotFoundError_Fragment = { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string };

type PickupCodeResultFields_PickupCode_Fragment = { __typename: 'PickupCode', code: string, display: string, qrToken: string, expiresAt: string, generation: number };

type PickupCodeResultFields_PickupRefusedError_Fragment = { __typename: 'PickupRefusedError', errorCode: ErrorCode, message: string, reason: PickupRefusalReason };

export type PickupCodeResultFieldsFragment =
  | PickupCodeResultFields_OrderNotFoundError_Fragment
  | PickupCodeResultFields_PickupCode_Fragment
  | PickupCodeResultFields_PickupRefusedError_Fragment
;

export type ResendPickupCodeMutationVariables = Exact<{
  orderId: string | number;
}>;


export type ResendPickupCodeMutation = { resendPickupCode:
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupCode', code: string, display: string, qrToken: string, expiresAt: string, generation: number }
    | { __typename: 'PickupRefusedError', errorCode: ErrorCode, message: string, reason: PickupRefusalReason }
   };

export type RegeneratePickupCodeMutationVariables = Exact<{
  orderId: string | number;
}>;


export type RegeneratePickupCodeMutation = { regeneratePickupCode:
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupCode', code: string, display: string, qrToken: string, expiresAt: string, generation: number }
    | { __typename: 'PickupRefusedError', errorCode: ErrorCode, message: string, reason: PickupRefusalReason }
   };

export type PickupAttemptsQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickupAttemptsQuery = { pickupAttempts: { nodes: Array<{ id: string, at: string, storeId: string, actor: string, action: PickupAttemptAction, method: PickupAttemptMethod, outcome: PickupAttemptOutcome, orderId: string | null, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPointsQuery = { myPoints: number };

export type ProductPicturesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductPicturesQuery = { product: { id: string, imageUrl: string, pictures: Array<{ id: string, position: number, width: number, height: number, url: string, jpg: string }> } | null };

export type SetProductPicturesMutationVariables = Exact<{
  productId: string | number;
  pictureIds: Array<string | number> | string | number;
}>;


export type SetProductPicturesMutation = { setProductPictures:
    | { __typename: 'PictureNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Product', id: string, pictures: Array<{ id: string, position: number }> }
    | { __typename: 'ProductNotFoundError', errorCode: ErrorCode, message: string }
   };

export type CreatePromotionMutationVariables = Exact<{
  input: CreatePromotionInput;
}>;


export type CreatePromotionMutation = { createPromotion: { id: string, state: PromotionState, kind: PromotionKind, couponKind: CouponKind | null } };

export type LaunchPromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type LaunchPromotionMutation = { launchPromotion:
    | { __typename: 'Promotion', id: string, state: PromotionState }
    | { __typename: 'PromotionNotFoundError' }
   };

export type StopPromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type StopPromotionMutation = { stopPromotion:
    | { __typename: 'Promotion', id: string, state: PromotionState, spentFen: number, uses: number }
    | { __typename: 'PromotionNotFoundError' }
   };

export type ClaimCouponMutationVariables = Exact<{
  promotionId: string | number;
}>;


export type ClaimCouponMutation = { claimCoupon:
    | { __typename: 'Coupon', id: string, state: CouponState, validFrom: string, validUntil: string | null, template: { id: string, name: string } }
    | { __typename: 'CouponNotClaimableError', errorCode: ErrorCode, message: string, problem: ClaimProblem }
    | { __typename: 'PromotionNotFoundError', errorCode: ErrorCode, message: string }
   };

export type CouponCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponCentreQuery = { couponCentre: Array<{ id: string, name: string, claimed: number, totalLimit: number | null, mine: number | null }> };

export type MyCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCouponsQuery = { myCoupons: Array<{ id: string, state: CouponState, validUntil: string | null, template: { id: string, name: string } }> };

export type PromotedCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type PromotedCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', checkout: { id: string, goodsFen: number, deliveryFeeFen: number, discountFen: number, pointsFen: number, pointsUsed: number, totalFen: number }, orders: Array<{ id: string, goodsFen: number, discountFen: number, pointsFen: number, totalFen: number, store: { id: string }, lines: Array<{ id: string, skuId: string, quantity: number, unitPriceFen: number, discountFen: number, pointsFen: number, adjustments: Array<{ kind: string, promotionId: string | null, amountFen: number, funder: { kind: string, storeBp: number | null } }> }> }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string, couponId: string, problem: CouponProblem, shortFen: number | null }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type CouponCentreForQueryVariables = Exact<{
  skuIds?: Array<string | number> | string | number | null | undefined;
  storeId?: string | number | null | undefined;
}>;


export type CouponCentreForQuery = { couponCentre: Array<{ id: string, mine: number | null }> };

export type CentreFieldsFragment = { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind, storeId: string | null, state: PromoterState } };

export type PromoterCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type PromoterCentreQuery = { promoterCentre: { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind, storeId: string | null, state: PromoterState } } | null };

export type BecomePromoterMutationVariables = Exact<{ [key: string]: never; }>;


export type BecomePromoterMutation = { becomePromoter: { frozenFen: number, availableFen: number, withdrawnFen: number, buyers: number, orders: number, soldFen: number, sharePath: string, promoter: { id: string, code: string, kind: PromoterKind, storeId: string | null, state: PromoterState } } };

export type BindReferralMutationVariables = Exact<{
  code: string;
}>;


export type BindReferralMutation = { bindReferral:
    | { __typename: 'ReferralBound', promoterId: string, bound: boolean }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, message: string }
   };

export type WithdrawalFieldsFragment = { id: string, amountFen: number, state: WithdrawalState, transferBillNo: string | null, failReason: string | null, promoterName: string };

export type RequestCommissionWithdrawalMutationVariables = Exact<{
  amountFen: number;
}>;


export type RequestCommissionWithdrawalMutation = { requestCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, amountFen: number, state: WithdrawalState, transferBillNo: string | null, failReason: string | null, promoterName: string }
    | { __typename: 'ReferralError', refusal: ReferralRefusal, availableFen: number | null }
   };

export type ApproveCommissionWithdrawalMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveCommissionWithdrawalMutation = { approveCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, amountFen: number, state: WithdrawalState, transferBillNo: string | null, failReason: string | null, promoterName: string }
    | { __typename: 'ReferralError', refusal: ReferralRefusal }
   };

export type RejectCommissionWithdrawalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectCommissionWithdrawalMutation = { rejectCommissionWithdrawal:
    | { __typename: 'CommissionWithdrawal', id: string, amountFen: number, state: WithdrawalState, transferBillNo: string | null, failReason: string | null, promoterName: string }
    | { __typename: 'ReferralError', refusal: ReferralRefusal }
   };

export type CommissionWithdrawalsQueryVariables = Exact<{
  state?: WithdrawalState | null | undefined;
  notSeen?: boolean | null | undefined;
}>;


export type CommissionWithdrawalsQuery = { commissionWithdrawals: Array<{ failureSeenAt: string | null, id: string, amountFen: number, state: WithdrawalState, transferBillNo: string | null, failReason: string | null, promoterName: string }> };

export type MarkWithdrawalFailureSeenMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkWithdrawalFailureSeenMutation = { markWithdrawalFailureSeen:
    | { __typename: 'CommissionWithdrawal', id: string, failureSeenAt: string | null }
    | { __typename: 'ReferralError', refusal: ReferralRefusal }
   };

export type SetCommissionRuleMutationVariables = Exact<{
  input: CommissionRuleInput;
}>;


export type SetCommissionRuleMutation = { setCommissionRule: Array<{ id: string, categoryId: string | null, productId: string | null, name: string, rateBp: number }> };

export type SetReferralBindDaysMutationVariables = Exact<{
  days: number;
}>;


export type SetReferralBindDaysMutation = { setReferralBindDays: number };

export type ReleaseDueCommissionsMutationVariables = Exact<{ [key: string]: never; }>;


export type ReleaseDueCommissionsMutation = { releaseDueCommissions: number };

export type CommissionReportQueryVariables = Exact<{
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type CommissionReportQuery = { commissionReport: Array<{ storeId: string, promoterId: string, kind: PromoterKind, orders: number, keptNetFen: number, commissionFen: number, frozenFen: number, availableFen: number }> };

export type PromotersQueryVariables = Exact<{ [key: string]: never; }>;


export type PromotersQuery = { promoters: Array<{ id: string, kind: PromoterKind, buyers: number | null, state: PromoterState }> };

export type ReferralBoundQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralBoundQuery = { referralBound: boolean };

export type ShareCodeMutationVariables = Exact<{
  productId?: string | number | null | undefined;
  storeId?: string | number | null | undefined;
}>;


export type ShareCodeMutation = { shareCode:
    | { __typename: 'ReferralError', refusal: ReferralRefusal }
    | { __typename: 'ShareCode', scene: string, path: string, link: string, imageUrl: string }
   };

export type ShareSceneQueryVariables = Exact<{
  scene: string;
}>;


export type ShareSceneQuery = { shareScene: { promoterCode: string, productId: string | null, storeCode: string | null } | null };

export type StaffLinkTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLinkTokenMutation = { staffLinkToken: string };

export type LinkStaffAccountMutationVariables = Exact<{
  token: string;
}>;


export type LinkStaffAccountMutation = { linkStaffAccount: boolean };

export type StaffLinkCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLinkCodeMutation = { staffLinkCode: { token: string, link: string, qrDataUrl: string, expiresAt: string } };

export type StaffAccountLinkedQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountLinkedQuery = { staffAccountLinked: boolean };

export type FailedWorkQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRetried?: boolean | null | undefined;
}>;


export type FailedWorkQuery = { failedWork: { nodes: Array<{ id: string, jobName: string, jobId: string, payload: string, attempts: number, error: string, failedAt: string, retriedAt: string | null, retriedBy: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetryFailedWorkMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryFailedWorkMutation = { retryFailedWork: { id: string, jobId: string, retriedAt: string | null, retriedBy: string | null } | null };

export type NearbyStoresQueryVariables = Exact<{
  location: GeoPointInput;
  fulfilment?: FulfilmentType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NearbyStoresQuery = { nearbyStores: { nodes: Array<{ distanceM: number, status: StoreStatus, openNow: boolean, deliversHere: boolean, canPickup: boolean, store: { id: string, code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AvailabilityQueryVariables = Exact<{
  location: GeoPointInput;
  lines: Array<CartLineInput> | CartLineInput;
  fulfilment: FulfilmentType;
  first?: number | null | undefined;
}>;


export type AvailabilityQuery = { availability:
    | { __typename: 'AvailabilityReport', stores: Array<{ distanceM: number, openNow: boolean, deliversHere: boolean, canPickup: boolean, hasAllLines: boolean, canServeCart: boolean, store: { id: string, code: string }, lines: Array<{ skuId: string, requested: number, available: number, enough: boolean, priceFen: number | null }> }> }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string, skuIds: Array<string> }
   };

export type RouteCartQueryVariables = Exact<{
  input: RouteCartInput;
}>;


export type RouteCartQuery = { routeCart:
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ distanceM: number, reasons: Array<IneligibilityReason>, store: { id: string, code: string }, shortLines: Array<{ skuId: string, requested: number, available: number }> }>, shortLines: Array<{ skuId: string, requested: number, availableAt: Array<{ distanceM: number, available: number, store: { id: string, code: string } }> }> }
    | { __typename: 'RoutedToStore', distanceM: number, fulfilment: FulfilmentType, store: { id: string, code: string }, lines: Array<{ skuId: string, quantity: number }> }
    | { __typename: 'SplitProposal', deliveryFeeFen: number, minOrderFen: number, parts: Array<{ distanceM: number, lead: boolean, deliveryFeeFen: number, minOrderFen: number, store: { id: string, code: string }, lines: Array<{ skuId: string, quantity: number }> }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string, storeId: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string, skuIds: Array<string> }
   };

export type OrderNextActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNextActionsQuery = { order: { id: string, state: OrderState, nextActions: Array<OrderAction> } | null };

export type MomentFieldsFragment = { at: string, date: string, time: string, daysFromToday: number };

export type StoreOpeningQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreOpeningQuery = { store: { id: string, openNow: boolean, opensAt: { at: string, date: string, time: string, daysFromToday: number } | null, closesAt: { at: string, date: string, time: string, daysFromToday: number } | null } | null };

export type RouteTermsQueryVariables = Exact<{
  input: RouteCartInput;
}>;


export type RouteTermsQuery = { routeCart:
    | { __typename: 'NoStoreAvailable' }
    | { __typename: 'RoutedToStore', distanceM: number, deliveryFeeFen: number, minOrderFen: number, store: { id: string } }
    | { __typename: 'SplitProposal' }
    | { __typename: 'StoreNotFoundError' }
    | { __typename: 'UnknownSkuError' }
   };

export type NearbyTermsQueryVariables = Exact<{
  location: GeoPointInput;
}>;


export type NearbyTermsQuery = { nearbyStores: { nodes: Array<{ distanceM: number, deliversHere: boolean, deliveryFeeFen: number | null, minOrderFen: number, store: { id: string } }> } };

export type OrderCanRequestAfterSaleQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderCanRequestAfterSaleQuery = { order: { id: string, canRequestAfterSale: boolean } | null };

export type RuleSetFieldsFragment = { id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> };

type RuleSetResultFields_SplitRuleSet_Fragment = { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> };

type RuleSetResultFields_SplitRuleSetNotEditableError_Fragment = { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string };

type RuleSetResultFields_SplitRuleSetNotFoundError_Fragment = { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string };

type RuleSetResultFields_SplitRuleSetRejectedError_Fragment = { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, ruleName: string | null, otherRuleName: string | null, message: string }> };

export type RuleSetResultFieldsFragment =
  | RuleSetResultFields_SplitRuleSet_Fragment
  | RuleSetResultFields_SplitRuleSetNotEditableError_Fragment
  | RuleSetResultFields_SplitRuleSetNotFoundError_Fragment
  | RuleSetResultFields_SplitRuleSetRejectedError_Fragment
;

export type AmountFieldsFragment = { storeId: string, storeCode: string, orders: number, grossFen: number, refundFen: number, feeFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, hqPromotionCostFen: number, storePromotionCostFen: number, pointsCostFen: number, storeDiscountShareFen: number, netPayableFen: number };

export type CreateSplitRuleSetMutationVariables = Exact<{
  input: SplitRuleSetInput;
}>;


export type CreateSplitRuleSetMutation = { createSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, ruleName: string | null, otherRuleName: string | null, message: string }> }
   };

export type UpdateSplitRuleSetMutationVariables = Exact<{
  id: string | number;
  input: SplitRuleSetInput;
}>;


export type UpdateSplitRuleSetMutation = { updateSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, ruleName: string | null, otherRuleName: string | null, message: string }> }
   };

export type PublishSplitRuleSetMutationVariables = Exact<{
  id: string | number;
  effectiveAt?: string | null | undefined;
}>;


export type PublishSplitRuleSetMutation = { publishSplitRuleSet:
    | { __typename: 'SplitRuleSet', id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }
    | { __typename: 'SplitRuleSetNotEditableError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SplitRuleSetRejectedError', errorCode: ErrorCode, message: string, violations: Array<{ code: SplitRuleViolationCode, ruleName: string | null, otherRuleName: string | null, message: string }> }
   };

export type SplitRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SplitRuleSetsQuery = { splitRuleSets: Array<{ id: string, name: string, status: SplitRuleSetStatus, version: number | null, effectiveAt: string | null, rules: Array<{ id: string, name: string, fulfilment: FulfilmentType | null, categoryId: string | null, storeId: string | null, storeGroupId: string | null, priority: number, fulfillingStoreBp: number, referringStoreBp: number, hqBp: number, specificity: number }> }> };

export type PreviewSplitRuleSetQueryVariables = Exact<{
  ruleSetId: string | number;
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type PreviewSplitRuleSetQuery = { previewSplitRuleSet:
    | { __typename: 'SplitPreview', stores: Array<{ storeId: string, storeCode: string, orders: number, grossFen: number, refundFen: number, feeFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, hqPromotionCostFen: number, storePromotionCostFen: number, pointsCostFen: number, storeDiscountShareFen: number, netPayableFen: number }> }
    | { __typename: 'SplitRuleSetNotFoundError', errorCode: ErrorCode }
   };

export type SettlementReportQueryVariables = Exact<{
  from: string;
  to: string;
  storeId?: string | number | null | undefined;
}>;


export type SettlementReportQuery = { settlementReport: { from: string, to: string, csv: string, stores: Array<{ storeId: string, storeCode: string, orders: number, grossFen: number, refundFen: number, feeFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, hqPromotionCostFen: number, storePromotionCostFen: number, pointsCostFen: number, storeDiscountShareFen: number, netPayableFen: number }>, days: Array<{ storeId: string, storeCode: string, businessDay: string, orders: number, grossFen: number, refundFen: number, feeFen: number, fulfillingShareFen: number, referringShareFen: number, hqShareFen: number, netPayableFen: number }>, membership: Array<{ businessDay: string, purchases: number, grossFen: number, refundFen: number, feeFen: number, hqRevenueFen: number }> } };

export type SaveStoreGroupMutationVariables = Exact<{
  input: StoreGroupInput;
}>;


export type SaveStoreGroupMutation = { saveStoreGroup: { id: string, code: string, storeIds: Array<string> } };

export type BindingFieldsFragment = { storeId: string, storeCode: string, newlyBound: boolean };

export type BindHomeStoreMutationVariables = Exact<{
  storeCode: string;
}>;


export type BindHomeStoreMutation = { bindHomeStore:
    | { __typename: 'HomeStoreBinding', storeId: string, storeCode: string, newlyBound: boolean }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode }
   };

export type ProfitSharingFieldsFragment = { orderId: string, outOrderNo: string, state: string, attempts: number, lastError: string | null, receivers: Array<{ storeId: string, account: string, amountFen: number, result: string, failReason: string | null }>, returns: Array<{ storeId: string, amountFen: number, state: string, attempts: number, lastError: string | null }> };

export type OrderProfitSharingQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderProfitSharingQuery = { order: { id: string, profitSharing: { orderId: string, outOrderNo: string, state: string, attempts: number, lastError: string | null, receivers: Array<{ storeId: string, account: string, amountFen: number, result: string, failReason: string | null }>, returns: Array<{ storeId: string, amountFen: number, state: string, attempts: number, lastError: string | null }> } | null } | null };

export type ProfitSharingIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfitSharingIssuesQuery = { profitSharingIssues: Array<{ orderId: string, outOrderNo: string, state: string, attempts: number, lastError: string | null, receivers: Array<{ storeId: string, account: string, amountFen: number, result: string, failReason: string | null }>, returns: Array<{ storeId: string, amountFen: number, state: string, attempts: number, lastError: string | null }> }> };

export type RetryProfitSharingMutationVariables = Exact<{
  orderId: string | number;
}>;


export type RetryProfitSharingMutation = { retryProfitSharing: { orderId: string, outOrderNo: string, state: string, attempts: number, lastError: string | null, receivers: Array<{ storeId: string, account: string, amountFen: number, result: string, failReason: string | null }>, returns: Array<{ storeId: string, amountFen: number, state: string, attempts: number, lastError: string | null }> } | null };

export type SetStoreProfitSharingAccountMutationVariables = Exact<{
  storeId: string | number;
  account?: string | null | undefined;
}>;


export type SetStoreProfitSharingAccountMutation = { setStoreProfitSharingAccount: boolean };

export type BindShopperToStoreMutationVariables = Exact<{
  memberCode: string;
}>;


export type BindShopperToStoreMutation = { bindShopperToStore:
    | { __typename: 'HomeStoreBinding', points: number | null, storeId: string, storeCode: string, newlyBound: boolean }
    | { __typename: 'MemberCodeAlreadyUsedError', errorCode: ErrorCode }
    | { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode }
    | { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode }
   };

export type BindShopperToStoreFullMutationVariables = Exact<{
  memberCode: string;
}>;


export type BindShopperToStoreFullMutation = { bindShopperToStore:
    | { __typename: 'HomeStoreBinding', storeId: string, storeCode: string, boundAt: string, newlyBound: boolean, points: number | null }
    | { __typename: 'MemberCodeAlreadyUsedError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'MemberCodeReplayedError', errorCode: ErrorCode, message: string }
   };

export type StoreGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreGroupsQuery = { storeGroups: Array<{ id: string, code: string, name: string, storeIds: Array<string> }> };

export type IssueMemberCodeSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueMemberCodeSecretMutation = { issueMemberCodeSecret: { secret: string, prefix: string, reference: string, algorithm: string, digits: number, stepSeconds: number, issuedAt: string } };

export type RevokeMemberCodeSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeMemberCodeSecretMutation = { revokeMemberCodeSecret: boolean };

export type AddressRowFragment = { id: string, label: string | null, contactName: string, contactPhone: string, address: string, detail: string, isDefault: boolean, location: { lat: number, lng: number }, gcj: { lat: number, lng: number } };

export type MyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAddressesQuery = { myAddresses: Array<{ id: string, label: string | null, contactName: string, contactPhone: string, address: string, detail: string, isDefault: boolean, location: { lat: number, lng: number }, gcj: { lat: number, lng: number } }> };

export type SaveAddressMutationVariables = Exact<{
  input: SaveAddressInput;
}>;


export type SaveAddressMutation = { saveAddress:
    | { __typename: 'Address', id: string, label: string | null, contactName: string, contactPhone: string, address: string, detail: string, isDefault: boolean, location: { lat: number, lng: number }, gcj: { lat: number, lng: number } }
    | { __typename: 'AddressBookFullError', errorCode: ErrorCode, message: string }
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
   };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress:
    | { __typename: 'AddressDeleted', addressId: string, newDefaultId: string | null }
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode }
   };

export type AfterSaleFieldsFragment = { id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> };

export type RequestAfterSaleMutationVariables = Exact<{
  input: RequestAfterSaleInput;
}>;


export type RequestAfterSaleMutation = { requestAfterSale:
    | { __typename: 'AfterSale', id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }
    | { __typename: 'AfterSaleNotAllowedError', errorCode: ErrorCode, message: string, refusal: AfterSaleRefusal, openAfterSaleId: string | null }
    | { __typename: 'OrderNotFoundError', errorCode: ErrorCode, message: string }
   };

type DecideFields_AfterSale_Fragment = { __typename: 'AfterSale', id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> };

type DecideFields_AfterSaleAlreadyDecidedError_Fragment = { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string, state: AfterSaleState };

type DecideFields_AfterSaleNotFoundError_Fragment = { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string };

type DecideFields_RefundNotAllowedError_Fragment = { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string };

export type DecideFieldsFragment =
  | DecideFields_AfterSale_Fragment
  | DecideFields_AfterSaleAlreadyDecidedError_Fragment
  | DecideFields_AfterSaleNotFoundError_Fragment
  | DecideFields_RefundNotAllowedError_Fragment
;

export type ApproveAfterSaleMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveAfterSaleMutation = { approveAfterSale:
    | { __typename: 'AfterSale', id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }
    | { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string, state: AfterSaleState }
    | { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type DeclineAfterSaleMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineAfterSaleMutation = { declineAfterSale:
    | { __typename: 'AfterSale', id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }
    | { __typename: 'AfterSaleAlreadyDecidedError', errorCode: ErrorCode, message: string, state: AfterSaleState }
    | { __typename: 'AfterSaleNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'RefundNotAllowedError', errorCode: ErrorCode, message: string }
   };

export type StoreAfterSalesQueryVariables = Exact<{
  storeId: string | number;
  state?: AfterSaleState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoreAfterSalesQuery = { storeAfterSales: { nodes: Array<{ id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderAfterSalesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderAfterSalesQuery = { order: { id: string, state: OrderState, refundedFen: number, lines: Array<{ id: string, refundedQuantity: number }>, afterSales: Array<{ id: string, orderId: string, storeId: string, state: AfterSaleState, reason: AfterSaleReason, note: string, requestedFen: number, refundId: string | null, refundedFen: number | null, declineReason: string | null, decidedAt: string | null, lines: Array<{ lineId: string, name: string, quantity: number, unitPriceFen: number }> }> } | null };

export type ShopProductsQueryVariables = Exact<{
  storeId: string | number;
  categoryId?: string | number | null | undefined;
  search?: string | null | undefined;
  inStockOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ShopProductsQuery = { products: { nodes: Array<{ id: string, code: string, name: string, imageUrl: string, availabilityAt: StockAvailability, specs: Array<{ name: string, values: Array<string> }>, skus: Array<{ id: string, code: string, priceFen: number, attributes: Array<{ name: string, value: string }>, stockAt: { available: number, level: StockAvailability } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchProductsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SearchProductsQuery = { products: { nodes: Array<{ code: string, name: string }> } };

export type ShopCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type ShopCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', checkout: { id: string, totalFen: number }, orders: Array<{ id: string, address: string | null, contactName: string, contactPhone: string, distanceM: number, scheduledAt: string | null, store: { id: string } }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type SlotFieldsFragment = { startsAt: string, endsAt: string, label: string, capacity: number, remaining: number, available: boolean };

export type PickupSlotsQueryVariables = Exact<{
  storeId: string | number;
  date: string;
}>;


export type PickupSlotsQuery = { pickupSlots:
    | { __typename: 'PickupSlotList', slots: Array<{ startsAt: string, endsAt: string, label: string, capacity: number, remaining: number, available: boolean }> }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode }
   };

export type SlotCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type SlotCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string }
    | { __typename: 'CheckoutPlaced', replayed: boolean, checkout: { id: string }, orders: Array<{ id: string, scheduledAt: string | null, pickupDeadline: string | null, pickupSlot: { startsAt: string, endsAt: string, date: string, label: string } | null }> }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string, problem: PickupSlotProblem, startsAt: string, nextSlots: Array<{ startsAt: string, endsAt: string, label: string, capacity: number, remaining: number, available: boolean }> }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type PickupInsteadFieldsFragment = { distanceM: number, fulfilment: FulfilmentType, store: { id: string, name: string } };

export type RefusalCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type RefusalCheckoutMutation = { checkout:
    | { __typename: 'AddressNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'BelowMinimumOrderError', errorCode: ErrorCode, message: string, minimumFen: number, goodsFen: number, shortFen: number, pickupInstead: { distanceM: number, fulfilment: FulfilmentType, store: { id: string, name: string } } | null }
    | { __typename: 'CheckoutPlaced' }
    | { __typename: 'CheckoutSpansClustersError', errorCode: ErrorCode, message: string }
    | { __typename: 'CouponNotUsableError', errorCode: ErrorCode, message: string }
    | { __typename: 'FlashSaleUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'GroupBuyUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', errorCode: ErrorCode, message: string }
    | { __typename: 'NoStoreAvailable', errorCode: ErrorCode, message: string, candidates: Array<{ reasons: Array<IneligibilityReason>, store: { id: string } }>, pickupInstead: { distanceM: number, fulfilment: FulfilmentType, store: { id: string, name: string } } | null }
    | { __typename: 'OutOfStockError', errorCode: ErrorCode, message: string }
    | { __typename: 'PickupSlotUnavailableError', errorCode: ErrorCode, message: string }
    | { __typename: 'PriceChangedError', errorCode: ErrorCode, message: string }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'UnknownSkuError', errorCode: ErrorCode, message: string }
   };

export type RouteCartInsteadQueryVariables = Exact<{
  input: RouteCartInput;
}>;


export type RouteCartInsteadQuery = { routeCart:
    | { __typename: 'NoStoreAvailable', pickupInstead: { distanceM: number, fulfilment: FulfilmentType, store: { id: string, name: string } } | null }
    | { __typename: 'RoutedToStore' }
    | { __typename: 'SplitProposal' }
    | { __typename: 'StoreNotFoundError' }
    | { __typename: 'UnknownSkuError' }
   };

export type MyOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyOrderEventsSubscription = { myOrderEvents: { kind: ShopperOrderEventKind, orderId: string, state: OrderState, at: string, afterSaleId: string | null } };

export type MyOrderPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrderPageQuery = { myOrders: { nodes: Array<{ id: string, state: OrderState, transitions: Array<{ toState: OrderState, event: string, at: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubscribeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscribeTemplatesQuery = { subscribeTemplates: Array<{ template: SubscribeTemplate, templateId: string, remaining: number }> };

export type AcceptSubscriptionsMutationVariables = Exact<{
  templates: Array<SubscribeTemplate> | SubscribeTemplate;
}>;


export type AcceptSubscriptionsMutation = { acceptSubscriptions: Array<{ template: SubscribeTemplate, templateId: string, remaining: number }> };

export type StaffMemberFieldsFragment = { id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean };

export type StaffSessionRowFragment = { token: string, expiresAt: string, me: { id: string, role: Role, username: string | null, displayName: string | null, storeId: string | null, deviceId: string | null } };

export type DeviceFieldsFragment = { id: string, storeId: string, name: string, enrolledBy: string, revokedAt: string | null, lastUnlockAt: string | null };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, role: Role, storeId: string | null, deviceId: string | null } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type StaffMembersQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffMembersQuery = { staffMembers: { nodes: Array<{ id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMemberMutation = { createStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode }
    | { __typename: 'UsernameTakenError', errorCode: ErrorCode }
   };

export type DisableStaffMutationVariables = Exact<{
  staffId: string | number;
}>;


export type DisableStaffMutation = { disableStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode }
   };

export type EnableStaffMutationVariables = Exact<{
  staffId: string | number;
}>;


export type EnableStaffMutation = { enableStaff:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
    | { __typename: 'StaffNotFoundError' }
   };

export type ResetStaffPasswordMutationVariables = Exact<{
  staffId: string | number;
  password: string;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode }
   };

export type ResetStaffPinMutationVariables = Exact<{
  staffId: string | number;
  pin?: string | null | undefined;
}>;


export type ResetStaffPinMutation = { resetStaffPin:
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
    | { __typename: 'StaffNotFoundError', errorCode: ErrorCode }
   };

export type SetMyPinMutationVariables = Exact<{
  currentPassword: string;
  pin: string;
}>;


export type SetMyPinMutation = { setMyPin:
    | { __typename: 'InvalidCredentialsError', errorCode: ErrorCode }
    | { __typename: 'StaffMember', id: string, username: string, displayName: string, role: Role, storeId: string | null, disabled: boolean, hasPin: boolean }
   };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string, role: Role, username: string | null, displayName: string | null, storeId: string | null, deviceId: string | null } }
    | { __typename: 'InvalidCredentialsError', errorCode: ErrorCode }
    | { __typename: 'SignInLockedError', errorCode: ErrorCode }
   };

export type EnrollDeviceMutationVariables = Exact<{
  input: EnrollDeviceInput;
}>;


export type EnrollDeviceMutation = { enrollDevice:
    | { __typename: 'DeviceEnrollment', deviceToken: string, device: { id: string, storeId: string, name: string, enrolledBy: string, revokedAt: string | null, lastUnlockAt: string | null } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode }
   };

export type DevicesQueryVariables = Exact<{
  storeId: string | number;
}>;


export type DevicesQuery = { devices: Array<{ id: string, storeId: string, name: string, enrolledBy: string, revokedAt: string | null, lastUnlockAt: string | null }> };

export type RevokeDeviceMutationVariables = Exact<{
  deviceId: string | number;
}>;


export type RevokeDeviceMutation = { revokeDevice:
    | { __typename: 'CounterDevice', id: string, storeId: string, name: string, enrolledBy: string, revokedAt: string | null, lastUnlockAt: string | null }
    | { __typename: 'DeviceNotFoundError', errorCode: ErrorCode }
   };

export type CounterDeviceQueryVariables = Exact<{
  deviceToken: string;
}>;


export type CounterDeviceQuery = { counterDevice:
    | { __typename: 'CounterDeviceInfo', storeCode: string, storeName: string, device: { id: string, storeId: string, name: string, enrolledBy: string, revokedAt: string | null, lastUnlockAt: string | null }, clerks: Array<{ id: string, username: string, displayName: string, hasPin: boolean }> }
    | { __typename: 'DeviceNotEnrolledError', errorCode: ErrorCode }
   };

export type UnlockWithPinMutationVariables = Exact<{
  input: PinUnlockInput;
}>;


export type UnlockWithPinMutation = { unlockWithPin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, me: { id: string, role: Role, username: string | null, displayName: string | null, storeId: string | null, deviceId: string | null } }
    | { __typename: 'DeviceNotEnrolledError', errorCode: ErrorCode }
    | { __typename: 'InvalidPinError', attemptsLeft: number, errorCode: ErrorCode }
    | { __typename: 'SignInLockedError', scope: SignInLockScope, retryAfterSeconds: number, errorCode: ErrorCode }
   };

export type StaffAuditLogQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAuditLogQuery = { staffAuditLog: { nodes: Array<{ id: string, at: string, action: string, actor: string, staffId: string | null, username: string | null, storeId: string | null, deviceId: string | null, source: string | null, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickupLockoutsQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
}>;


export type PickupLockoutsQuery = { pickupLockouts: Array<{ scope: PickupLockScope, storeId: string, staffId: string | null, username: string | null, until: string, retryAfterSeconds: number }> };

export type UnlockPickupLockoutMutationVariables = Exact<{
  storeId: string | number;
  staffId?: string | number | null | undefined;
}>;


export type UnlockPickupLockoutMutation = { unlockPickupLockout: boolean };

export type SignInLockoutsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInLockoutsQuery = { signInLockouts: Array<{ scope: SignInLockScope, subject: string, until: string, retryAfterSeconds: number }> };

export type UnlockSignInMutationVariables = Exact<{
  scope: SignInLockScope;
  subject: string;
}>;


export type UnlockSignInMutation = { unlockSignIn: boolean };

export type StoreRowFragment = { minOrderFen: number, id: string, code: string, name: string, city: string, address: string, status: StoreStatus, timeZone: string, capabilities: Array<StoreCapability>, openNow: boolean, deliveryZone: unknown, deliveryRadiusM: number | null, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null }>, wgs: { lat: number, lng: number, system: CoordinateSystem }, gcj: { lat: number, lng: number, system: CoordinateSystem } };

export type StoreQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreQuery = { store: { minOrderFen: number, id: string, code: string, name: string, city: string, address: string, status: StoreStatus, timeZone: string, capabilities: Array<StoreCapability>, openNow: boolean, deliveryZone: unknown, deliveryRadiusM: number | null, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null }>, wgs: { lat: number, lng: number, system: CoordinateSystem }, gcj: { lat: number, lng: number, system: CoordinateSystem } } | null };

export type StoresQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  city?: string | null | undefined;
}>;


export type StoresQuery = { stores: { nodes: Array<{ code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateStoreMutationVariables = Exact<{
  input: StoreInput;
}>;


export type CreateStoreMutation = { createStore:
    | { __typename: 'DuplicateStoreCodeError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string, reason: string }
    | { __typename: 'Store', minOrderFen: number, id: string, code: string, name: string, city: string, address: string, status: StoreStatus, timeZone: string, capabilities: Array<StoreCapability>, openNow: boolean, deliveryZone: unknown, deliveryRadiusM: number | null, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null }>, wgs: { lat: number, lng: number, system: CoordinateSystem }, gcj: { lat: number, lng: number, system: CoordinateSystem } }
   };

export type UpdateStoreMutationVariables = Exact<{
  id: string | number;
  input: StoreUpdateInput;
}>;


export type UpdateStoreMutation = { updateStore:
    | { __typename: 'InvalidHoursError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTimeZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidZoneError', errorCode: ErrorCode, message: string }
    | { __typename: 'Store', minOrderFen: number, id: string, code: string, name: string, city: string, address: string, status: StoreStatus, timeZone: string, capabilities: Array<StoreCapability>, openNow: boolean, deliveryZone: unknown, deliveryRadiusM: number | null, deliveryFeeTiers: Array<{ upToM: number, feeFen: number }>, hours: Array<{ weekday: number, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null }>, wgs: { lat: number, lng: number, system: CoordinateSystem }, gcj: { lat: number, lng: number, system: CoordinateSystem } }
    | { __typename: 'StoreNotFoundError', errorCode: ErrorCode, message: string }
   };

export type ImportStoreNetworkMutationVariables = Exact<{
  featureCollection: unknown;
  importId?: string | number | null | undefined;
}>;


export type ImportStoreNetworkMutation = { importStoreNetwork:
    | { __typename: 'NetworkImportRejected', errorCode: ErrorCode, message: string, featureErrors: Array<{ index: number, code: string | null, errorCode: ErrorCode, message: string }> }
    | { __typename: 'NetworkImported', created: number, updated: number, stores: Array<{ id: string, code: string }> }
   };

export type StoreNetworkImportProgressSubscriptionVariables = Exact<{
  importId: string | number;
}>;


export type StoreNetworkImportProgressSubscription = { storeNetworkImportProgress: { importId: string, phase: ImportPhase, done: number, total: number } };

export const AdminProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductFragment, unknown>;
export const FlashSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlashSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"originalPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FlashSessionFieldsFragment, unknown>;
export const GroupBuyGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"myOrderId"}}]}}]} as unknown as DocumentNode<GroupBuyGroupFieldsFragment, unknown>;
export const MemberLevelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<MemberLevelFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const StepResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}}]} as unknown as DocumentNode<StepResultFieldsFragment, unknown>;
export const MembershipPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<MembershipPlanFieldsFragment, unknown>;
export const PickupErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PickupErrorFieldsFragment, unknown>;
export const PickupCodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}}]} as unknown as DocumentNode<PickupCodeFieldsFragment, unknown>;
export const PickupCodeResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}}]} as unknown as DocumentNode<PickupCodeResultFieldsFragment, unknown>;
export const CentreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CentreFieldsFragment, unknown>;
export const WithdrawalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transferBillNo"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}}]}}]} as unknown as DocumentNode<WithdrawalFieldsFragment, unknown>;
export const MomentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}}]} as unknown as DocumentNode<MomentFieldsFragment, unknown>;
export const RuleSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<RuleSetFieldsFragment, unknown>;
export const RuleSetResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<RuleSetResultFieldsFragment, unknown>;
export const AmountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqPromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storePromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeDiscountShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]} as unknown as DocumentNode<AmountFieldsFragment, unknown>;
export const BindingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"newlyBound"}}]}}]} as unknown as DocumentNode<BindingFieldsFragment, unknown>;
export const ProfitSharingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfitSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfitSharingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<ProfitSharingFieldsFragment, unknown>;
export const AddressRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<AddressRowFragment, unknown>;
export const AfterSaleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<AfterSaleFieldsFragment, unknown>;
export const DecideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleAlreadyDecidedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DecideFieldsFragment, unknown>;
export const SlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<SlotFieldsFragment, unknown>;
export const PickupInsteadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupInsteadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PickupInsteadFieldsFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<StaffMemberFieldsFragment, unknown>;
export const StaffSessionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<StaffSessionRowFragment, unknown>;
export const DeviceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}}]}}]} as unknown as DocumentNode<DeviceFieldsFragment, unknown>;
export const StoreRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wgs"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<StoreRowFragment, unknown>;
export const LoginShopperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginShopper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginShopper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WechatLoginError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"wechatErrcode"}}]}}]}}]}}]} as unknown as DocumentNode<LoginShopperMutation, LoginShopperMutationVariables>;
export const LoginStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginStaffMutation, LoginStaffMutationVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SaveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecMatrixError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateBarcodeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProduct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtFen"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SaveProductMutation, SaveProductMutationVariables>;
export const SaveCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}}]}}]}}]}}]} as unknown as DocumentNode<SaveCategoryMutation, SaveCategoryMutationVariables>;
export const ScheduleSkuPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSkuPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkuPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSkuPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSkuPriceMutation, ScheduleSkuPriceMutationVariables>;
export const SetListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"onShelf"}},{"kind":"Field","name":{"kind":"Name","value":"stores"}}]}}]}}]}}]} as unknown as DocumentNode<SetListingMutation, SetListingMutationVariables>;
export const CategoryTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryTreeQuery, CategoryTreeQueryVariables>;
export const AdminProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const SkuAtStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuAtStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"compareAtFenAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"onShelfAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"stockAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<SkuAtStoreQuery, SkuAtStoreQueryVariables>;
export const SkuPriceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuPriceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<SkuPriceHistoryQuery, SkuPriceHistoryQueryVariables>;
export const SkuByBarcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuByBarcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuByBarcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"barcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}}]}}]}}]} as unknown as DocumentNode<SkuByBarcodeQuery, SkuByBarcodeQueryVariables>;
export const CatalogAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<CatalogAuditQuery, CatalogAuditQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const CheckoutQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"promotionName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storeBp"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"shortFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"savingFen"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"shortFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCouponId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotUsableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const ScanCounterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScanCounterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanCounterMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberToken"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScanCounterMemberMutation, ScanCounterMemberMutationVariables>;
export const CounterQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"savingFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClerkDiscountRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"askedFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CounterQuoteQuery, CounterQuoteQueryVariables>;
export const CounterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSaleDone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"tenderedFen"}},{"kind":"Field","name":{"kind":"Name","value":"changeFen"}},{"kind":"Field","name":{"kind":"Name","value":"memberPoints"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutOfStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CashShortError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentDeclinedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClerkDiscountRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}},{"kind":"Field","name":{"kind":"Name","value":"askedFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CounterSaleMutation, CounterSaleMutationVariables>;
export const CounterSaleByReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterSaleByReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSaleByReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"clerkDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromFen"}},{"kind":"Field","name":{"kind":"Name","value":"toFen"}}]}}]}}]}}]} as unknown as DocumentNode<CounterSaleByReceiptQuery, CounterSaleByReceiptQueryVariables>;
export const CounterRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterRefundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterRefundDone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"handBackFen"}},{"kind":"Field","name":{"kind":"Name","value":"restocked"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CounterRefundMutation, CounterRefundMutationVariables>;
export const SetStaffDiscountGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffDiscountGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDiscountGrantInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffDiscountGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discountGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetStaffDiscountGrantMutation, SetStaffDiscountGrantMutationVariables>;
export const GenerateRedemptionCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateRedemptionCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRedemptionCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateRedemptionCodesMutation, GenerateRedemptionCodesMutationVariables>;
export const RedemptionCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedemptionCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemptionCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedemptionCodesQuery, RedemptionCodesQueryVariables>;
export const RedeemCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionCodeRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"refused"},"name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotClaimableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCodeMutation, RedeemCodeMutationVariables>;
export const IssueCouponBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCouponBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCouponBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCouponBatchMutation, IssueCouponBatchMutationVariables>;
export const CouponBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<CouponBatchQuery, CouponBatchQueryVariables>;
export const CouponSegmentSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponSegmentSize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponSegmentSize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}]}]}}]} as unknown as DocumentNode<CouponSegmentSizeQuery, CouponSegmentSizeQueryVariables>;
export const CouponBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderSince"}}]}}]}}]}}]} as unknown as DocumentNode<CouponBatchesQuery, CouponBatchesQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOrders"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOrders"}},{"kind":"Field","name":{"kind":"Name","value":"pickupGmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupsSettled"}},{"kind":"Field","name":{"kind":"Name","value":"pickupsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToReady"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqPromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storePromotionCostFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ordersByHour"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"revenueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvFen"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reroutedRate"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const RefreshDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]} as unknown as DocumentNode<RefreshDashboardMutation, RefreshDashboardMutationVariables>;
export const CreateFlashSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFlashSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlashSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlashSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlashSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlashSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"originalPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateFlashSessionMutation, CreateFlashSessionMutationVariables>;
export const StopFlashSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopFlashSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopFlashSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StopFlashSessionMutation, StopFlashSessionMutationVariables>;
export const FlashSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlashSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flashSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlashSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlashSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"originalPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FlashSessionsQuery, FlashSessionsQueryVariables>;
export const FlashBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlashBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flashBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlashSessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlashSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"originalPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"perUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FlashBoardQuery, FlashBoardQueryVariables>;
export const FlashCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlashCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlashSaleUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"flashItemId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FlashCheckoutMutation, FlashCheckoutMutationVariables>;
export const CreateGroupBuyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroupBuyOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupBuyOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupBuyOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CreateGroupBuyOfferMutation, CreateGroupBuyOfferMutationVariables>;
export const UpdateGroupBuyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroupBuyOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupBuyOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroupBuyOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyOfferLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"groupsStarted"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGroupBuyOfferMutation, UpdateGroupBuyOfferMutationVariables>;
export const GroupBuyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBuyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"groupsFormed"}},{"kind":"Field","name":{"kind":"Name","value":"groupsFailed"}}]}}]}}]} as unknown as DocumentNode<GroupBuyOffersQuery, GroupBuyOffersQueryVariables>;
export const GroupBuyBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBuyBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuyBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"openGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyGroupFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"myOrderId"}}]}}]} as unknown as DocumentNode<GroupBuyBoardQuery, GroupBuyBoardQueryVariables>;
export const GroupBuyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBuyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"myOrderId"}}]}}]} as unknown as DocumentNode<GroupBuyGroupQuery, GroupBuyGroupQueryVariables>;
export const GroupCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyGroupFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"myOrderId"}}]}}]} as unknown as DocumentNode<GroupCheckoutMutation, GroupCheckoutMutationVariables>;
export const GroupOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"autoForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serverNow"}},{"kind":"Field","name":{"kind":"Name","value":"myOrderId"}}]}}]} as unknown as DocumentNode<GroupOrderQuery, GroupOrderQueryVariables>;
export const HqPromotionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HqPromotionListQuery, HqPromotionListQueryVariables>;
export const HqCreatePromotionDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqCreatePromotionDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<HqCreatePromotionDraftMutation, HqCreatePromotionDraftMutationVariables>;
export const HqUpdatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HqUpdatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"offFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<HqUpdatePromotionMutation, HqUpdatePromotionMutationVariables>;
export const HqSimulatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqSimulatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionSimulation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"checkouts"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedCheckouts"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}},{"kind":"Field","name":{"kind":"Name","value":"byStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<HqSimulatePromotionQuery, HqSimulatePromotionQueryVariables>;
export const HqPromotionStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HqPromotionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeftFen"}},{"kind":"Field","name":{"kind":"Name","value":"usesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"byStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<HqPromotionStatsQuery, HqPromotionStatsQueryVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const StoreStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StoreStockQuery, StoreStockQueryVariables>;
export const StockMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deltaOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"onHandAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StockMovementsQuery, StockMovementsQueryVariables>;
export const SetMemberLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevelInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"levels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<SetMemberLevelsMutation, SetMemberLevelsMutationVariables>;
export const MemberLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponId"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"funderStoreBp"}}]}}]} as unknown as DocumentNode<MemberLevelsQuery, MemberLevelsQueryVariables>;
export const MyMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"growthToNext"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"growthThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyMembershipQuery, MyMembershipQueryVariables>;
export const SetMyBirthdayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyBirthday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthday"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyBirthday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"birthday"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthday"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthday"}}]}}]}}]} as unknown as DocumentNode<SetMyBirthdayMutation, SetMyBirthdayMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"levelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopperId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const MemberTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]} as unknown as DocumentNode<MemberTimelineQuery, MemberTimelineQueryVariables>;
export const CheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Checkout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutOfStockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowMinimumOrderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}}]} as unknown as DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export const PayCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkoutId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkoutId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkoutId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"timeStamp"}},{"kind":"Field","name":{"kind":"Name","value":"nonceStr"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"signType"}},{"kind":"Field","name":{"kind":"Name","value":"paySign"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PayCheckoutMutation, PayCheckoutMutationVariables>;
export const AdvanceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreStepEvent"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AdvanceOrderMutation, AdvanceOrderMutationVariables>;
export const RejectOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConfirmReceiptMutation, ConfirmReceiptMutationVariables>;
export const RefundOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RefundOrderMutation, RefundOrderMutationVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restocked"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const StoreOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<StoreOrdersQuery, StoreOrdersQueryVariables>;
export const OrderLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}}]} as unknown as DocumentNode<OrderLogQuery, OrderLogQueryVariables>;
export const MyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const StoreOrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StoreOrderEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeOrderEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<StoreOrderEventsSubscription, StoreOrderEventsSubscriptionVariables>;
export const SaveMembershipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMembershipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<SaveMembershipPlanMutation, SaveMembershipPlanMutationVariables>;
export const MembershipPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<MembershipPlansQuery, MembershipPlansQueryVariables>;
export const MyPaidMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPaidMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"memberPriceBp"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"offBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierBp"}},{"kind":"Field","name":{"kind":"Name","value":"freeDeliveryThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}}]}}]} as unknown as DocumentNode<MyPaidMembershipQuery, MyPaidMembershipQueryVariables>;
export const BuyMembershipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuyMembershipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPaymentParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseId"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BuyMembershipPlanMutation, BuyMembershipPlanMutationVariables>;
export const RefundMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRefunded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundMembershipMutation, RefundMembershipMutationVariables>;
export const MemberPaidMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPaidMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPaidMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopperId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shopperId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundableFen"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}}]}}]} as unknown as DocumentNode<MemberPaidMembershipQuery, MemberPaidMembershipQueryVariables>;
export const OrderPickupCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPickupCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}}]} as unknown as DocumentNode<OrderPickupCodeQuery, OrderPickupCodeQueryVariables>;
export const VerifyPickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickupProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupVerified"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<VerifyPickupMutation, VerifyPickupMutationVariables>;
export const PickupPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickupPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickupProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverBy"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyPickedUpError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PickupPreviewQuery, PickupPreviewQueryVariables>;
export const ResendPickupCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPickupCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPickupCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResendPickupCodeMutation, ResendPickupCodeMutationVariables>;
export const RegeneratePickupCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegeneratePickupCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regeneratePickupCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"qrToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupCodeResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCodeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupCodeFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RegeneratePickupCodeMutation, RegeneratePickupCodeMutationVariables>;
export const PickupAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickupAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PickupAttemptsQuery, PickupAttemptsQueryVariables>;
export const MyPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPoints"}}]}}]} as unknown as DocumentNode<MyPointsQuery, MyPointsQueryVariables>;
export const ProductPicturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPictures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"jpg"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"JPEG"}}]}]}}]}}]}}]} as unknown as DocumentNode<ProductPicturesQuery, ProductPicturesQueryVariables>;
export const SetProductPicturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProductPictures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pictureIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProductPictures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pictureIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pictureIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetProductPicturesMutation, SetProductPicturesMutationVariables>;
export const CreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"couponKind"}}]}}]}}]} as unknown as DocumentNode<CreatePromotionMutation, CreatePromotionMutationVariables>;
export const LaunchPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaunchPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<LaunchPromotionMutation, LaunchPromotionMutationVariables>;
export const StopPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}}]}}]}}]} as unknown as DocumentNode<StopPromotionMutation, StopPromotionMutationVariables>;
export const ClaimCouponDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimCoupon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promotionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promotionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotClaimableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimCouponMutation, ClaimCouponMutationVariables>;
export const CouponCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"totalLimit"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]} as unknown as DocumentNode<CouponCentreQuery, CouponCentreQueryVariables>;
export const MyCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyCouponsQuery, MyCouponsQueryVariables>;
export const PromotedCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromotedCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFen"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storeBp"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponNotUsableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"shortFen"}}]}}]}}]}}]} as unknown as DocumentNode<PromotedCheckoutMutation, PromotedCheckoutMutationVariables>;
export const CouponCentreForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponCentreFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skuIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponCentre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skuIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skuIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]} as unknown as DocumentNode<CouponCentreForQuery, CouponCentreForQueryVariables>;
export const PromoterCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromoterCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoterCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CentreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PromoterCentreQuery, PromoterCentreQueryVariables>;
export const BecomePromoterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BecomePromoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"becomePromoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CentreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CentreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromoterCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"soldFen"}},{"kind":"Field","name":{"kind":"Name","value":"sharePath"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<BecomePromoterMutation, BecomePromoterMutationVariables>;
export const BindReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralBound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoterId"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BindReferralMutation, BindReferralMutationVariables>;
export const RequestCommissionWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCommissionWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"amountFen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transferBillNo"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}}]}}]} as unknown as DocumentNode<RequestCommissionWithdrawalMutation, RequestCommissionWithdrawalMutationVariables>;
export const ApproveCommissionWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCommissionWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transferBillNo"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}}]}}]} as unknown as DocumentNode<ApproveCommissionWithdrawalMutation, ApproveCommissionWithdrawalMutationVariables>;
export const RejectCommissionWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCommissionWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCommissionWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transferBillNo"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}}]}}]} as unknown as DocumentNode<RejectCommissionWithdrawalMutation, RejectCommissionWithdrawalMutationVariables>;
export const CommissionWithdrawalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionWithdrawals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notSeen"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"notSeen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notSeen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}},{"kind":"Field","name":{"kind":"Name","value":"failureSeenAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transferBillNo"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}},{"kind":"Field","name":{"kind":"Name","value":"promoterName"}}]}}]} as unknown as DocumentNode<CommissionWithdrawalsQuery, CommissionWithdrawalsQueryVariables>;
export const MarkWithdrawalFailureSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkWithdrawalFailureSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markWithdrawalFailureSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"failureSeenAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<MarkWithdrawalFailureSeenMutation, MarkWithdrawalFailureSeenMutationVariables>;
export const SetCommissionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommissionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommissionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}}]}}]} as unknown as DocumentNode<SetCommissionRuleMutation, SetCommissionRuleMutationVariables>;
export const SetReferralBindDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferralBindDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferralBindDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<SetReferralBindDaysMutation, SetReferralBindDaysMutationVariables>;
export const ReleaseDueCommissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseDueCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseDueCommissions"}}]}}]} as unknown as DocumentNode<ReleaseDueCommissionsMutation, ReleaseDueCommissionsMutationVariables>;
export const CommissionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"promoterId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"keptNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"commissionFen"}},{"kind":"Field","name":{"kind":"Name","value":"frozenFen"}},{"kind":"Field","name":{"kind":"Name","value":"availableFen"}}]}}]}}]} as unknown as DocumentNode<CommissionReportQuery, CommissionReportQueryVariables>;
export const PromotersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Promoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PromotersQuery, PromotersQueryVariables>;
export const ReferralBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralBound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralBound"}}]}}]} as unknown as DocumentNode<ReferralBoundQuery, ReferralBoundQueryVariables>;
export const ShareCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<ShareCodeMutation, ShareCodeMutationVariables>;
export const ShareSceneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareScene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scene"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareScene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scene"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scene"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoterCode"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}}]}}]}}]} as unknown as DocumentNode<ShareSceneQuery, ShareSceneQueryVariables>;
export const StaffLinkTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLinkToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLinkToken"}}]}}]} as unknown as DocumentNode<StaffLinkTokenMutation, StaffLinkTokenMutationVariables>;
export const LinkStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<LinkStaffAccountMutation, LinkStaffAccountMutationVariables>;
export const StaffLinkCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"qrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StaffLinkCodeMutation, StaffLinkCodeMutationVariables>;
export const StaffAccountLinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccountLinked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccountLinked"}}]}}]} as unknown as DocumentNode<StaffAccountLinkedQuery, StaffAccountLinkedQueryVariables>;
export const FailedWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetried"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetried"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetried"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retriedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FailedWorkQuery, FailedWorkQueryVariables>;
export const RetryFailedWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retriedBy"}}]}}]}}]} as unknown as DocumentNode<RetryFailedWorkMutation, RetryFailedWorkMutationVariables>;
export const NearbyStoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearbyStores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilmentType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearbyStores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"fulfilment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliversHere"}},{"kind":"Field","name":{"kind":"Name","value":"canPickup"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NearbyStoresQuery, NearbyStoresQueryVariables>;
export const AvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Availability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLineInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilmentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}},{"kind":"Argument","name":{"kind":"Name","value":"fulfilment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fulfilment"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailabilityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliversHere"}},{"kind":"Field","name":{"kind":"Name","value":"canPickup"}},{"kind":"Field","name":{"kind":"Name","value":"hasAllLines"}},{"kind":"Field","name":{"kind":"Name","value":"canServeCart"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownSkuError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityQuery, AvailabilityQueryVariables>;
export const RouteCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownSkuError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"skuIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}}]}}]}}]}}]} as unknown as DocumentNode<RouteCartQuery, RouteCartQueryVariables>;
export const OrderNextActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNextActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}}]}}]}}]} as unknown as DocumentNode<OrderNextActionsQuery, OrderNextActionsQueryVariables>;
export const StoreOpeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMoment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromToday"}}]}}]} as unknown as DocumentNode<StoreOpeningQuery, StoreOpeningQueryVariables>;
export const RouteTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteTermsQuery, RouteTermsQueryVariables>;
export const NearbyTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearbyTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearbyStores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"deliversHere"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NearbyTermsQuery, NearbyTermsQueryVariables>;
export const OrderCanRequestAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCanRequestAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestAfterSale"}}]}}]}}]} as unknown as DocumentNode<OrderCanRequestAfterSaleQuery, OrderCanRequestAfterSaleQueryVariables>;
export const CreateSplitRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSplitRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSplitRuleSetMutation, CreateSplitRuleSetMutationVariables>;
export const UpdateSplitRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSplitRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSplitRuleSetMutation, UpdateSplitRuleSetMutationVariables>;
export const PublishSplitRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSplitRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSetRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"otherRuleName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishSplitRuleSetMutation, PublishSplitRuleSetMutationVariables>;
export const SplitRuleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SplitRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitRuleSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"referringStoreBp"}},{"kind":"Field","name":{"kind":"Name","value":"hqBp"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}}]}}]}}]} as unknown as DocumentNode<SplitRuleSetsQuery, SplitRuleSetsQueryVariables>;
export const PreviewSplitRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSplitRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSplitRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmountFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqPromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storePromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeDiscountShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]} as unknown as DocumentNode<PreviewSplitRuleSetQuery, PreviewSplitRuleSetQueryVariables>;
export const SettlementReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"businessDay"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessDay"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqRevenueFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoreSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundFen"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillingShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"referringShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"hqPromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storePromotionCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"storeDiscountShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"netPayableFen"}}]}}]} as unknown as DocumentNode<SettlementReportQuery, SettlementReportQueryVariables>;
export const SaveStoreGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveStoreGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveStoreGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<SaveStoreGroupMutation, SaveStoreGroupMutationVariables>;
export const BindHomeStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindHomeStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindHomeStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BindingFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"newlyBound"}}]}}]} as unknown as DocumentNode<BindHomeStoreMutation, BindHomeStoreMutationVariables>;
export const OrderProfitSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderProfitSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profitSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfitSharingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfitSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfitSharingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<OrderProfitSharingQuery, OrderProfitSharingQueryVariables>;
export const ProfitSharingIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfitSharingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profitSharingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfitSharingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfitSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfitSharingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<ProfitSharingIssuesQuery, ProfitSharingIssuesQueryVariables>;
export const RetryProfitSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryProfitSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryProfitSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfitSharingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfitSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfitSharingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RetryProfitSharingMutation, RetryProfitSharingMutationVariables>;
export const SetStoreProfitSharingAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStoreProfitSharingAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStoreProfitSharingAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}]}]}}]} as unknown as DocumentNode<SetStoreProfitSharingAccountMutation, SetStoreProfitSharingAccountMutationVariables>;
export const BindShopperToStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindShopperToStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindShopperToStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BindingFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"newlyBound"}}]}}]} as unknown as DocumentNode<BindShopperToStoreMutation, BindShopperToStoreMutationVariables>;
export const BindShopperToStoreFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindShopperToStoreFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindShopperToStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomeStoreBinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"boundAt"}},{"kind":"Field","name":{"kind":"Name","value":"newlyBound"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BindShopperToStoreFullMutation, BindShopperToStoreFullMutationVariables>;
export const StoreGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"storeIds"}}]}}]}}]} as unknown as DocumentNode<StoreGroupsQuery, StoreGroupsQueryVariables>;
export const IssueMemberCodeSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"digits"}},{"kind":"Field","name":{"kind":"Name","value":"stepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<IssueMemberCodeSecretMutation, IssueMemberCodeSecretMutationVariables>;
export const RevokeMemberCodeSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMemberCodeSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMemberCodeSecret"}}]}}]} as unknown as DocumentNode<RevokeMemberCodeSecretMutation, RevokeMemberCodeSecretMutationVariables>;
export const MyAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<MyAddressesQuery, MyAddressesQueryVariables>;
export const SaveAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]} as unknown as DocumentNode<SaveAddressMutation, SaveAddressMutationVariables>;
export const DeleteAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddressDeleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressId"}},{"kind":"Field","name":{"kind":"Name","value":"newDefaultId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const RequestAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAfterSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleNotAllowedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"openAfterSaleId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RequestAfterSaleMutation, RequestAfterSaleMutationVariables>;
export const ApproveAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleAlreadyDecidedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ApproveAfterSaleMutation, ApproveAfterSaleMutationVariables>;
export const DeclineAfterSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAfterSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAfterSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAfterSaleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleAlreadyDecidedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineAfterSaleMutation, DeclineAfterSaleMutationVariables>;
export const StoreAfterSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreAfterSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSaleState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeAfterSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<StoreAfterSalesQuery, StoreAfterSalesQueryVariables>;
export const OrderAfterSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAfterSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AfterSaleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AfterSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AfterSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<OrderAfterSalesQuery, OrderAfterSalesQueryVariables>;
export const ShopProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inStockOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"inStockOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inStockOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ShopProductsQuery, ShopProductsQueryVariables>;
export const SearchProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;
export const ShopCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCheckoutMutation, ShopCheckoutMutationVariables>;
export const PickupSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickupSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlotFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<PickupSlotsQuery, PickupSlotsQueryVariables>;
export const SlotCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlotCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickupDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlotUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlotFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickupSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<SlotCheckoutMutation, SlotCheckoutMutationVariables>;
export const RefusalCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefusalCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupInstead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupInsteadFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowMinimumOrderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"shortFen"}},{"kind":"Field","name":{"kind":"Name","value":"pickupInstead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupInsteadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupInsteadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefusalCheckoutMutation, RefusalCheckoutMutationVariables>;
export const RouteCartInsteadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteCartInstead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoStoreAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupInstead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PickupInsteadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PickupInsteadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutedToStore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RouteCartInsteadQuery, RouteCartInsteadQueryVariables>;
export const MyOrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrderEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrderEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"afterSaleId"}}]}}]}}]} as unknown as DocumentNode<MyOrderEventsSubscription, MyOrderEventsSubscriptionVariables>;
export const MyOrderPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrderPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrderPageQuery, MyOrderPageQueryVariables>;
export const SubscribeTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscribeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]} as unknown as DocumentNode<SubscribeTemplatesQuery, SubscribeTemplatesQueryVariables>;
export const AcceptSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSubscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeTemplate"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]} as unknown as DocumentNode<AcceptSubscriptionsMutation, AcceptSubscriptionsMutationVariables>;
export const StaffMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<StaffMeQuery, StaffMeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const DisableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<DisableStaffMutation, DisableStaffMutationVariables>;
export const EnableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<EnableStaffMutation, EnableStaffMutationVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const ResetStaffPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<ResetStaffPinMutation, ResetStaffPinMutationVariables>;
export const SetMyPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]} as unknown as DocumentNode<SetMyPinMutation, SetMyPinMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffSessionRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const EnrollDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}}]}}]} as unknown as DocumentNode<EnrollDeviceMutation, EnrollDeviceMutationVariables>;
export const DevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Devices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}}]}}]} as unknown as DocumentNode<DevicesQuery, DevicesQueryVariables>;
export const RevokeDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}}]}}]} as unknown as DocumentNode<RevokeDeviceMutation, RevokeDeviceMutationVariables>;
export const CounterDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDeviceInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"storeName"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clerks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPin"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUnlockAt"}}]}}]} as unknown as DocumentNode<CounterDeviceQuery, CounterDeviceQueryVariables>;
export const UnlockWithPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockWithPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PinUnlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockWithPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffSessionRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidPinError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}}]}}]}}]} as unknown as DocumentNode<UnlockWithPinMutation, UnlockWithPinMutationVariables>;
export const StaffAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAuditLogQuery, StaffAuditLogQueryVariables>;
export const PickupLockoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickupLockouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupLockouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<PickupLockoutsQuery, PickupLockoutsQueryVariables>;
export const UnlockPickupLockoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockPickupLockout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockPickupLockout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}]}}]} as unknown as DocumentNode<UnlockPickupLockoutMutation, UnlockPickupLockoutMutationVariables>;
export const SignInLockoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInLockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInLockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInLockoutsQuery, SignInLockoutsQueryVariables>;
export const UnlockSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInLockScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}]}]}}]} as unknown as DocumentNode<UnlockSignInMutation, UnlockSignInMutationVariables>;
export const StoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Store"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wgs"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<StoreQuery, StoreQueryVariables>;
export const StoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StoresQuery, StoresQueryVariables>;
export const CreateStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidZoneError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wgs"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<CreateStoreMutation, CreateStoreMutationVariables>;
export const UpdateStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoreRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoreRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minOrderFen"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFeeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToM"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryZone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wgs"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"WGS84"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"EnumValue","value":"GCJ02"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<UpdateStoreMutation, UpdateStoreMutationVariables>;
export const ImportStoreNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportStoreNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featureCollection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStoreNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"featureCollection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featureCollection"}}},{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkImported"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkImportRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"featureErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportStoreNetworkMutation, ImportStoreNetworkMutationVariables>;
export const StoreNetworkImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StoreNetworkImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeNetworkImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<StoreNetworkImportProgressSubscription, StoreNetworkImportProgressSubscriptionVariables>;