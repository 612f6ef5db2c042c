// Growth (成长值) from what a shopper actually paid: awarded once when the order reaches them (picked up, delivered,
// or sold at the counter), and brought down by each refund to what is still paid, so a whole refund takes it all
// back. Separate from points: spending points never moves it, and the points multiplier never scales it.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../../common/order-state';
import type { StepListener, StepRecord } from '../../common/order-step';
import { growthFor } from './levels';
import { awardGrowthWrite, reverseGrowthDownTo } from './level.repository';

export class GrowthListener implements StepListener {
  async afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    if (!order.shopperId) return;
    const worth = growthFor(order.totalFen - order.refundedFen);
    if (transition.to === OrderState.PICKED_UP || transition.to === OrderState.DELIVERED) {
      // With the points award in the outbox statement: no round trip of its own on the hand-over.
      effects.write(awardGrowthWrite({ id: randomUUID(), shopperId: order.shopperId, orderId: order.id, growth: worth, at }));
    } else if (transition.event === OrderEvent.REFUND && step.refund) {
      await reverseGrowthDownTo(tx, { id: randomUUID(), refundId: step.refund.id, orderId: order.id, worth, at });
    }
  }
}
