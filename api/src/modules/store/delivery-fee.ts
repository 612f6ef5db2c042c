// A store's delivery fee tiers: what they may be, and what a delivery this far costs. Checkout prices with it and
// the routing answers quote it, so the apps never work a fee out themselves.
export interface FeeTier {
  /** The tier covers distances up to and including this many metres. */
  upToM: number;
  feeFen: number;
}

/** Tiers must ascend strictly by distance and charge whole, non-negative fen. */
export function feeTierProblem(tiers: readonly FeeTier[]): string | undefined {
  if (tiers.length === 0) return 'at least one delivery fee tier is needed';
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if (!Number.isInteger(t.upToM) || t.upToM <= 0) return `tier ${i + 1}: upToM must be a positive whole number of metres`;
    if (!Number.isInteger(t.feeFen) || t.feeFen < 0) return `tier ${i + 1}: feeFen must be a whole number of fen, at least 0`;
    if (i > 0 && t.upToM <= tiers[i - 1]!.upToM) return `tier ${i + 1}: upToM must be greater than the tier before`;
  }
  return undefined;
}

/** The first tier reaching the distance; the last tier also covers anything beyond it (the zone bounds reach). */
export function deliveryFee(tiers: readonly FeeTier[], distanceM: number): number {
  const tier = tiers.find((t) => distanceM <= t.upToM) ?? tiers[tiers.length - 1];
  if (!tier) throw new Error('a store without delivery fee tiers');
  return tier.feeFen;
}

/**
 * Orders the parts of a split delivery so the one paying the fee comes first: the most goods, then the nearest.
 * The shopper did not ask for the split, so they pay one fee, by that store's tiers and distance.
 */
export function leadFirst(a: { goodsFen: number; distanceM: number }, b: { goodsFen: number; distanceM: number }): number {
  return b.goodsFen - a.goodsFen || a.distanceM - b.distanceM;
}
