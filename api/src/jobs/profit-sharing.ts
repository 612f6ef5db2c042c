// WeChat profit sharing jobs: request a handed-over order's split, poll it until finished, and pull a store's
// share back after a refund. Payloads are ids; the service reloads, checks state and is idempotent.
import { ProfitSharingService } from '../modules/settlement/profit-sharing.service';
import type { JobContext } from './job-context';
import type { JobPayloads } from '../common/queues';

const service = (ctx: JobContext) => new ProfitSharingService(ctx.em, ctx);

export function profitSharingRequest({ orderId }: JobPayloads['profit-sharing-request'], ctx: JobContext): Promise<string> {
  return service(ctx).request(orderId);
}

export function profitSharingPoll({ orderId }: JobPayloads['profit-sharing-poll'], ctx: JobContext): Promise<string> {
  return service(ctx).poll(orderId);
}

export function profitSharingReturn({ returnId }: JobPayloads['profit-sharing-return'], ctx: JobContext): Promise<string> {
  return service(ctx).returnShare(returnId);
}
