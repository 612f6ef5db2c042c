// The checkout's coupon locked and its campaigns' budgets spent: one set of CTEs, sent on its own inside the placing
// transaction (takeCouponAndBudgets) or folded into the placing statement itself (PROMOTION_TAKE), so a checkout with
// a coupon and a 满减 and nothing else to take is one statement in autocommit.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery } from '../../common/sql';

/** What a campaign (满减, coupon template) took from a checkout, for its budget counter. */
export interface CampaignSpend {
  promotionId: string;
  amountFen: number;
}

/**
 * The coupon, if any, goes AVAILABLE → LOCKED only when it is this shopper's, available and valid now (none back: used
 * meanwhile by a racing checkout); campaigns with a budget (fen or uses) count it in their row by a conditional UPDATE
 * (promotion rows in id order, after the coupon row), those without are only read, so a busy 满减 with no budget is no
 * row every checkout waits for. Nothing is written unless `gate` holds (folded: the checkout row went in), and no
 * budget unless the coupon was locked. Parameters: :coupon, :shopper, :id (the checkout), :at, :promoIds (sorted),
 * :promoAmounts.
 */
const takes = (gate: string) => `
  promo_cp AS (
    UPDATE coupon SET state = 'LOCKED', checkout_id = :id::uuid
    WHERE id = :coupon::uuid AND shopper_id = :shopper::uuid AND state = 'AVAILABLE' AND valid_from <= :at::timestamptz
      AND (valid_until IS NULL OR valid_until > :at::timestamptz) AND ${gate}
    RETURNING id),
  promo_x AS (SELECT * FROM unnest(:promoIds::uuid[], :promoAmounts::int[]) AS x(id, amount)),
  promo_spent AS (
    UPDATE promotion p SET spent_fen = p.spent_fen + x.amount, uses = p.uses + 1, updated_at = :at::timestamptz
    FROM promo_x x
    WHERE p.id = x.id AND (p.budget_fen IS NOT NULL OR p.budget_uses IS NOT NULL) AND p.state = 'LIVE'
      AND (p.budget_fen IS NULL OR p.spent_fen + x.amount <= p.budget_fen) AND (p.budget_uses IS NULL OR p.uses < p.budget_uses)
      AND (:coupon::uuid IS NULL OR EXISTS (SELECT 1 FROM promo_cp)) AND ${gate}
    RETURNING p.id),
  promo_open AS (
    SELECT p.id FROM promotion p JOIN promo_x x ON x.id = p.id
    WHERE p.budget_fen IS NULL AND p.budget_uses IS NULL AND p.state = 'LIVE')`;

const COUPON_OK = `(:coupon::uuid IS NULL OR EXISTS (SELECT 1 FROM promo_cp))`;
const BUDGETS_OK = `((SELECT count(*) FROM promo_spent) + (SELECT count(*) FROM promo_open)) = cardinality(:promoIds::uuid[])`;

/**
 * The same takes folded into the checkout's placing statement (order/checkout.repository.ts), after its stock rows and
 * any flash take (common/lock-order.ts, step 5): `after` names what must have gone in first. When the checkout went in
 * but the coupon or a budget was refused, refuse_statement (20261210a) raises 'promotion:COUPON' or 'promotion:BUDGET'
 * and the whole statement writes nothing. PROMOTION_TAKE goes after `ins` (and the flash take), PROMOTION_COLUMNS are
 * the final SELECT's; the statement gives :coupon, :shopper, :id and :at.
 */
export const PROMOTION_TAKE = (after: string) => `${takes(after)},`;

export const PROMOTION_COLUMNS = (after: string) => `,
    CASE WHEN ${after} AND NOT (${COUPON_OK} AND ${BUDGETS_OK}) THEN refuse_statement('promotion:' || CASE
      WHEN NOT ${COUPON_OK} THEN 'COUPON' ELSE 'BUDGET' END) END AS promotion_refused`;

/** The values of PROMOTION_TAKE/PROMOTION_COLUMNS besides the statement's own. */
export function promotionTakeValues(spends: readonly CampaignSpend[]) {
  const sorted = [...spends].sort((a, b) => (a.promotionId < b.promotionId ? -1 : 1));
  return { promoIds: pgArray(sorted.map((x) => x.promotionId)), promoAmounts: pgArray(sorted.map((x) => x.amountFen)) };
}

/** The refusal refuse_statement raised for folded promotion takes, if that is what the error is. */
export function promotionRefusal(err: unknown): 'COUPON' | 'BUDGET' | undefined {
  const e = err as { code?: string; message?: string };
  if (e.code !== 'LL001' || !e.message?.startsWith('promotion:')) return undefined;
  return e.message.slice('promotion:'.length) as 'COUPON' | 'BUDGET';
}

/**
 * The takes in a statement of their own (one round trip in the placing transaction: a checkout that also claims a
 * pickup slot, redeems points or joins a group, and the counter sale). `budgets` is true when each campaign was still
 * live with the budget for it.
 */
export async function takeCouponAndBudgets(
  tx: EntityManager,
  t: { couponId: string | null; shopperId: string; checkoutId: string; spends: CampaignSpend[]; at: Date },
): Promise<{ coupon: boolean; budgets: boolean }> {
  const [r] = await preparedQuery<{ coupon: boolean; budgets: boolean }>(
    tx,
    `WITH ${takes('true')}
     SELECT ${COUPON_OK} AS coupon, ${BUDGETS_OK} AS budgets`,
    { coupon: t.couponId, shopper: t.shopperId, id: t.checkoutId, at: t.at.toISOString(), ...promotionTakeValues(t.spends) },
  );
  return r!;
}
