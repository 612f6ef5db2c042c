// 拼团 at a group's deadline: a group still forming is decided once (formed when 到期自动成团 is allowed and at least two
// members paid, failed otherwise); a formed group's waiting orders go to the store's queue together; a failed group's
// paid orders are refunded through the order's refund step, each in its own transaction, so one that cannot be refunded
// never holds back the others. Run twice (bull delivers at least once, the sweep finds it too), each order is refunded
// once: the refund step takes only an order still AWAITING_GROUP, under its lock.
import { transactionWithEffects } from '../common/effects';
import { OrderSteps } from '../modules/order/order-steps';
import { decideAtDeadline, groupById, groupsDue, waitingOrders } from '../modules/promotion/group-buy.repository';
import { msUntil, type JobContext } from './job-context';
import { NotDueYet, type JobPayloads } from '../common/queues';

export async function groupDeadline({ groupId }: JobPayloads['group-deadline'], ctx: JobContext): Promise<string> {
  const group = await groupById(ctx.em, groupId);
  if (!group) return 'no such group';
  const steps = new OrderSteps(ctx.em, ctx);
  let state = group.state;
  if (state === 'OPEN') {
    const wait = msUntil(new Date(group.deadline), ctx.clock.now());
    if (wait > 0) throw new NotDueYet(wait);
    // Decided and, when formed, its orders moved on in the same transaction (the group row, then its orders).
    state = await transactionWithEffects(ctx.em, ctx, async (tx, effects) => {
      const decided = await decideAtDeadline(tx, groupId, ctx.clock.now());
      if (decided === 'FORMED') await steps.formGroupLocked(tx, groupId, effects);
      return decided ?? (await groupById(tx, groupId))!.state;
    });
  }
  if (state === 'FORMED') {
    const moved = await steps.formGroup(groupId);
    return moved ? `formed; ${moved} late orders moved on` : 'formed';
  }
  if (state !== 'FAILED') return 'still forming';
  let refunded = 0;
  for (const orderId of await waitingOrders(ctx.em, groupId)) {
    const outcome = await steps.refund(orderId, undefined, { kind: 'SYSTEM', name: 'system:group-deadline' }, '拼团未成团，已全额退款');
    if (outcome.ok) refunded++;
  }
  return `failed; ${refunded} refunded`;
}

/** The sweeper's pass over PostgreSQL: every group past its deadline, whatever Redis still holds of its job. */
export async function groupDeadlineSweep(ctx: JobContext): Promise<string> {
  let done = 0;
  for (const groupId of await groupsDue(ctx.em, ctx.clock.now(), 100)) {
    await groupDeadline({ groupId }, ctx);
    done++;
  }
  return `${done} groups`;
}
