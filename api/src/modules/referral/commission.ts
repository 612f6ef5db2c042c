// The commission rules, pure: what a line earns on the net it keeps, what a refund takes back, which bucket it
// moves, and when an order's commission may leave the frozen bucket. The ledger (referral.repository.ts) books
// exactly the deltas these give; balances are sums of its rows.

/** Rates are basis points of the kept net: 1000 = 10 %. HQ may set at most 50 %. */
export const MAX_RATE_BP = 5000;

/** A line as far as commission needs it: what it paid, how many units, how many went back. */
export interface CommissionLine {
  netFen: number;
  quantity: number;
  refundedQuantity: number;
}

/** The net a line keeps after `refunded` of its units went back: net − floor(net·r/q), the refund path's own shares. */
export function keptNet(line: CommissionLine): number {
  const { netFen, quantity: q, refundedQuantity: r } = line;
  if (!Number.isInteger(q) || q <= 0 || !Number.isInteger(r) || r < 0 || r > q) throw new RangeError(`bad line ${q}/${r}`);
  return Number(BigInt(netFen) - (BigInt(netFen) * BigInt(r)) / BigInt(q));
}

/** What a line earns now: floor(kept net × rate), in fen. The fen below the rounding stays with the chain. */
export function lineCommission(line: CommissionLine, rateBp: number): number {
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > MAX_RATE_BP) throw new RangeError(`bad rate ${rateBp}`);
  return Number((BigInt(keptNet(line)) * BigInt(rateBp)) / 10000n);
}

export type Bucket = 'FROZEN' | 'AVAILABLE';
export type EntryKind = 'ACCRUE' | 'REVERSE' | 'RELEASE' | 'RECEIVABLE' | 'WITHDRAW' | 'WITHDRAW_RETURN';

export interface Entry {
  kind: EntryKind;
  bucket: Bucket;
  amountFen: number;
}

/**
 * What to book so that a line's commission equals what it earns now, given what is booked for it already
 * (the sum of its ACCRUE, REVERSE and RECEIVABLE rows). Before release the change is frozen money (an accrual or
 * an exact reversal); after release a take-back is a receivable against available money, never capped at the
 * balance (the promoter's balance may go below zero and later commissions pay it off).
 */
export function settleLine(earnsFen: number, bookedFen: number, released: boolean): Entry[] {
  const delta = earnsFen - bookedFen;
  if (delta === 0) return [];
  if (!released) return [{ kind: delta > 0 ? 'ACCRUE' : 'REVERSE', bucket: 'FROZEN', amountFen: delta }];
  return [{ kind: 'RECEIVABLE', bucket: 'AVAILABLE', amountFen: delta }];
}

/** Moving a line's frozen money to available: a pair of rows that sum to zero. */
export function releaseLine(frozenFen: number): Entry[] {
  if (frozenFen === 0) return [];
  return [
    { kind: 'RELEASE', bucket: 'FROZEN', amountFen: -frozenFen },
    { kind: 'RELEASE', bucket: 'AVAILABLE', amountFen: frozenFen },
  ];
}

/** The order's after-sales facts when the release sweep looks at it. */
export interface ReleaseFacts {
  /** When the goods were handed over (the window starts); null while not handed over. */
  handedOverAt: Date | null;
  /** Whether the order ended without a hand-over (cancelled, refunded whole): nothing can come back any more. */
  closedWithoutHandOver: boolean;
  /** An after-sales request still waiting for a decision. */
  openCase: boolean;
}

/** Whether an order's commission may become available: every line's window closed and no case open. */
export function releasable(facts: ReleaseFacts, now: Date, afterSaleDays: number): boolean {
  if (facts.openCase) return false;
  if (facts.closedWithoutHandOver) return true;
  if (!facts.handedOverAt) return false;
  return now.getTime() > facts.handedOverAt.getTime() + afterSaleDays * 86_400_000;
}

/** Sums of a promoter's rows by bucket: the only balances there are. */
export function balances(entries: readonly Entry[]): { frozenFen: number; availableFen: number } {
  let frozenFen = 0;
  let availableFen = 0;
  for (const e of entries) {
    if (e.bucket === 'FROZEN') frozenFen += e.amountFen;
    else availableFen += e.amountFen;
  }
  return { frozenFen, availableFen };
}
