// 付费会员 as plain values: a plan's benefits, the time a purchase buys (a new purchase starts where the running one
// ends), the pro rata refund, and how paid benefits meet level benefits in the pricing pipeline. Pure.
import type { FreeDelivery, PricingInput } from '../pricing/pricing.types';
import { lowestLinePrice } from '../pricing/flash-price';
import { memberLinePrice, type CategoryPrice, type LevelTerms } from './levels';

export const DAY_MS = 86_400_000;

/** What a paid plan grants: the level benefits that price (member price, 会员包邮) and the points multiplier. */
export interface PlanBenefits {
  memberPriceBp: number;
  categoryPrices: readonly CategoryPrice[];
  pointsMultiplierBp: number;
  freeDeliveryThresholdFen: number | null;
}

/** The paid membership a shopper holds now: the purchase that runs at this moment and what it grants. */
export interface PaidTerms extends PlanBenefits {
  purchaseId: string;
  planName: string;
}

/**
 * When a purchase paid at `paidAt` runs: from the payment, or from the end of the time already bought (buying again
 * extends, it never overlaps); `duration` whole days.
 */
export function purchaseWindow(paidAt: Date, runningEnd: Date | null, durationDays: number): { startsAt: Date; endsAt: Date } {
  const start = runningEnd && runningEnd.getTime() > paidAt.getTime() ? runningEnd : paidAt;
  return { startsAt: start, endsAt: new Date(start.getTime() + durationDays * DAY_MS) };
}

/** Whole days of the purchase used by `at`: a day begun counts as used (its benefits were there); 0 before it starts. */
export function usedDays(startsAt: Date, durationDays: number, at: Date): number {
  const ms = at.getTime() - startsAt.getTime();
  if (ms <= 0) return 0;
  return Math.min(durationDays, Math.ceil(ms / DAY_MS));
}

/**
 * The refund for a purchase ended at `at`: the price times the unused share of its days, rounded DOWN to the fen
 * (integer arithmetic: never a fen more than the unused days are worth).
 */
export function proRataRefund(p: { priceFen: number; durationDays: number; startsAt: Date }, at: Date): number {
  const unused = p.durationDays - usedDays(p.startsAt, p.durationDays, at);
  return Number((BigInt(p.priceFen) * BigInt(unused)) / BigInt(p.durationDays));
}

/** A plan's benefits as level terms (HQ funds them: the membership's revenue is HQ's), so one pricing rule serves both. */
export function planAsTerms(p: PaidTerms): LevelTerms {
  return {
    id: p.purchaseId,
    name: p.planName,
    growthThreshold: 0,
    memberPriceBp: p.memberPriceBp,
    categoryPrices: p.categoryPrices,
    pointsMultiplierBp: p.pointsMultiplierBp,
    freeDeliveryThresholdFen: p.freeDeliveryThresholdFen,
    monthlyCouponId: null,
    birthdayCouponId: null,
    funder: { kind: 'HQ' },
  };
}

function hasMemberPrice(t: Pick<LevelTerms, 'memberPriceBp' | 'categoryPrices'>): boolean {
  return t.memberPriceBp > 0 || t.categoryPrices.some((c) => c.offBp > 0);
}

/**
 * What a member's level and paid membership add to a pricing input, the better of the two per benefit: per line the
 * lower member price (each keeps its own funder), the lower 会员包邮 threshold. No stacking: a member never gets the
 * level's percentage and the plan's on the same line. Neither: an empty object.
 */
export function memberBenefitPricing(
  level: LevelTerms | undefined,
  paid: PaidTerms | undefined,
): Pick<PricingInput, 'linePrice' | 'freeDelivery'> {
  const sources = [level, paid && planAsTerms(paid)].filter((t): t is LevelTerms => !!t);
  const linePrice = lowestLinePrice(sources.filter(hasMemberPrice).map(memberLinePrice));
  let free: FreeDelivery | undefined;
  for (const t of sources) {
    if (t.freeDeliveryThresholdFen === null) continue;
    if (!free || t.freeDeliveryThresholdFen < free.thresholdFen)
      free = { promotionId: t.id, thresholdFen: t.freeDeliveryThresholdFen, funder: t.funder };
  }
  return { ...(linePrice ? { linePrice } : {}), ...(free ? { freeDelivery: free } : {}) };
}

/** The points multiplier of a member: the higher of the level's and the plan's. */
export function pointsMultiplierOf(level: Pick<LevelTerms, 'pointsMultiplierBp'> | undefined, paid: PlanBenefits | undefined): number {
  return Math.max(10_000, level?.pointsMultiplierBp ?? 10_000, paid?.pointsMultiplierBp ?? 10_000);
}
