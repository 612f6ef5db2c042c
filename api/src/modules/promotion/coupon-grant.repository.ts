// Coupons granted rather than claimed, one record for all of them (coupon_grant): 新人券, the gift after a purchase,
// HQ's batches and codes, and a member level's monthly and birthday coupons. Each grant has a key, written in the same
// statement as its coupon (ON CONFLICT DO NOTHING), so a replayed job, a racing sign-in or two workers at once grant
// once. The keys are made here only, so every path agrees on them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

/** How a granted coupon came (coupon_grant.issued_by). */
export type GrantKind = 'NEW_SHOPPER' | 'AFTER_PURCHASE' | 'HQ' | 'MONTHLY' | 'BIRTHDAY';

/** The key of each kind of grant: what may be given once. */
export const grantKeys = {
  /** 新人券: once per template and shopper. */
  newShopper: (templateId: string, shopperId: string) => `NEW:${templateId}:${shopperId}`,
  /** The gift after a purchase: once per template and paid checkout. */
  gift: (templateId: string, checkoutId: string) => `GIFT:${templateId}:${checkoutId}`,
  /** A redemption code: once per code. */
  code: (code: string) => `CODE:${code}`,
  /** An HQ batch: once per batch and shopper. */
  batch: (batchId: string, shopperId: string) => `BATCH:${batchId}:${shopperId}`,
  /** A member level's coupon: once per shopper, kind and period (YYYY-MM a month, YYYY a birthday), whatever the level. */
  member: (kind: 'MONTHLY' | 'BIRTHDAY', period: string, shopperId: string) => `${kind}:${period}:${shopperId}`,
};

/**
 * A page of member level grants (monthly or birthday) in one statement. They do not count against the template's claim
 * limits; a template that is not LIVE grants nothing. Answers how many coupons were given.
 */
export async function grantCoupons(
  em: EntityManager,
  g: { kind: 'MONTHLY' | 'BIRTHDAY'; period: string; grants: readonly { shopperId: string; promotionId: string }[]; at: Date },
): Promise<number> {
  if (g.grants.length === 0) return 0;
  const rows = await query<{ id: string }>(
    em,
    `WITH wanted AS (SELECT * FROM unnest(:shoppers::uuid[], :promotions::uuid[], :keys::text[]) AS w(shopper_id, promotion_id, grant_key)),
     granted AS (
       INSERT INTO coupon_grant (grant_key, promotion_id, shopper_id, coupon_id, batch_id, granted_at, issued_by)
       SELECT w.grant_key, w.promotion_id, w.shopper_id, gen_random_uuid(), NULL, :at::timestamptz, :kind
       FROM wanted w JOIN promotion p ON p.id = w.promotion_id
       WHERE p.kind = 'COUPON' AND p.state = 'LIVE' AND (p.ends_at IS NULL OR p.ends_at > :at::timestamptz)
       ORDER BY w.grant_key
       ON CONFLICT (grant_key) DO NOTHING
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
      keys: pgArray(g.grants.map((x) => grantKeys.member(g.kind, g.period, x.shopperId))),
      kind: g.kind,
      at: g.at.toISOString(),
    },
  );
  return rows.length;
}
