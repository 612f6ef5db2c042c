// The clerk's own discounts at the counter (改价 on a line, 整单折扣 on the sale), as two stages of the pipeline:
// each is an ordinary adjustment funded by the store, so splits, the ledger and exact partial refunds treat it as
// any other discount. Whether the clerk may give it, and how much, is checked by the caller (clerkDiscountCap).
import type { Adjustment, ClerkDiscount, Funder } from './pricing.types';

const STORE: Funder = { kind: 'STORE' };

/** 改价: what the clerk's unit price takes off a line now worth `netFen` (after member and flash prices). */
export function clerkLineOff(clerk: ClerkDiscount, line: { skuId: string; quantity: number; netFen: number }): number {
  const set = clerk.linePrices.find((p) => p.skuId === line.skuId);
  if (!set) return 0;
  return Math.max(0, line.netFen - Math.max(0, set.unitPriceFen) * line.quantity);
}

/** 整单折扣: what comes off goods of `baseFen` left after 满减 and the coupon (a share in basis points, or an amount). */
export function clerkOrderOff(clerk: ClerkDiscount, baseFen: number): number {
  const off = clerk.orderOff;
  if (!off) return 0;
  const want = off.offFen ?? Number((BigInt(baseFen) * BigInt(off.offBp ?? 0)) / 10_000n);
  return Math.max(0, Math.min(want, baseFen));
}

export function clerkAdjustment(clerk: ClerkDiscount, kind: 'CLERK_PRICE' | 'CLERK_DISCOUNT'): Omit<Adjustment, 'amountFen'> {
  // promotionId names the clerk who gave it: the funder's cost and the audit both point at them.
  return { kind, promotionId: clerk.staffId, funder: STORE };
}

/** What a staff member may give on one sale (HQ's grant): none without it. */
export interface ClerkDiscountGrant {
  /** At most this share of the goods (at their member or flash prices), in basis points; null: no share cap. */
  maxBp: number | null;
  /** At most this many fen per sale; null: no amount cap. */
  maxFen: number | null;
}

/** The most a sale whose goods come to `baseFen` (after line prices, before the clerk's discounts) may take off. */
export function clerkDiscountCap(grant: ClerkDiscountGrant, baseFen: number): number {
  const byShare = grant.maxBp === null ? baseFen : Number((BigInt(baseFen) * BigInt(grant.maxBp)) / 10_000n);
  return Math.max(0, Math.min(byShare, grant.maxFen ?? baseFen, baseFen));
}

/** The clerk's discounts a priced sale took, and the goods they were measured against. */
export function clerkDiscountTaken(applied: readonly { kind: string; amountFen: number }[], goodsFen: number) {
  const sum = (kinds: string[]) => applied.filter((a) => kinds.includes(a.kind)).reduce((s, a) => s + a.amountFen, 0);
  return { takenFen: sum(['CLERK_PRICE', 'CLERK_DISCOUNT']), baseFen: goodsFen - sum(['LINE_PRICE', 'MEMBER_PRICE']) };
}
