// Exact money splitting in integer fen: largest remainder, the payment fee, and one order's split by party.
// Pure functions; the ledger posts what they return and the property tests check they never lose a fen.

/** A share in basis points: 10000 = 100 %. */
export const WHOLE_BP = 10_000;

/**
 * Splits `total` fen in proportion to `weights` so the parts sum to `total` exactly (Hamilton's method):
 * everyone gets the floor of their exact share, then the fen left over go one each to the largest fractional
 * remainders; equal remainders go to the lower index, so the result is deterministic.
 * BigInt inside: a month of fen times weights in fen passes 2^53.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative integers');
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (total !== 0) throw new RangeError(`cannot split ${total} fen over weights that are all zero`);
    return weights.map(() => 0);
  }
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % sum }));
  let left = Number(t - parts.reduce((a, p) => a + p, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0; k++, left--) parts[remainders[k]!.i]! += 1n;
  return parts.map(Number);
}

/**
 * The payment fee on what was received, rounded half up to the fen (WeChat Pay rounds its 手续费 to the
 * nearest fen); recomputed on the new received amount after a refund, as WeChat refunds the fee pro rata.
 */
export function paymentFee(receivedFen: number, feeBp: number): number {
  return Math.floor((receivedFen * feeBp + WHOLE_BP / 2) / WHOLE_BP);
}

/** A part of an order that one rule covers: the goods of one category, or the delivery fee. */
export interface SplitBucket {
  /** What this part still weighs (remaining goods or the delivery fee), in fen. */
  weightFen: number;
  fulfillingBp: number;
  referringBp: number;
}

export interface OrderSplit {
  receivedFen: number;
  feeFen: number;
  /** received − fee: what the parties share. */
  netFen: number;
  fulfillingFen: number;
  /** Zero when the shopper has no home store (that share is HQ's then). */
  referringFen: number;
  hqFen: number;
}

/**
 * One order's split: the fee comes off first, the net is spread over the buckets by their weight, and each
 * bucket over fulfilling store, referring store and HQ by its rule, each step by largest remainder.
 * Without a referring store its share goes to HQ.
 */
export function splitOrder(receivedFen: number, feeBp: number, buckets: readonly SplitBucket[], hasReferrer: boolean): OrderSplit {
  const feeFen = paymentFee(receivedFen, feeBp);
  const netFen = receivedFen - feeFen;
  const result: OrderSplit = { receivedFen, feeFen, netFen, fulfillingFen: 0, referringFen: 0, hqFen: 0 };
  if (netFen === 0) return result;
  const perBucket = largestRemainder(
    netFen,
    buckets.map((b) => b.weightFen),
  );
  buckets.forEach((b, i) => {
    const referringBp = hasReferrer ? b.referringBp : 0;
    const [f, r, hq] = largestRemainder(perBucket[i]!, [b.fulfillingBp, referringBp, WHOLE_BP - b.fulfillingBp - referringBp]);
    result.fulfillingFen += f!;
    result.referringFen += r!;
    result.hqFen += hq!;
  });
  return result;
}

/**
 * Lowers parts so they sum to at most `cap`, taking a fen at a time from the largest part (the earlier on a
 * tie): WeChat refuses a split above the merchant's ratio cap, which rounding can pass by a fen on tiny orders.
 */
export function capParts(parts: readonly number[], cap: number): number[] {
  const out = [...parts];
  let excess = out.reduce((a, b) => a + b, 0) - Math.max(0, cap);
  while (excess > 0) {
    let i = 0;
    for (let j = 1; j < out.length; j++) if (out[j]! > out[i]!) i = j;
    // Down to the next largest part in one go (at least a fen), so large excesses take few rounds.
    const next = Math.max(0, ...out.filter((_, k) => k !== i));
    const take = Math.min(excess, Math.max(1, out[i]! - next));
    out[i]! -= take;
    excess -= take;
  }
  return out;
}
