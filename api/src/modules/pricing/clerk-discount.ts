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

/** One clerk discount on a sold order, as its detail and the member's timeline tell it (from the lines' adjustments). */
export interface ClerkDiscountNote {
  kind: 'CLERK_PRICE' | 'CLERK_DISCOUNT';
  /** The clerk who gave it (the adjustment's promotionId). */
  staffId: string | null;
  /** What it took off. */
  amountFen: number;
  /** 改价: the line. */
  skuId: string | null;
  name: string | null;
  quantity: number | null;
  /**
   * 改价: the unit price before (after member and line prices, rounded to the fen) and after; 整单折扣: the goods
   * after every other discount, before and after it.
   */
  fromFen: number;
  toFen: number;
}

interface NotedLine {
  skuId: string;
  name: string;
  unitPriceFen: number;
  quantity: number;
  adjustments: readonly { kind: string; amountFen: number; promotionId: string | null }[];
}

/** The clerk's 改价 per line (in line order), then the 整单折扣 over the whole order; none when the clerk gave none. */
export function clerkDiscountNotes(lines: readonly NotedLine[]): ClerkDiscountNote[] {
  const sum = (adj: NotedLine['adjustments'], keep: (kind: string) => boolean) =>
    adj.filter((a) => keep(a.kind)).reduce((s, a) => s + a.amountFen, 0);
  const notes: ClerkDiscountNote[] = [];
  for (const l of lines) {
    const cut = l.adjustments.find((a) => a.kind === 'CLERK_PRICE');
    if (!cut || l.quantity <= 0) continue;
    const before = l.unitPriceFen * l.quantity - sum(l.adjustments, (k) => k === 'LINE_PRICE' || k === 'MEMBER_PRICE');
    notes.push({
      kind: 'CLERK_PRICE',
      staffId: cut.promotionId,
      amountFen: cut.amountFen,
      skuId: l.skuId,
      name: l.name,
      quantity: l.quantity,
      fromFen: Math.round(before / l.quantity),
      toFen: Math.round((before - cut.amountFen) / l.quantity),
    });
  }
  const whole = lines.flatMap((l) => l.adjustments.filter((a) => a.kind === 'CLERK_DISCOUNT'));
  if (whole.length > 0) {
    const amountFen = whole.reduce((s, a) => s + a.amountFen, 0);
    const after = lines.reduce((s, l) => s + l.unitPriceFen * l.quantity - sum(l.adjustments, (k) => k !== 'POINTS'), 0);
    notes.push({
      kind: 'CLERK_DISCOUNT',
      staffId: whole[0]!.promotionId,
      amountFen,
      skuId: null,
      name: null,
      quantity: null,
      fromFen: after + amountFen,
      toFen: after,
    });
  }
  return notes;
}
