// The pricing of a routed cart, shared by placing it (checkout.service.ts) and quoting it (checkout-quote.service.ts),
// so a quote is what the checkout charges: the price book's prices and terms, the shopper's promotions, one pipeline.
import type { EntityManager } from '@mikro-orm/postgresql';
import { WALK_IN_SHOPPER_ID } from '../../common/order-view';
import { UUID, type SqlRider } from '../../common/sql';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { RoutedToStore, type SplitProposal } from '../routing/routing.types';
import type { Channel, PricingInput } from '../pricing/pricing.types';
import type { CampaignBook } from '../promotion/campaign-book';
import type { LevelBook, MemberRead } from '../member/level-book';
import type { LevelTerms } from '../member/levels';
import { memberBenefitPricing, type PaidTerms } from '../member/paid-plans';
import { askedPromotions, type AskedPromotions } from '../promotion/checkout-promotions';
import { CouponNotUsableError, CouponProblem } from '../promotion/promotion.errors';
import { couponRead, pointsRead, type CouponRow } from '../promotion/promotion.repository';
import { priceKey, type StoreTerms } from './checkout.repository';
import type { PriceBook } from './price-book';
import { flashPriceRule, lowestLinePrice, type FlashPriceItem } from '../pricing/flash-price';
import { priceCheckout, type CheckoutPromotions, type PricedCheckout, type StorePart } from './pricing';

export interface RoutedPricing {
  parts: StorePart[];
  terms: Map<string, StoreTerms>;
  /** The promotions asked for plus the member's level benefits (member price, 会员包邮): what the checkout priced with. */
  asked: AskedPromotions & CheckoutPromotions;
  /** The shopper's member level, when the chain has levels and they reach one. */
  level: LevelTerms | undefined;
  /** The paid membership (付费会员) running now, when the shopper holds one. */
  paid: PaidTerms | undefined;
  priced: PricedCheckout;
  /** The same parts priced with other promotions (the quote's coupon picker tries each coupon this way). */
  reprice: (promotions: CheckoutPromotions) => PricedCheckout;
}

/**
 * What pricing reads of the shopper before it can price (the coupon asked for, the member's growth and paid membership,
 * the points balance), built before routing: none depends on the route, so they ride with routing's statement
 * (common/sql-rider.ts) instead of a round trip each after it. Built for the instant pricing then uses (`now`).
 */
export interface ShopperReads {
  coupon?: SqlRider<CouponRow>;
  member?: MemberRead;
  points?: SqlRider<{ n: string }>;
}

export async function shopperReads(
  em: EntityManager,
  levels: LevelBook,
  ask: { shopperId: string; couponId?: string | null; usePoints?: boolean | null },
  now: Date,
): Promise<ShopperReads> {
  return {
    coupon: ask.couponId && UUID.test(ask.couponId) ? couponRead(ask.couponId) : undefined,
    member: await levels.memberRead(em, ask.shopperId, now),
    points: ask.usePoints ? pointsRead(ask.shopperId) : undefined,
  };
}

/** The reads to hand routing as riders. */
export const ridersOf = (reads: ShopperReads): SqlRider<unknown>[] =>
  [reads.coupon, reads.member, reads.points].filter((r): r is SqlRider<never> => r !== undefined);

export interface PricingAsk {
  shopperId: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  couponId?: string | null;
  /** The shopper's reads made before routing, perhaps carried by its statement (shopperReads). */
  reads?: ShopperReads;
  usePoints?: boolean | null;
  /** Where the sale happens (the counter's coupons and 满减 are its own); ONLINE unless said. */
  channel?: Channel;
  /** The line price rule stage (member price): the pipeline's first stage, before 满减, coupons and points. */
  linePrice?: PricingInput['linePrice'];
  /** 秒杀: the flash item the checkout buys (read and checked by the caller). */
  flash?: FlashPriceItem;
  /** The clerk's 改价 and 整单折扣 at the counter (the caller checks the clerk may give them). */
  clerkDiscount?: PricingInput['clerkDiscount'];
  /** 拼团: the offer's group price at the group's store, the same kind of line price rule (read and checked by the caller). */
  groupBuy?: FlashPriceItem;
}

/**
 * Prices the routed parts. `cached` says whether the book answered every figure: a refusal on cached figures
 * is only ever given after a fresh read (the caller prices again with fresh).
 */
