// Coupons granted rather than claimed (a member level's monthly and birthday coupons): one per shopper, kind and
// period, recorded with the coupon in one statement, so a job run twice (or two at once) grants once. Grants do not
// count against the template's claim limits; a template that is not LIVE grants nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

export async function grantCoupons(
  em: EntityManager,
  g: { kind: 'MONTHLY' | 'BIRTHDAY'; period: string; grants: readonly { shopperId: string; promotionId: string }[]; at: Date },
): Promise<number> {
  if (g.grants.length === 0) return 0;
  const rows = await query<{ id: string }>(
    em,
    `WITH wanted AS (SELECT * FROM unnest(:shoppers::uuid[], :promotions::uuid[]) AS w(shopper_id, promotion_id)),
     granted AS (
       INSERT INTO member_coupon_grant (shopper_id, kind, period, promotion_id, coupon_id, granted_at)
       SELECT w.shopper_id, :kind, :period, w.promotion_id, gen_random_uuid(), :at::timestamptz
       FROM wanted w JOIN promotion p ON p.id = w.promotion_id
       WHERE p.kind = 'COUPON' AND p.state = 'LIVE' AND (p.ends_at IS NULL OR p.ends_at > :at::timestamptz)
       ORDER BY w.shopper_id
       ON CONFLICT (shopper_id, kind, period) DO NOTHING
       RETURNING shopper_id, promotion_id, coupon_id)
     INSERT INTO coupon (id, promotion_id, shopper_id, state, valid_from, valid_until, claimed_at)
     SELECT g.coupon_id, p.id, g.shopper_id, 'AVAILABLE',
            CASE WHEN p.valid_days IS NULL THEN greatest(coalesce(p.starts_at, :at::timestamptz), :at::timestamptz) ELSE :at::timestamptz END,
            CASE WHEN p.valid_days IS NULL THEN p.ends_at ELSE :at::timestamptz + make_interval(days => p.valid_days) END,
            :at::timestamptz
     FROM granted g JOIN promotion p ON p.id = g.promotion_id
     RETURNING id`,
    {
      shoppers: pgArray(g.grants.map((x) => x.shopperId)),
      promotions: pgArray(g.grants.map((x) => x.promotionId)),
      kind: g.kind,
      period: g.period,
      at: g.at.toISOString(),
    },
  );
  return rows.length;
}
