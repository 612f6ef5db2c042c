// Once a day (00:10 in the chain's time zone; any run is safe): each member's monthly coupon for this month, from the
// level they are on, and the birthday coupon to those born today. A grant is one row per shopper, kind and period
// (YYYY-MM, or the year for birthdays), so a re-run, a replayed job or two workers at once grant nothing twice, and a
// member who reaches a level with a coupon mid-month gets it on the next run.
import type { JobPayloads } from '../common/queues';
import { grantCandidates } from '../modules/member/level.repository';
import { grantCoupons } from '../modules/promotion/coupon-grant.repository';
import type { JobContext } from './job-context';

const BATCH = 500;

/** The date in the chain's time zone: year, 'YYYY-MM', 'MM-DD', and whether 29 February is missing this year. */
export function chainDay(at: Date, timeZone: string): { year: string; month: string; monthDay: string; leapDay: boolean } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const year = Number(get('year'));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = `${get('month')}-${get('day')}`;
  return { year: get('year'), month: `${get('year')}-${get('month')}`, monthDay, leapDay: !leap && monthDay === '02-28' };
}

export async function memberBenefits(_payload: JobPayloads['member-benefits'], ctx: JobContext): Promise<string> {
  const at = ctx.clock.now();
  const day = chainDay(at, ctx.config.chainTimeZone);
  let monthly = 0;
  let birthday = 0;
  for (const kind of ['MONTHLY', 'BIRTHDAY'] as const) {
    let after: string | null = null;
    do {
      const { page, last } = await grantCandidates(ctx.em, { kind, monthDay: day.monthDay, leapDay: day.leapDay, after, limit: BATCH });
      const n = await grantCoupons(ctx.em, { kind, period: kind === 'MONTHLY' ? day.month : day.year, grants: page, at });
      if (kind === 'MONTHLY') monthly += n;
      else birthday += n;
      after = last;
    } while (after);
  }
  return `granted ${monthly} monthly and ${birthday} birthday coupons`;
}
