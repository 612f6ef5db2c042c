// The checkout quote: the cart routed and priced exactly as placing it would be (checkout-pricing.ts), written nowhere,
// with every adjustment, why each promotion did not apply, and the shopper's coupons tried on the cart.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import type { Adjustment, Coupon, NotApplied } from '../pricing/pricing.types';
import type { LevelBook } from '../member/level-book';
import type { CampaignBook } from '../promotion/campaign-book';
import { availableCouponsOf } from '../promotion/checkout-promotions';
import { flashItemFor } from '../promotion/flash-checkout';
import { flashCovers } from './flash-buy';
import { groupBuyFor } from '../promotion/group-checkout';
import { groupPrice } from './checkout.service';
import { CouponNotUsableError, CouponProblem } from '../promotion/promotion.errors';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { normaliseLines } from '../routing/routing-rules';
import type { RoutingService } from '../routing/routing.service';
import { NoStoreAvailable, RoutedToStore, SplitProposal } from '../routing/routing.types';
import { priceAtCounter, priceRouted, shortOfMinimum, type CounterAsk, type RoutedPricing } from './checkout-pricing';
import { CheckoutQuote, type CheckoutQuoteInput, QuoteAdjustment, QuoteCoupon } from './checkout-quote.types';
import { BelowMinimumOrderError } from './order.errors';
import { withSavedAddress } from './checkout.service';
import { AddressNotFoundError } from '../address/address.types';
import type { PriceBook } from './price-book';

