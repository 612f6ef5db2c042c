// Who pays for an order's discounts: what each funder bears of the adjustments the order still keeps (after its
// refunds), and the share of those discounts each party would have received had the shopper paid them. Pure.
//
// The ledger splits the money received by HQ's rules (on the lines' nets after discount), then posts each kept
// discount twice: as a cost to its funder (HQ, the fulfilling store, or both by basis points) and as shares to the
// parties by the same rules. So a store whose discount HQ funds is settled as if the shopper paid the list price,
// and a store that funds its own discount bears all of it while HQ keeps its share of the list price.
import { unitShare } from '../pricing/allocate';
import { funderCost } from '../pricing/funder-cost';
import type { Adjustment } from '../pricing/pricing.types';
import { splitOrder, type SplitBucket } from './split-arithmetic';

export interface FundedLine {
  categoryId: string;
  quantity: number;
  refundedQuantity: number;
  adjustments?: readonly Adjustment[];
}

export interface PromotionFunding {
  /** Every adjustment the order keeps, points included: what the shares below add up to. */
  keptFen: number;
  /** Discounts HQ funds (its share of split-funded ones included). */
  hqCostFen: number;
  /** Discounts the fulfilling store funds (its share of split-funded ones included). */
  storeCostFen: number;
  /** Money value of the points the order keeps: HQ's (the points programme is the chain's). */
  pointsFen: number;
  /** The kept discounts spread over the parties by the split rules (they sum to keptFen). */
  hqShareFen: number;
  fulfillingShareFen: number;
  referringShareFen: number;
}

/** What an adjustment of a line still stands at after `refundedQuantity` of its units went back (unitShare's complement). */
export function keptAmount(amountFen: number, quantity: number, refundedQuantity: number): number {
  return amountFen - unitShare(amountFen, quantity, 0, refundedQuantity);
}

/** The adjustments an order keeps: each line's, less the refunded units' exact shares; 运费券 while any goods remain. */
export function keptAdjustments(
  lines: readonly FundedLine[],
  deliveryAdjustments: readonly Adjustment[],
): { categoryId: string | null; adjustment: Adjustment }[] {
  const out: { categoryId: string | null; adjustment: Adjustment }[] = [];
  for (const l of lines)
    for (const a of l.adjustments ?? []) {
      const amountFen = keptAmount(a.amountFen, l.quantity, l.refundedQuantity);
      if (amountFen > 0) out.push({ categoryId: l.categoryId, adjustment: { ...a, amountFen } });
    }
  // The delivery fee (and so its 运费券) goes back only with the last goods (order/pricing.ts planRefund).
  if (lines.some((l) => l.quantity > l.refundedQuantity))
    for (const a of deliveryAdjustments) if (a.amountFen > 0) out.push({ categoryId: null, adjustment: a });
  return out;
}

/**
 * Who bears the kept adjustments. A split-funded promotion is summed over the order first and the store's part
 * rounded down once (HQ takes the odd fen), so costs by funder add up to the kept adjustments exactly.
 */
export function promotionFunding(
  lines: readonly FundedLine[],
  deliveryAdjustments: readonly Adjustment[],
  ruleFor: (categoryId: string | null) => { fulfillingBp: number; referringBp: number },
  hasReferrer: boolean,
): PromotionFunding {
  const kept = keptAdjustments(lines, deliveryAdjustments);
  let hqCostFen = 0;
  let storeCostFen = 0;
  let pointsFen = 0;
  const splitFunded = new Map<string, { fen: number; storeBp: number }>();
  const byCategory = new Map<string | null, number>();
  for (const { categoryId, adjustment: a } of kept) {
    byCategory.set(categoryId, (byCategory.get(categoryId) ?? 0) + a.amountFen);
    if (a.kind === 'POINTS') pointsFen += a.amountFen;
    else if (a.funder.kind === 'HQ') hqCostFen += a.amountFen;
    else if (a.funder.kind === 'STORE') storeCostFen += a.amountFen;
    else {
      const key = `${a.promotionId}|${a.funder.storeBp}`;
      const s = splitFunded.get(key) ?? { fen: 0, storeBp: a.funder.storeBp };
      s.fen += a.amountFen;
      splitFunded.set(key, s);
    }
  }
  for (const s of splitFunded.values()) {
    const cost = funderCost(s.fen, { kind: 'SPLIT', storeBp: s.storeBp });
    storeCostFen += cost.storeFen;
    hqCostFen += cost.hqFen;
  }
  const keptFen = hqCostFen + storeCostFen + pointsFen;
  const buckets: SplitBucket[] = [...byCategory]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([categoryId, weightFen]) => ({ weightFen, ...ruleFor(categoryId) }));
  // No payment fee on a discount: nobody paid it.
  const shares = splitOrder(keptFen, 0, buckets, hasReferrer);
  return {
    keptFen,
    hqCostFen,
    storeCostFen,
    pointsFen,
    hqShareFen: shares.hqFen,
    fulfillingShareFen: shares.fulfillingFen,
    referringShareFen: shares.referringFen,
  };
}
