// SQL for the points journal: awards, reversals and a shopper's balance.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeferredWrite } from '../../common/outbox.repository';
import { query } from '../../common/sql';

/**
 * The order's award, as a write deferred to the transaction's outbox statement (Effects.write): nothing in the step's
 * transaction reads it. Its points are the payment's worth times the multiplier of the shopper's member level before
 * this order (its own growth, written in the same statement, is left out) or of their paid membership, the higher, kept
 * on the entry so a refund takes back exactly what it gave. The unique award per order makes a repeated step (or a re-delivered job) award nothing more.
 */
export function awardPointsWrite(a: { id: string; shopperId: string; orderId: string; points: number; at: Date }): DeferredWrite {
  return {
    sql: `INSERT INTO points_entry (id, shopper_id, order_id, kind, points, multiplier_bp, created_at)
     SELECT :id::uuid, :shopper::uuid, :order::uuid, 'AWARD', (:points::bigint * m.bp / 10000)::int, m.bp, :at::timestamptz
     FROM (SELECT greatest(
             coalesce((SELECT l.points_multiplier_bp FROM member_level l
                       WHERE l.growth_threshold <= (SELECT coalesce(sum(growth), 0) FROM member_growth
                                                    WHERE shopper_id = :shopper::uuid AND order_id <> :order::uuid)
                       ORDER BY l.growth_threshold DESC LIMIT 1), 10000),
             -- 付费会员: the paid membership's multiplier when it is higher (the better per benefit).
             coalesce((SELECT (mp.benefits ->> 'pointsMultiplierBp')::int FROM membership_purchase mp
                       WHERE mp.shopper_id = :shopper::uuid AND mp.state = 'PAID'
                         AND mp.starts_at <= :at::timestamptz AND mp.ends_at > :at::timestamptz LIMIT 1), 10000)) AS bp) m
     ON CONFLICT (order_id) WHERE kind = 'AWARD' DO NOTHING`,
    values: { id: a.id, shopper: a.shopperId, order: a.orderId, points: a.points, at: a.at.toISOString() },
  };
}

/**
 * Only orders that earned points (points spent on an order and returned are entries of their own kinds) lose any: the
 * order's balance comes down to `worth` (before the multiplier) times the multiplier its award was made with, once per refund.
 */
export async function reversePointsDownTo(
  tx: EntityManager,
  r: { id: string; refundId: string; orderId: string; worth: number; at: Date },
): Promise<void> {
  await query(
    tx,
    `INSERT INTO points_entry (id, shopper_id, order_id, refund_id, kind, points, created_at)
     SELECT :id::uuid, shopper_id, order_id, :refund::uuid, 'REVERSAL',
            (:worth::bigint * max(multiplier_bp) FILTER (WHERE kind = 'AWARD') / 10000) - sum(points), :at::timestamptz
     FROM points_entry WHERE order_id = :order::uuid AND kind IN ('AWARD', 'REVERSAL') GROUP BY shopper_id, order_id
     HAVING bool_or(kind = 'AWARD') AND sum(points) > :worth::bigint * max(multiplier_bp) FILTER (WHERE kind = 'AWARD') / 10000
     ON CONFLICT (refund_id) WHERE kind = 'REVERSAL' DO NOTHING`,
    { id: r.id, refund: r.refundId, worth: r.worth, order: r.orderId, at: r.at.toISOString() },
  );
}

export async function pointsBalance(em: EntityManager, shopperId: string): Promise<number> {
  const [r] = await query<{ n: string | null }>(em, `SELECT sum(points) AS n FROM points_entry WHERE shopper_id = :s::uuid`, {
    s: shopperId,
  });
  return Number(r?.n ?? 0);
}
