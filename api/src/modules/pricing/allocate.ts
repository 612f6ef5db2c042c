// Spreading one discount over the lines it applies to, exactly to the fen.

/**
 * Splits `amount` fen over lines in proportion to their current nets by largest remainder (equal remainders go to
 * the lower index), never giving a line more than its net: a line's overflow is passed on to the lines with room,
 * again by their nets. Returns the parts (summing to min(amount, Σ nets)) in the order of `nets`.
 * BigInt inside: fen × fen passes 2^53 on large carts.
 */
export function allocate(amount: number, nets: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative integer, got ${amount}`);
  if (nets.some((n) => !Number.isSafeInteger(n) || n < 0)) throw new RangeError('nets must be non-negative integers');
  const parts = nets.map(() => 0);
  let left = Math.min(
    amount,
    nets.reduce((s, n) => s + n, 0),
  );
  // With weights equal to the room left, a part never passes its room (its exact share is at most the room and
  // the one extra fen only goes to a fractional share), so this runs once; the loop is the guard the rule names.
  while (left > 0) {
    const room = nets.map((n, i) => n - parts[i]!);
    const given = byLargestRemainder(left, room);
    for (let i = 0; i < given.length; i++) {
      const take = Math.min(given[i]!, room[i]!);
      parts[i]! += take;
      left -= take;
    }
  }
  return parts;
}

/** Hamilton's method over integer weights: floors first, then one fen each to the largest remainders. */
function byLargestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  let left = Number(t - parts.reduce((a, p) => a + p, 0n));
  const order = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % sum })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0; k++, left--) parts[order[k]!.i]! += 1n;
  return parts.map(Number);
}

/**
 * The exact share of `total` that goes with refunding `k` of `quantity` units after `before` were refunded:
 * floor(total·(before+k)/quantity) − floor(total·before/quantity). Any sequence of refunds adds up to `total`
 * exactly when the last unit goes back, and no refund returns more than its units' fair share rounded down.
 */
export function unitShare(total: number, quantity: number, before: number, k: number): number {
  if (!Number.isInteger(quantity) || quantity <= 0) throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
  if (!Number.isInteger(before) || !Number.isInteger(k) || before < 0 || k < 0 || before + k > quantity) {
    throw new RangeError(`cannot refund ${k} after ${before} of ${quantity}`);
  }
  const t = BigInt(total);
  const q = BigInt(quantity);
  return Number((t * BigInt(before + k)) / q - (t * BigInt(before)) / q);
}
