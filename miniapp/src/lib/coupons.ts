// How a coupon reads on a phone: its face (¥5 / 8折 / 免运费), its condition, whether it can still be claimed,
// and which tab of 我的 → 优惠券 it belongs in. Plain values in, plain values out: the API decides what applies.
import { shanghaiDate } from './format';
import { yuan } from './money';

export interface Terms {
  couponKind?: 'AMOUNT_OFF' | 'PERCENT_OFF' | 'DELIVERY_OFF' | null;
  thresholdFen: number;
  offFen: number;
  offBp: number;
  capFen?: number | null;
}

/** The big figure: ¥ amount, n折 (offBp 2000 = 8折, 1500 = 8.5折), or the delivery amount. */
export function face(c: Terms): { value: string; unit: 'YUAN' | 'ZHE' } {
  // offBp is the share taken off: 2000 → 8折, 1500 → 8.5折, 1250 → 8.75折 (the share paid, in tenths).
  if (c.couponKind === 'PERCENT_OFF') return { value: trim(yuan(Math.floor((10_000 - c.offBp) / 10))), unit: 'ZHE' };
  return { value: trim(yuan(c.offFen)), unit: 'YUAN' };
}

/** "5.00" → "5", "2.50" → "2.5": a coupon's face drops zeros a price tag keeps. */
const trim = (text: string) => text.replace(/\.?0+$/, '');

/** The threshold as a chip writes it (满30减5), or null for 无门槛. */
export const thresholdYuan = (c: Terms): string | null => (c.thresholdFen > 0 ? trim(yuan(c.thresholdFen)) : null);

export type ClaimState = 'CLAIM' | 'CLAIMED' | 'SOLD_OUT' | 'LIMIT';

/**
 * The coupon centre's button: 立即领取 while the shopper may take one more; once they hold as many as they may,
 * 已领取 (a limit of one) or 已达上限 (a limit of several); 已抢光 when none are left for anyone.
 */
export function claimState(p: { claimed: number; totalLimit?: number | null; mine?: number | null; perUserLimit: number }): ClaimState {
  const mine = p.mine ?? 0;
  if (mine >= p.perUserLimit) return p.perUserLimit === 1 ? 'CLAIMED' : 'LIMIT';
  if (p.totalLimit != null && p.claimed >= p.totalLimit) return 'SOLD_OUT';
  return 'CLAIM';
}

export type CouponTab = 'USABLE' | 'USED' | 'EXPIRED';

/**
 * A held coupon's tab: used (or held by an unpaid order) → 已使用; past its end, or its campaign stopped → 已过期;
 * otherwise 可使用 (including one not valid yet, which says from when).
 */
export function couponTab(c: { state: string; validUntil?: string | null; template: { state: string } }, now: number): CouponTab {
  if (c.state === 'USED' || c.state === 'LOCKED') return 'USED';
  if (c.template.state !== 'LIVE') return 'EXPIRED';
  if (c.validUntil && Date.parse(c.validUntil) <= now) return 'EXPIRED';
  return 'USABLE';
}

/** Calendar days in Shanghai from today to the day a coupon ends (0 = today, 1 = tomorrow), or null when it does not end. */
export function daysLeft(validUntil: string | null | undefined, now: number): number | null {
  if (!validUntil) return null;
  const days = (Date.parse(shanghaiDate(Date.parse(validUntil))) - Date.parse(shanghaiDate(now))) / 86_400_000;
  return Math.max(0, days);
}
