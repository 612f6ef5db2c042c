// SQL for the points journal: awards, reversals and a shopper's balance.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeferredWrite } from '../../common/outbox.repository';
import { query } from '../../common/sql';

/**
 * The order's award, as a write deferred to the transaction's outbox statement (Effects.write): nothing in the step's
 * transaction reads it. The unique award per order makes a repeated step (or a re-delivered job) award nothing more.
 */
export function awardPointsWrite(a: { id: string; shopperId: string; orderId: string; points: number; at: Date }): DeferredWrite {
  return {
    sql: `INSERT INTO points_entry (id, shopper_id, order_id, kind, points, created_at)
     VALUES (:id::uuid, :shopper::uuid, :order::uuid, 'AWARD', :points::int, :at::timestamptz)
     ON CONFLICT (order_id) WHERE kind = 'AWARD' DO NOTHING`,
    values: { id: a.id, shopper: a.shopperId, order: a.orderId, points: a.points, at: a.at.toISOString() },
  };
}

/** Only orders that earned points (points spent on an order and returned are entries of their own kinds) lose any: the order's balance comes down to `worth`, once per refund. */
export async function reversePointsDownTo(
  tx: EntityManager,
  r: { id: string; refundId: string; orderId: string; worth: number; at: Date },
): Promise<void> {
  await query(
    tx,
    `INSERT INTO points_entry (id, shopper_id, order_id, refund_id, kind, points, created_at)
     SELECT :id::uuid, shopper_id, order_id, :refund::uuid, 'REVERSAL', :worth - sum(points), :at::timestamptz
     FROM points_entry WHERE order_id = :order::uuid AND kind IN ('AWARD', 'REVERSAL') GROUP BY shopper_id, order_id
     HAVING bool_or(kind = 'AWARD') AND sum(points) > :worth
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
