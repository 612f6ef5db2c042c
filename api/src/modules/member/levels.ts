// Member levels as plain values: which level a growth value reaches, the next one, and each level's benefits as the
// pricing pipeline takes them (member price per category, 会员包邮). Pure; the quote, the checkout and the counter
// sale all price a member through memberBenefitPricing() (paid-plans.ts, with the paid membership), so a member pays the same online and at the counter.
import type { CartLine, Funder, LinePrice } from '../pricing/pricing.types';

export interface CategoryPrice {
  categoryId: string;
  /** Off the unit price for this category, in basis points; 0 = no member price on it. */
  offBp: number;
}

export interface LevelTerms {
  id: string;
  name: string;
  /** The growth a member needs to be on this level (the lowest level usually 0: every shopper). */
  growthThreshold: number;
  /** Off the unit price of every category without its own entry, in basis points. */
  memberPriceBp: number;
  categoryPrices: readonly CategoryPrice[];
  /** Points per award ×(bp / 10000): 10000 = ×1, 15000 = ×1.5. */
  pointsMultiplierBp: number;
  /** Goods (at member prices) from which delivery is free; null = none. */
  freeDeliveryThresholdFen: number | null;
  monthlyCouponId: string | null;
  birthdayCouponId: string | null;
  funder: Funder;
}

/** Growth for an order with this much paid and kept: whole yuan, rounded down (as points, before the multiplier). */
export function growthFor(paidFen: number): number {
  return Math.max(0, Math.floor(paidFen / 100));
}

/** The highest level the growth reaches; undefined below every threshold (or with no levels). */
export function levelFor<L extends Pick<LevelTerms, 'growthThreshold'>>(levels: readonly L[], growth: number): L | undefined {
  let best: L | undefined;
  for (const l of levels) if (l.growthThreshold <= growth && (!best || l.growthThreshold > best.growthThreshold)) best = l;
  return best;
}

/** The lowest level above the growth; undefined at the top. */
export function nextLevel<L extends Pick<LevelTerms, 'growthThreshold'>>(levels: readonly L[], growth: number): L | undefined {
  let next: L | undefined;
  for (const l of levels) if (l.growthThreshold > growth && (!next || l.growthThreshold < next.growthThreshold)) next = l;
  return next;
}

/** The member unit price: the share off rounded down to the fen (the shopper never pays less than the rule says). */
export function memberUnitPrice(unitPriceFen: number, offBp: number): number {
  const bp = Math.min(10_000, Math.max(0, offBp));
  return unitPriceFen - Number((BigInt(unitPriceFen) * BigInt(bp)) / 10_000n);
}

/** The level's share off for a line's category: the category's own entry, else the level's default. */
export function offBpFor(level: Pick<LevelTerms, 'memberPriceBp' | 'categoryPrices'>, categoryId: string | null): number {
  const own = categoryId === null ? undefined : level.categoryPrices.find((c) => c.categoryId === categoryId);
  return own ? own.offBp : level.memberPriceBp;
}

/** The pipeline's line price rule for a level: a MEMBER_PRICE adjustment on every line its categories cover. */
export function memberLinePrice(level: LevelTerms): (line: CartLine) => LinePrice | undefined {
  return (line) => {
    const offBp = offBpFor(level, line.categoryId);
    if (offBp <= 0) return undefined;
    return { kind: 'MEMBER_PRICE', promotionId: level.id, unitPriceFen: memberUnitPrice(line.unitPriceFen, offBp), funder: level.funder };
  };
}
