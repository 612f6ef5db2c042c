// The order steps' hook into referral: at payment a bound buyer's order is recorded as referred (rates fixed now)
// and accrues its commission, frozen; every refund, partial or whole, books the lines back to what they earn on
// the net they keep: an exact reversal while frozen, a receivable once released. Inside the step's transaction,
// under the order's lock.
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrderEvent } from '../../common/order-state';
import type { StepListener, StepRecord } from '../../common/order-step';
import { insertReferredOrder, liveBinding } from './referral.repository';
import { settleOrder } from './referral.service';

export class ReferralStepListener implements StepListener {
  async afterStep(tx: EntityManager, step: StepRecord): Promise<void> {
    const { order, at } = step;
    // At payment: a group member's payment (PAY_INTO_GROUP) too; a failed group's refund books it back below.
    if (step.transition.event === OrderEvent.PAY || step.transition.event === OrderEvent.PAY_INTO_GROUP) {
      const binding = await liveBinding(tx, order.shopperId, at);
      // One level, and never through one's own link (bind() refuses it too; a shopper could join after binding).
      if (!binding || binding.promoterShopperId === order.shopperId) return;
      await insertReferredOrder(tx, {
        orderId: order.id,
        clusterId: order.clusterId,
        promoterId: binding.promoterId,
        shopperId: order.shopperId,
        storeId: order.storeId,
        at,
      });
      await settleOrder(tx, order, at);
    } else if (step.refund) {
      await settleOrder(tx, order, at);
    }
  }
}
