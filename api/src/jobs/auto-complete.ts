// A handed-over order the shopper never confirmed completes on its own: a sweep every few minutes finds the ones
// due. (Earlier versions queued one delayed job per order, a Redis write on every hand-over and, at 72 hours,
// days' worth of jobs kept in Redis; `autoComplete` still runs any of those left waiting.)
import { CustomerOrder } from '../modules/order/order.entity';
import { OrderEvent, OrderState } from '../modules/order/order-states';
import { handedOverBefore } from '../modules/order/order.repository';
import { OrderSteps, type StepActor } from '../modules/order/order-steps';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';
import { clusterFilter } from '../common/cluster';

const ACTOR: StepActor = { kind: 'SYSTEM', name: 'system:auto-complete' };
const REASON = 'not confirmed by the shopper';
const SWEEP_BATCH = 200;

/** Completes every handed-over order unchanged for AUTO_COMPLETE_HOURS, in batches, each in its own step. */
export async function autoCompleteSweep(_payload: JobPayloads['auto-complete-sweep'], ctx: JobContext): Promise<string> {
  const before = new Date(ctx.clock.now().getTime() - ctx.config.autoCompleteHours * 3600_000);
  const steps = new OrderSteps(ctx.em, ctx);
  let after: { at: Date; id: string } | null = null;
  let completed = 0;
  for (;;) {
    const due = await handedOverBefore(ctx.em, before, after, SWEEP_BATCH);
    // A step re-checks the state under the order's lock: one the shopper confirmed meanwhile is left alone.
    for (const o of due) if ((await steps.apply(o.id, OrderEvent.COMPLETE, ACTOR, REASON)).ok) completed++;
    if (due.length < SWEEP_BATCH) return `completed ${completed}`;
    after = { at: due.at(-1)!.updatedAt, id: due.at(-1)!.id };
  }
}

export async function autoComplete({ orderId }: JobPayloads['auto-complete'], ctx: JobContext): Promise<string> {
  const order = await ctx.em.findOne(CustomerOrder, { ...clusterFilter([orderId]), id: orderId });
  if (!order || (order.state !== OrderState.PICKED_UP && order.state !== OrderState.DELIVERED)) return 'completed or closed already';
  const wait = msUntil(new Date(order.updatedAt.getTime() + ctx.config.autoCompleteHours * 3600_000), ctx.clock.now());
  if (wait > 0) throw new NotDueYet(wait);
  const outcome = await new OrderSteps(ctx.em, ctx).apply(orderId, OrderEvent.COMPLETE, ACTOR, REASON);
  return outcome.ok ? 'completed' : `not completed: ${outcome.kind}`;
}
