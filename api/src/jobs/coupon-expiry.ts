// Every 15 minutes (any run is safe): the subscribe message to shoppers who accepted the coupon-expiry reminder,
// for each unused coupon lapsing within the next day. One notification row per coupon (unique), written with the
// acceptance it spends, so a rerun, a redelivery or two workers at once send each reminder once.
import type { JobPayloads } from '../common/queues';
import { expiringCoupons } from '../modules/notify/coupon-expiry.repository';
import type { JobContext } from './job-context';

/** How long before a coupon lapses the reminder goes. */
export const EXPIRY_NOTICE_MS = 24 * 3600_000;
const PAGE = 200;

export async function couponExpiryNotice(_payload: JobPayloads['coupon-expiry-notice'], ctx: JobContext): Promise<string> {
  const at = ctx.clock.now();
  const until = new Date(at.getTime() + EXPIRY_NOTICE_MS);
  const outcomes: Record<string, number> = {};
  let after: string | null = null;
  for (;;) {
    const page = await expiringCoupons(ctx.em, { at, until, after, limit: PAGE });
    for (const c of page) {
      const out = await ctx.notifier.couponExpiring(ctx.em, { couponId: c.couponId, shopperId: c.shopperId, at });
      outcomes[out] = (outcomes[out] ?? 0) + 1;
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!.couponId;
  }
  return (
    Object.entries(outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none due'
  );
}
