// A paid order its store has not accepted in time goes to the next store (or is refunded when none is left).
import { CustomerOrder } from '../modules/order/order.entity';
import { OrderState } from '../modules/order/order-states';
import { OrderSteps } from '../modules/order/order-steps';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { clusterOfId } from '../common/cluster';
import { clusterOfStore } from '../modules/store/store-cluster';

export async function acceptTimeout({ orderId, storeId }: JobPayloads['accept-timeout'], ctx: JobContext): Promise<string> {
  // An order id made before the key names no cluster: the store's does (a re-route keeps an order in its cluster).
  const cluster = clusterOfId(orderId) ?? (await clusterOfStore(ctx.em, storeId));
  const order = await ctx.em.findOne(CustomerOrder, { ...(cluster ? { clusterId: cluster } : {}), id: orderId });
  if (!order || order.state !== OrderState.PAID || order.storeId !== storeId || !order.acceptBy) return 'moved on already';
  const wait = msUntil(order.acceptBy, ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  const outcome = await new OrderSteps(ctx.em, ctx).reroute(
    orderId,
    { kind: 'SYSTEM', name: 'system:accept-timeout' },
    'not accepted in time',
    undefined,
    storeId,
  );
  return outcome.ok ? `now ${outcome.order.state} at ${outcome.order.storeId}` : `not moved: ${outcome.kind}`;
}