export class CheckoutQuoteService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly routing: RoutingService,
    private readonly priceBook: PriceBook,
    private readonly campaigns: CampaignBook,
    private readonly levels: LevelBook,
  ) {}

  async quote(shopperId: string, asked: CheckoutQuoteInput) {
    const input = await withSavedAddress(this.em, shopperId, asked);
    if (input instanceof AddressNotFoundError) return input;
    if (input.fulfilment === 'DELIVERY' && !input.location) throw badUserInput('DELIVERY needs the address point (location)', 'location');
    const route = await this.routing.route(
      {
        lines: input.lines,
        fulfilment: input.fulfilment,
        location: input.location,
        storeId: input.storeId,
        scheduledAt: input.scheduledAt,
      },
      { checkSkus: false },
    );
    if (!(route instanceof RoutedToStore) && !(route instanceof SplitProposal)) {
      const normalised = normaliseLines(input.lines);
      const unknown = normalised.ok && (await this.routing.unknownSkus(normalised.lines));
      if (unknown) return unknown;
      if (route instanceof NoStoreAvailable) route.pickupInstead = await this.routing.pickupInstead(input);
      return route;
    }
    // 秒杀: the flash price when the item can be bought now at the store the cart goes to (the checkout refuses otherwise).
    const item = input.flashItemId ? await flashItemFor(this.em, input.flashItemId, this.clock.now(), input.lines) : undefined;
    const flash =
      typeof item === 'object' && flashCovers(item, route)
        ? { id: item.id, skuId: item.sku_id, storeId: item.store_id, priceFen: item.price_fen }
        : undefined;
    // 拼团: the group price when the offer (and group) can be had at the group's store, as the checkout checks.
    const group = input.groupOfferId
      ? await groupBuyFor(
          this.em,
          { offerId: input.groupOfferId, groupId: input.groupId, storeId: input.storeId, fulfilment: input.fulfilment },
          this.clock.now(),
          input.lines,
        )
      : undefined;
    const groupBuy = typeof group === 'object' ? groupPrice(group) : undefined;
    const ask = { shopperId, fulfilment: input.fulfilment, couponId: input.couponId, usePoints: input.usePoints, flash, groupBuy };
    const books = { priceBook: this.priceBook, campaigns: this.campaigns, levels: this.levels };
    let pricing = await priceRouted(this.em, books, this.clock.now(), route, ask, false);
    // As the checkout does: a refusal is only given on figures read just now.
    const refusal = (o: typeof pricing.outcome) =>
      o instanceof UnknownSkuError || (!(o instanceof CouponNotUsableError) && shortOfMinimum(o, input.fulfilment));
    if (pricing.cached && refusal(pricing.outcome)) pricing = await priceRouted(this.em, books, this.clock.now(), route, ask, true);
    const routed = pricing.outcome;
    if (routed instanceof UnknownSkuError || routed instanceof CouponNotUsableError) return routed;
    const short = shortOfMinimum(routed, input.fulfilment);
    if (short) {
      const refused: BelowMinimumOrderError = BelowMinimumOrderError.of(short.storeId, short.minimumFen, routed.priced.goodsFen);
      refused.pickupInstead = await this.routing.pickupInstead(input);
      return refused;
    }
    return this.answer(
      routed,
      await availableCouponsOf(this.em, shopperId),
      flash ? { id: flash.id, name: '秒杀' } : groupBuy && { id: groupBuy.id, name: '拼团' },
    );
  }

  /**
   * The counter's cart at the clerk's store, priced as the counter sale will charge it: the counter's promotions,
   * and, when a member was scanned, their line prices (member price), counter coupons and points.
   */
  async quoteAtCounter(ask: CounterAsk): Promise<CheckoutQuote | UnknownSkuError | CouponNotUsableError> {
    let pricing = await priceAtCounter(
      this.em,
      { priceBook: this.priceBook, campaigns: this.campaigns, levels: this.levels },
      this.clock.now(),
      ask,
      false,
    );
    if (pricing.cached && pricing.outcome instanceof UnknownSkuError) {
      pricing = await priceAtCounter(
        this.em,
        { priceBook: this.priceBook, campaigns: this.campaigns, levels: this.levels },
        this.clock.now(),
        ask,
        true,
      );
    }
    const routed = pricing.outcome;
    if (routed instanceof UnknownSkuError || routed instanceof CouponNotUsableError) return routed;
    const held = ask.member ? (await availableCouponsOf(this.em, ask.member.shopperId)).filter((c) => c.channel !== 'ONLINE') : [];
    return this.answer(routed, held);
  }

  private answer(routed: RoutedPricing, held: Coupon[], flash?: { id: string; name: string }): CheckoutQuote {
    const { priced, asked } = routed;
    const names = new Map<string, string>();
    for (const p of [...asked.fullReductions, ...held, ...(asked.coupon ? [asked.coupon] : [])]) {
      names.set('templateId' in p ? p.templateId : p.id, p.name);
    }
    if (flash) names.set(flash.id, flash.name);
    if (routed.level) names.set(routed.level.id, routed.level.name);
    if (routed.paid) names.set(routed.paid.purchaseId, routed.paid.planName);
    const adjustment = (a: Adjustment) =>
      Object.assign(new QuoteAdjustment(), {
        kind: a.kind,
        promotionId: a.promotionId,
        promotionName: a.promotionId ? (names.get(a.promotionId) ?? null) : null,
        amountFen: a.amountFen,
        funder: a.funder,
      });
    const coupons = this.tryCoupons(routed, held);
    return Object.assign(new CheckoutQuote(), {
      goodsFen: priced.goodsFen,
      deliveryFeeFen: priced.deliveryFeeFen,
      discountFen: priced.discountFen,
      pointsUsed: priced.pointsUsed,
      pointsFen: priced.pointsFen,
      totalFen: priced.totalFen,
      orders: priced.orders.map((o) => ({
        storeId: o.storeId,
        distanceM: Math.round(o.distanceM),
        goodsFen: o.goodsFen,
        deliveryFeeFen: o.deliveryFeeFen,
        discountFen: o.discountFen,
        pointsFen: o.pointsFen,
        totalFen: o.totalFen,
        lines: o.lines.map((l) => ({
          skuId: l.skuId,
          skuCode: l.skuCode,
          name: l.name,
          unitPriceFen: l.unitPriceFen,
          quantity: l.quantity,
          discountFen: l.discountFen ?? 0,
          pointsFen: l.pointsFen ?? 0,
          netFen: l.unitPriceFen * l.quantity - (l.discountFen ?? 0) - (l.pointsFen ?? 0),
          adjustments: (l.adjustments ?? []).map(adjustment),
        })),
        deliveryAdjustments: o.deliveryAdjustments.map(adjustment),
      })),
      applied: priced.applied.map((a) => ({ ...a, name: a.promotionId ? (names.get(a.promotionId) ?? null) : null })),
      notApplied: priced.notApplied.map((n) => ({
        kind: n.kind,
        promotionId: n.promotionId,
        name: names.get(n.promotionId) ?? null,
        code: n.code as CouponProblem,
        message: n.message,
        shortFen: n.shortFen ?? null,
        offFen: n.offFen ?? null,
      })),
      coupons,
      bestCouponId: coupons.find((c) => c.best)?.couponId ?? null,
    });
  }

  /**
   * Each available coupon priced on the same parts with the same 满减 and points, through the same pipeline: its
   * saving is what it takes off there. The best saves the most (ties: the one that expires first).
   */
  private tryCoupons(routed: RoutedPricing, held: Coupon[]): QuoteCoupon[] {
    const tried = held.map((coupon) => {
      const priced = routed.reprice({ ...routed.asked, coupon });
      const no: NotApplied | undefined = priced.notApplied.find((n) => n.kind === 'COUPON');
      const savingFen = priced.applied.filter((a) => a.kind === 'COUPON').reduce((s, a) => s + a.amountFen, 0);
      return Object.assign(new QuoteCoupon(), {
        couponId: coupon.id,
        templateId: coupon.templateId,
        name: coupon.name,
        usable: !no && savingFen > 0,
        best: false,
        savingFen: no ? 0 : savingFen,
        problem: no ? (no.code as CouponProblem) : null,
        message: no?.message ?? null,
        shortFen: no?.shortFen ?? null,
        validUntil: coupon.endsAt,
      });
    });
    const ranked = [...tried.filter((c) => c.usable).sort((a, b) => b.savingFen - a.savingFen), ...tried.filter((c) => !c.usable)];
    if (ranked[0]?.usable) ranked[0].best = true;
    return ranked;
  }
}
