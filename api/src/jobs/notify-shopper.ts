// Tells the shopper about their order through the configured notifier, once per order and template.
import { CustomerOrder } from '../modules/order/order.entity';
import type { JobContext } from './job-context';
import type { JobPayloads } from '../common/queues';
import { clusterFilter } from '../common/cluster';

export async function notifyShopper({ orderId, template }: JobPayloads['notify-shopper'], ctx: JobContext): Promise<string> {
  const order = await ctx.em.findOne(CustomerOrder, { ...clusterFilter([orderId]), id: orderId });
  if (!order) return 'no such order';
  return ctx.notifier.send(ctx.em, {
    shopperId: order.shopperId,
    orderId,
    template,
    payload: { state: order.state, storeId: order.storeId, totalFen: order.totalFen, refundedFen: order.refundedFen },
    at: ctx.clock.now(),
  });
}
