// What a checkout's promotions need from the database: the coupon and points it asks for (read before pricing),
// and, for a checkout placed in a transaction (a slot, points or a group), the coupon locked, the budgets spent and
// the points redeemed in it; any other checkout takes the coupon and budgets in its placing statement.
import type { EntityManager } from '@mikro-orm/postgresql';
import { riderRows, UUID, type SqlRider } from '../../common/sql';
import type { Channel, Coupon, FullReduction, PointsTerms } from '../pricing/pricing.types';
import type { CampaignBook } from './campaign-book';
import { takeCouponAndBudgets } from './coupon-budget.repository';
import { couponById, couponsOf, pointsBalanceOf, redeemPoints, toCoupon, type CouponRow } from './promotion.repository';

/** Points as payment: the rate and the caps (the chain's policy). */
export const POINTS_POLICY = { pointsPerFen: 1, maxShareBp: 5_000, maxPoints: 100_000 } as const;

/** A coupon the checkout cannot even price with. */
export type CouponRefusal = 'NOT_FOUND' | 'NOT_YOURS';

export interface AskedPromotions {
  fullReductions: FullReduction[];
  coupon?: Coupon;
  points?: PointsTerms;
  channel: Channel;
  now: Date;
}

/** Reads what the shopper asked for: a coupon that is not theirs (or does not exist) is refused before pricing. */
export async function askedPromotions(
  em: EntityManager,
  book: CampaignBook,
  a: {
    shopperId: string;
    couponId?: string | null;
    /** The coupon's read (couponRead of the same id), when it may already have ridden with routing. */
    couponRead?: SqlRider<CouponRow>;
    /** The points balance's read (pointsRead), likewise. */
    pointsRead?: SqlRider<{ n: string }>;
    usePoints?: boolean | null;
    channel: Channel;
    now: Date;
    fresh: boolean;
  },
): Promise<AskedPromotions | { problem: CouponRefusal }> {
  const fullReductions = await book.fullReductions(em, a.fresh);
  let coupon: Coupon | undefined;
  if (a.couponId) {
    const row = !UUID.test(a.couponId)
      ? undefined
      : a.couponRead
        ? (await riderRows(em, a.couponRead))[0]
        : await couponById(em, a.couponId);
    if (!row) return { problem: 'NOT_FOUND' };
    if (row.shopper_id !== a.shopperId) return { problem: 'NOT_YOURS' };
    coupon = toCoupon(row);
  }
  const points = a.usePoints ? { ...POINTS_POLICY, balance: await pointsBalanceOf(em, a.shopperId, a.pointsRead) } : undefined;
  return { fullReductions, coupon, points, channel: a.channel, now: a.now };
}

/** The shopper's coupons that are not locked or used, soonest to expire first: the ones a quote tries on its cart. */
export async function availableCouponsOf(em: EntityManager, shopperId: string): Promise<Coupon[]> {
  return (await couponsOf(em, shopperId, 100)).filter((r) => r.coupon_state === 'AVAILABLE').map(toCoupon);
}

/** Thrown inside the placing transaction to undo it when a promotion it priced with is gone. */
export class PromotionGone extends Error {
  constructor(readonly what: 'COUPON' | 'POINTS' | 'BUDGET') {
    super(`checkout: the ${what.toLowerCase()} it was priced with is gone`);
  }
}

/**
 * After the stock is held (same transaction): the coupon locked and each campaign's budget spent (one statement),
 * then the points redeemed. Locks after stock and slots: the coupon row, promotion rows with a budget in id order,
 * then the shopper's points lock (common/lock-order.ts).
 */
export async function takePromotions(
  tx: EntityManager,
  p: {
    checkoutId: string;
    shopperId: string;
    couponId: string | null;
    pointsPerOrder: { orderId: string; points: number }[];
    spends: { promotionId: string; amountFen: number }[];
    at: Date;
  },
): Promise<void> {
  if (p.couponId || p.spends.length > 0) {
    const took = await takeCouponAndBudgets(tx, p);
    if (!took.coupon) throw new PromotionGone('COUPON');
    if (!took.budgets) throw new PromotionGone('BUDGET');
  }
  const total = p.pointsPerOrder.reduce((s, o) => s + o.points, 0);
  if (total > 0 && !(await redeemPoints(tx, { shopperId: p.shopperId, perOrder: p.pointsPerOrder, total, at: p.at }))) {
    throw new PromotionGone('POINTS');
  }
}
