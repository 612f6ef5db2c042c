// The plain values the pricing pipeline reads and answers: carts, promotions, coupons, points, adjustments.

/** Who bears a discount: HQ, the store that fulfils the line, or a split (the store's share in basis points). */
export type Funder = { kind: 'HQ' } | { kind: 'STORE' } | { kind: 'SPLIT'; storeBp: number };

export type Channel = 'ONLINE' | 'COUNTER';
export type ChannelScope = Channel | 'BOTH';

/** Which lines a promotion covers; an empty list means no restriction on that axis. */
export interface Scope {
  categoryIds: readonly string[];
  skuIds: readonly string[];
  storeIds: readonly string[];
}

export interface CartLine {
  /** The caller's key for the line (unique in the cart). */
  key: string;
  storeId: string;
  skuId: string;
  categoryId: string | null;
  unitPriceFen: number;
  quantity: number;
}

/** A store part's delivery fee before any 运费券. */
export interface Delivery {
  storeId: string;
  feeFen: number;
}

/** A line price rule's answer for one line (member price now, flash price later): its unit price and who funds the difference. */
export interface LinePrice {
  /** MEMBER_PRICE for a member level's price (promotionId is the level), LINE_PRICE (the default) for others. */
  kind?: 'LINE_PRICE' | 'MEMBER_PRICE';
  promotionId: string;
  unitPriceFen: number;
  funder: Funder;
  /**
   * A price that is a promotion of its own (秒杀, 拼团: the name the shopper reads): the line then takes no 满减 and no
   * coupon and does not count toward their thresholds. Absent for member prices, which stack.
   */
  alone?: string;
}

/** What a promotion may be combined with on one order (stacking classes); absent: with everything. */
export type StackClass = 'FULL_REDUCTION' | 'COUPON';

interface PromotionBase {
  id: string;
  /**
   * The classes it stacks with. A coupon and a 满减 combine only when each names the other's class; when they do
   * not, the coupon the shopper chose wins and the 满减 says why it was left out (NOT_STACKABLE).
   */
  stacksWith?: readonly StackClass[];
  name: string;
  scope: Scope;
  channel: ChannelScope;
  funder: Funder;
  startsAt: Date | null;
  endsAt: Date | null;
  /** What the campaign may still spend, in fen; undefined = no fen budget. 0 = spent. */
  budgetLeftFen?: number;
}

/** 满减: the highest tier whose threshold the covered goods reach takes its amount off. */
export interface FullReduction extends PromotionBase {
  tiers: readonly { thresholdFen: number; offFen: number }[];
}

export type CouponKind = 'AMOUNT_OFF' | 'PERCENT_OFF' | 'DELIVERY_OFF';

/** A coupon the shopper holds, with its template's terms. */
export interface Coupon extends PromotionBase {
  /** The template (campaign) the coupon is of; `id` is the coupon's own. */
  templateId: string;
  kind: CouponKind;
  /** Goods (in scope, after 满减) the order must reach; 0 for 无门槛券. */
  thresholdFen: number;
  /** AMOUNT_OFF and DELIVERY_OFF: the amount off. */
  offFen: number;
  /** PERCENT_OFF: the share taken off, in basis points (1..10000), up to capFen. */
  offBp: number;
  capFen: number | null;
  used: boolean;
}

export interface PointsTerms {
  /** The shopper's balance. */
  balance: number;
  /** Points worth one fen. */
  pointsPerFen: number;
  /** At most this share of the goods left to pay, in basis points. */
  maxShareBp: number;
  /** At most this many points on one checkout. */
  maxPoints: number;
}

/** 会员包邮: the level (promotionId), the goods it takes, who funds the fee. */
export interface FreeDelivery {
  promotionId: string;
  thresholdFen: number;
  funder: Funder;
}

/** The clerk's discounts on a counter sale (改价, 整单折扣); the store funds them (pricing/clerk-discount.ts). */
export interface ClerkDiscount {
  /** The staff member who gives them: the adjustments' promotionId. */
  staffId: string;
  /** 改价: the unit price the clerk sets on a SKU's line (only a lower one takes effect). */
  linePrices: readonly { skuId: string; unitPriceFen: number }[];
  /** 整单折扣: off the goods left after 满减 and the coupon, a share in basis points or an amount (one of them). */
  orderOff?: { offBp?: number; offFen?: number };
}

export interface PricingInput {
  now: Date;
  channel: Channel;
  lines: readonly CartLine[];
  deliveries: readonly Delivery[];
  /** Line price rules (member, flash): none yet, the hook is here so they run first. */
  linePrice?: (line: CartLine) => LinePrice | undefined;
  /** A member level's free delivery: every delivery fee off when the goods (after line prices) reach the threshold. */
  freeDelivery?: FreeDelivery;
  fullReductions: readonly FullReduction[];
  /** At most one coupon per checkout for now. */
  coupon?: Coupon;
  points?: PointsTerms;
  /** The clerk's 改价 (after the line prices) and 整单折扣 (after the coupon, before points). */
  clerkDiscount?: ClerkDiscount;
  /**
   * What must be left to pay, in fen (1 online: WeChat Pay takes no 0-fen payment, and a checkout's total is above 0):
   * 满减, coupons and points stop short of it. Line price rules do not (they set the price).
   */
  minPayFen?: number;
}

export type AdjustmentKind =
  | 'LINE_PRICE'
  | 'MEMBER_PRICE'
  | 'FREE_DELIVERY'
  | 'FULL_REDUCTION'
  | 'COUPON'
  | 'POINTS'
  /** The clerk's 改价 and 整单折扣 (promotionId: the staff member). */
  | 'CLERK_PRICE'
  | 'CLERK_DISCOUNT';

export interface Adjustment {
  kind: AdjustmentKind;
  /** The promotion or coupon template; null for points. */
  promotionId: string | null;
  amountFen: number;
  funder: Funder;
  /** POINTS only: the points that paid this amount. */
  points?: number;
}

export interface PricedLine extends CartLine {
  grossFen: number;
  adjustments: Adjustment[];
  /** Money the shopper pays for the line: gross less every adjustment, points included. */
  netFen: number;
}

export interface PricedDelivery extends Delivery {
  adjustments: Adjustment[];
  netFen: number;
}

export type NotAppliedCode =
  | 'BELOW_THRESHOLD'
  | 'NOT_FOR_STORE'
  | 'OUT_OF_SCOPE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'USED'
  | 'OTHER_CHANNEL'
  | 'BUDGET_SPENT'
  | 'NO_DELIVERY_FEE'
  | 'NOTHING_LEFT'
  | 'NOT_STACKABLE'
  /** Every line it would cover is at a price that stands alone (秒杀, 拼团): 拼团商品不参与. */
  | 'PROMOTION_PRICE';

export interface NotApplied {
  promotionId: string;
  kind: 'FULL_REDUCTION' | 'COUPON';
  code: NotAppliedCode;
  /** BELOW_THRESHOLD: goods still to add, and what they would take off. */
  shortFen?: number;
  offFen?: number;
  /** The reason as the shopper reads it (还差 ¥12 可减 ¥10). */
  message: string;
}

export interface Applied {
  promotionId: string | null;
  kind: AdjustmentKind;
  amountFen: number;
}

export interface PricedCart {
  lines: PricedLine[];
  deliveries: PricedDelivery[];
  goodsFen: number;
  discountFen: number;
  pointsUsed: number;
  pointsFen: number;
  deliveryFeeFen: number;
  /** Σ line nets + Σ delivery nets: what the shopper pays in money. */
  payFen: number;
  applied: Applied[];
  notApplied: NotApplied[];
}