export async function priceRouted(
  em: EntityManager,
  books: { priceBook: PriceBook; campaigns: CampaignBook; levels: LevelBook },
  now: Date,
  route: RoutedToStore | SplitProposal,
  ask: PricingAsk,
  fresh: boolean,
): Promise<{ cached: boolean; outcome: RoutedPricing | UnknownSkuError | CouponNotUsableError }> {
  const routedParts =
    route instanceof RoutedToStore ? [{ storeId: route.storeId, distanceM: route.distanceM, lines: route.lines }] : route.parts;
  const pairs = routedParts.flatMap((p) => p.lines.map((l) => ({ storeId: p.storeId, skuId: l.skuId })));
  const { prices, terms, cached } = await books.priceBook.quote(
    em,
    pairs,
    routedParts.map((p) => p.storeId),
    fresh,
    now,
  );
  const unknown = [...new Set(pairs.filter((p) => !prices.has(priceKey(p.storeId, p.skuId))).map((p) => p.skuId))];
  if (unknown.length) return { cached, outcome: UnknownSkuError.of(unknown) };
  const parts: StorePart[] = routedParts.map((p) => ({
    storeId: p.storeId,
    distanceM: p.distanceM,
    lines: p.lines.map((l) => {
      const sku = prices.get(priceKey(p.storeId, l.skuId))!;
      return {
        skuId: l.skuId,
        skuCode: sku.skuCode,
        name: sku.name,
        unitPriceFen: sku.priceFen,
        quantity: l.quantity,
        categoryId: sku.categoryId,
      };
    }),
  }));
  const asked = await askedPromotions(em, books.campaigns, {
    shopperId: ask.shopperId,
    couponId: ask.couponId,
    couponRead: ask.reads?.coupon,
    pointsRead: ask.reads?.points,
    usePoints: ask.usePoints,
    channel: ask.channel ?? 'ONLINE',
    now,
    fresh,
  });
  if ('problem' in asked) {
    const message = asked.problem === 'NOT_YOURS' ? '这张券不属于你' : '没有这张券';
    return { cached, outcome: CouponNotUsableError.of(ask.couponId!, CouponProblem[asked.problem], message) };
  }
  // The member's level and paid membership: no statement in a chain without either, one otherwise. The better of the
  // two per benefit (memberBenefitPricing), the same online and at the counter.
  const { level, paid } = await books.levels.memberOf(em, ask.shopperId, now, fresh, ask.reads?.member);
  const member = memberBenefitPricing(level, paid);
  // Member, flash and group prices (and any the caller adds): the lowest wins on each line. A flash or group price
  // stands alone (no 满减, no coupon on its line: pricing/flash-price.ts).
  const linePrice = lowestLinePrice([
    ...(member.linePrice ? [member.linePrice] : []),
    ...(ask.linePrice ? [ask.linePrice] : []),
    ...(ask.flash ? [flashPriceRule(ask.flash)] : []),
    ...(ask.groupBuy ? [flashPriceRule(ask.groupBuy, '拼团')] : []),
  ]);
  const withMember = { ...asked, ...member, linePrice, clerkDiscount: ask.clerkDiscount };
  const reprice = (promotions: CheckoutPromotions) =>
    priceCheckout(parts, ask.fulfilment, (id) => terms.get(id)!.deliveryFeeTiers, {
      ...promotions,
      linePrice: promotions.linePrice ?? linePrice,
    });
  return { cached, outcome: { parts, terms, asked: withMember, level, paid, priced: reprice(withMember), reprice } };
}

/** The delivery minimum of the lead store (the one that carries the most goods), when the goods fall short of it. */
export function shortOfMinimum(r: RoutedPricing, fulfilment: 'DELIVERY' | 'PICKUP'): { storeId: string; minimumFen: number } | undefined {
  const lead = r.priced.orders[0]!;
  const minimumFen = r.terms.get(lead.storeId)!.minOrderFen;
  return fulfilment === 'DELIVERY' && r.priced.goodsFen < minimumFen ? { storeId: lead.storeId, minimumFen } : undefined;
}

/** A counter's cart: the clerk's store, the lines, and the member scanned (if any) with what they asked to use. */
export interface CounterAsk {
  storeId: string;
  lines: { skuId: string; quantity: number }[];
  member?: { shopperId: string };
  couponId?: string | null;
  usePoints?: boolean | null;
  /** The clerk's 改价 and 整单折扣, already within what HQ granted them. */
  clerkDiscount?: PricingInput['clerkDiscount'];
}

/**
 * Prices a counter cart through the same path as a routed one (one store part, no delivery): channel COUNTER, the
 * member's level and paid membership read by priceRouted as online. A walk-in customer (no member) uses no coupon and no points.
 */
export function priceAtCounter(
  em: EntityManager,
  books: { priceBook: PriceBook; campaigns: CampaignBook; levels: LevelBook },
  now: Date,
  ask: CounterAsk,
  fresh: boolean,
) {
  const route = Object.assign(new RoutedToStore(), { storeId: ask.storeId, distanceM: 0, lines: ask.lines });
  return priceRouted(
    em,
    books,
    now,
    route,
    {
      shopperId: ask.member?.shopperId ?? WALK_IN_SHOPPER_ID,
      fulfilment: 'PICKUP',
      couponId: ask.member ? ask.couponId : null,
      usePoints: ask.member ? ask.usePoints : false,
      channel: 'COUNTER',
      clerkDiscount: ask.clerkDiscount,
    },
    fresh,
  );
}
