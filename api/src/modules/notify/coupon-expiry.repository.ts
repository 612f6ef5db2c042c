// SQL of the coupon-expiry reminder: the coupons about to lapse whose shopper accepted the reminder, and the
// notification of a coupon (made once, spending one acceptance).
import { newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { NotificationRow } from './subscriptions.repository';

export interface ExpiringCoupon {
  couponId: string;
  shopperId: string;
  validUntil: Date;
}

/**
 * Unused coupons lapsing in (at, until], after `after` by id, whose shopper holds an unused acceptance of the
 * reminder and that have no reminder yet (a PENDING one, left by a crash mid-send, comes back to be sent).
 */
export async function expiringCoupons(
  em: EntityManager,
  w: { at: Date; until: Date; after: string | null; limit: number },
): Promise<ExpiringCoupon[]> {
  const rows = await query<{ id: string; shopper_id: string; valid_until: string }>(
    em,
    `SELECT c.id, c.shopper_id, c.valid_until FROM coupon c
     WHERE c.state = 'AVAILABLE' AND c.valid_until > :at::timestamptz AND c.valid_until <= :until::timestamptz
       AND (:after::uuid IS NULL OR c.id > :after::uuid)
       AND NOT EXISTS (SELECT 1 FROM shopper_notification n
                       WHERE n.cluster_id = 'ZZ' AND n.coupon_id = c.id AND n.template = 'COUPON_EXPIRING' AND n.delivery <> 'PENDING')
       AND (EXISTS (SELECT 1 FROM subscription_acceptance a
                    WHERE a.shopper_id = c.shopper_id AND a.template = 'COUPON_EXPIRING' AND a.used_at IS NULL)
            OR EXISTS (SELECT 1 FROM shopper_notification n WHERE n.cluster_id = 'ZZ' AND n.coupon_id = c.id AND n.template = 'COUPON_EXPIRING'))
     ORDER BY c.id LIMIT :limit::int`,
    { at: w.at.toISOString(), until: w.until.toISOString(), after: w.after, limit: w.limit },
  );
  return rows.map((r) => ({ couponId: r.id, shopperId: r.shopper_id, validUntil: new Date(r.valid_until) }));
}

/**
 * The reminder of this coupon, made on the first call by spending the shopper's oldest unused acceptance; when
 * none is left (spent meanwhile) nothing is recorded, so a later acceptance still brings the reminder.
 */
export async function openCouponNotification(
  tx: EntityManager,
  n: { couponId: string; shopperId: string; payload: Record<string, unknown>; at: Date },
): Promise<NotificationRow | undefined> {
  const [existing] = await query<NotificationRow>(
    tx,
    `SELECT id, delivery FROM shopper_notification WHERE cluster_id = 'ZZ' AND coupon_id = :c::uuid AND template = 'COUPON_EXPIRING' FOR UPDATE`,
    { c: n.couponId },
  );
  if (existing) return existing;
  // A coupon's notice belongs to no order: filed under ZZ, the cluster of no city; its id says so for setDelivery.
  const id = newClusterId('ZZ');
  const [inserted] = await query<NotificationRow>(
    tx,
    `INSERT INTO shopper_notification (id, shopper_id, coupon_id, template, payload, created_at, delivery, cluster_id)
     VALUES (:id::uuid, :s::uuid, :c::uuid, 'COUPON_EXPIRING', :payload::jsonb, :at::timestamptz, 'PENDING', 'ZZ')
     ON CONFLICT (coupon_id, template) WHERE coupon_id IS NOT NULL DO NOTHING RETURNING id, delivery`,
    { id, s: n.shopperId, c: n.couponId, payload: JSON.stringify(n.payload), at: n.at.toISOString() },
  );
  // Another run made it between the read and the insert: that run sends it.
  if (!inserted) return { id, delivery: 'SENT' };
  const [spent] = await query<{ id: string }>(
    tx,
    `UPDATE subscription_acceptance SET used_at = :at::timestamptz, notification_id = :n::uuid
     WHERE id = (SELECT id FROM subscription_acceptance WHERE shopper_id = :s::uuid AND template = 'COUPON_EXPIRING' AND used_at IS NULL
                 ORDER BY accepted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    { at: n.at.toISOString(), n: id, s: n.shopperId },
  );
  if (!spent) {
    await query(tx, `DELETE FROM shopper_notification WHERE cluster_id = 'ZZ' AND id = :id::uuid`, { id });
    return undefined;
  }
  return inserted;
}

/** What the reminder says: the coupon's name and terms, when it lapses, and whom it goes to. */
export async function couponFacts(em: EntityManager, couponId: string) {
  const [r] = await query<{
    openid: string;
    name: string;
    coupon_kind: string | null;
    threshold_fen: number;
    off_fen: number | null;
    off_bp: number | null;
    valid_until: string;
    state: string;
  }>(
    em,
    `SELECT sh.openid, p.name, p.coupon_kind, p.threshold_fen, p.off_fen, p.off_bp, c.valid_until, c.state
     FROM coupon c JOIN promotion p ON p.id = c.promotion_id JOIN shopper sh ON sh.id = c.shopper_id WHERE c.id = :c::uuid`,
    { c: couponId },
  );
  return r;
}
