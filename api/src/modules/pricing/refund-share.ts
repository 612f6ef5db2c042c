// What refunding some units of a priced line gives back: money, points and each discount's share, exactly.
import { unitShare } from './allocate';
import type { Adjustment } from './pricing.types';

/** A line as it was priced and as far as it was refunded. */
export interface RefundableLine {
  quantity: number;
  refundedQuantity: number;
  /** Money the line paid: gross less every adjustment (points included). */
  netFen: number;
  /** Points that paid part of it. */
  points: number;
  adjustments: readonly Adjustment[];
}

export interface LineRefund {
  amountFen: number;
  points: number;
  /** Each adjustment's share, so its funder's cost goes back in the same proportion. */
  adjustments: Adjustment[];
}

/**
 * Refunding `k` more units: each figure of the line goes back by unitShare, so any sequence of partial refunds
 * returns exactly the net, the points and each discount the line had when its last unit goes back.
 */
export function lineRefund(line: RefundableLine, k: number): LineRefund {
  const { quantity: q, refundedQuantity: r } = line;
  return {
    amountFen: unitShare(line.netFen, q, r, k),
    points: unitShare(line.points, q, r, k),
    adjustments: line.adjustments
      .map((a) => ({ ...a, amountFen: unitShare(a.amountFen, q, r, k), ...(a.points ? { points: unitShare(a.points, q, r, k) } : {}) }))
      .filter((a) => a.amountFen > 0),
  };
}
