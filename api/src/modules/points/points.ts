// A minimal shopper points journal: 1 point per whole yuan the shopper paid net of refunds, awarded once when
// the goods reach them (picked up or delivered); a later refund appends a reversal down to what is still paid.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery, query } from '../../common/sql';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../order/order-states';
import type { StepListener, StepRecord } from '../order/order-steps';

/** Points an order is worth with this much paid and kept: whole yuan, rounded down. */
export function pointsFor(paidFen: number): number {
  return Math.max(0, Math.floor(paidFen / 100));
}

export class PointsListener implements StepListener {
  async afterStep(tx: EntityManager, step: StepRecord, _effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    const worth = pointsFor(order.totalFen - order.refundedFen);
    if (transition.to === OrderState.PICKED_UP || transition.to === OrderState.DELIVERED) {
      // The unique award per order makes a repeated step (or a re-delivered job) award nothing more.
      await preparedQuery(
        tx,
        `INSERT INTO points_entry (id, shopper_id, order_id, kind, points, created_at)
         VALUES (:id::uuid, :shopper::uuid, :order::uuid, 'AWARD', :points::int, :at::timestamptz)
         ON CONFLICT (order_id) WHERE kind = 'AWARD' DO NOTHING`,
        { id: randomUUID(), shopper: order.shopperId, order: order.id, points: worth, at: at.toISOString() },
      );
    } else if (transition.event === OrderEvent.REFUND && step.refund) {
      // Only orders that earned points lose any; the balance of the order comes down to what is still paid.
      await query(
        tx,
        `INSERT INTO points_entry (id, shopper_id, order_id, refund_id, kind, points, created_at)
         SELECT :id::uuid, shopper_id, order_id, :refund::uuid, 'REVERSAL', :worth - sum(points), :at::timestamptz
         FROM points_entry WHERE order_id = :order::uuid GROUP BY shopper_id, order_id
         HAVING bool_or(kind = 'AWARD') AND sum(points) > :worth
         ON CONFLICT (refund_id) WHERE kind = 'REVERSAL' DO NOTHING`,
        { id: randomUUID(), refund: step.refund.id, worth, order: order.id, at: at.toISOString() },
      );
    }
  }
}

export async function pointsBalance(em: EntityManager, shopperId: string): Promise<number> {
  const [r] = await query<{ n: string | null }>(em, `SELECT sum(points) AS n FROM points_entry WHERE shopper_id = :s::uuid`, { s: shopperId });
  return Number(r?.n ?? 0);
}
