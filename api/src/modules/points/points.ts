// A minimal shopper points journal: 1 point per whole yuan the shopper paid net of refunds, awarded once when
// the goods reach them (picked up or delivered); a later refund appends a reversal down to what is still paid.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../order/order-states';
import type { StepListener, StepRecord } from '../order/order-steps';
import { awardPointsWrite, pointsBalance, reversePointsDownTo } from './points.repository';

/** Points an order is worth with this much paid and kept: whole yuan, rounded down. */
export function pointsFor(paidFen: number): number {
  return Math.max(0, Math.floor(paidFen / 100));
}

export class PointsListener implements StepListener {
  async afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    const worth = pointsFor(order.totalFen - order.refundedFen);
    if (transition.to === OrderState.PICKED_UP || transition.to === OrderState.DELIVERED) {
      // Nobody reads the award in this transaction: it goes with the outbox rows, one round trip for both.
      effects.write(awardPointsWrite({ id: randomUUID(), shopperId: order.shopperId, orderId: order.id, points: worth, at }));
    } else if (transition.event === OrderEvent.REFUND && step.refund) {
      await reversePointsDownTo(tx, { id: randomUUID(), refundId: step.refund.id, orderId: order.id, worth, at });
    }
  }
}

export { pointsBalance };
