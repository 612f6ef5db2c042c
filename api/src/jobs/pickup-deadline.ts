// A pickup order still uncollected at its deadline: refunded and restocked, or kept, as configured.
import { CustomerOrder } from '../modules/order/order.entity';
import { OrderState } from '../modules/order/order-states';
import { OrderSteps } from '../modules/order/order-steps';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { clusterFilter } from '../common/cluster';

const WAITING = [OrderState.PAID, OrderState.ACCEPTED, OrderState.READY_FOR_PICKUP];

export async function pickupDeadline({ orderId }: JobPayloads['pickup-deadline'], ctx: JobContext): Promise<string> {
  const order = await ctx.em.findOne(CustomerOrder, { ...clusterFilter([orderId]), id: orderId });
  if (!order || !WAITING.includes(order.state) || !order.pickupDeadline) return 'collected or closed already';
  const wait = msUntil(order.pickupDeadline, ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  if (ctx.config.pickupExpiryPolicy === 'KEEP') return 'kept for the store to decide';
  const outcome = await new OrderSteps(ctx.em, ctx).refund(
    orderId,
    undefined,
    { kind: 'SYSTEM', name: 'system:pickup-deadline' },
    'not collected by the pickup deadline',
  );
  return outcome.ok ? 'refunded and restocked' : `not refunded: ${outcome.kind}`;
}
