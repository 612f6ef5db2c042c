// A handed-over order the shopper never confirmed completes on its own.
import { CustomerOrder } from '../modules/order/order.entity';
import { OrderEvent, OrderState } from '../modules/order/order-states';
import { OrderSteps } from '../modules/order/order-steps';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from './queues';

export async function autoComplete({ orderId }: JobPayloads['auto-complete'], ctx: JobContext): Promise<string> {
  const order = await ctx.em.findOne(CustomerOrder, { id: orderId });
  if (!order || (order.state !== OrderState.PICKED_UP && order.state !== OrderState.DELIVERED)) return 'completed or closed already';
  const wait = msUntil(new Date(order.updatedAt.getTime() + ctx.config.autoCompleteHours * 3600_000), ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  const outcome = await new OrderSteps(ctx.em, ctx).apply(orderId, OrderEvent.COMPLETE, { kind: 'SYSTEM', name: 'system:auto-complete' }, 'not confirmed by the shopper');
  return outcome.ok ? 'completed' : `not completed: ${outcome.kind}`;
}
