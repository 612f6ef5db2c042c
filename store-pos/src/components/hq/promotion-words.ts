// How a promotion reads on HQ's screens: its kind, terms, window, funder and budget, in Chinese, from the API's fields.
import type { HqPromotionFieldsFragment } from '../../generated/graphql';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { localDate } from '../../lib/time';

const s = hq.promo;
type P = Pick<
  HqPromotionFieldsFragment,
  'kind' | 'couponKind' | 'tiers' | 'thresholdFen' | 'offFen' | 'offBp' | 'capFen' | 'startsAt' | 'endsAt' | 'validDays'
> &
  Partial<Pick<HqPromotionFieldsFragment, 'funder' | 'funderStoreBp' | 'budgetFen' | 'spentFen' | 'budgetUses' | 'uses'>>;

/** 满减活动, or the coupon's kind (a 满减券 with no threshold is a 无门槛券). */
export function kindLabel(p: P): string {
  if (p.kind === 'FULL_REDUCTION') return s.kinds.FULL_REDUCTION!;
  if (p.couponKind === 'AMOUNT_OFF' && p.thresholdFen === 0) return s.couponKinds.NO_THRESHOLD!;
  return s.couponKinds[p.couponKind ?? ''] ?? '';
}

/** 8.5 for 1500 bp off. */
export function zhe(offBp: number): string {
  return String((10_000 - offBp) / 1_000);
}

export function termsText(p: P): string {
  if (p.kind === 'FULL_REDUCTION') return p.tiers.map((t) => `满${yuan(t.thresholdFen)}减${yuan(t.offFen)}`).join('，');
  const gate = p.thresholdFen > 0 ? `满${yuan(p.thresholdFen)}` : '无门槛';
  if (p.couponKind === 'PERCENT_OFF') return `${gate}打${zhe(p.offBp)}折${p.capFen ? `，最多减${yuan(p.capFen)}` : ''}`;
  if (p.couponKind === 'DELIVERY_OFF') return `${gate}运费减${yuan(p.offFen)}`;
  return `${gate}减${yuan(p.offFen)}`;
}

/** The window as dates in China (the end shown inclusive), or N days from the claim. */
export function windowText(p: P): string {
  if (p.validDays) return s.daysAfterClaim(p.validDays);
  const from = p.startsAt ? localDate(new Date(p.startsAt), 'Asia/Shanghai') : null;
  const to = p.endsAt ? localDate(new Date(new Date(p.endsAt).getTime() - 1), 'Asia/Shanghai') : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return s.from(from);
  if (to) return s.until(to);
  return s.always;
}

/** 60.5 for 6050 bp. */
export function pct(bp: number): string {
  return String(bp / 100);
}

export function funderText(p: P): string {
  if (p.funder === 'SPLIT') return `${s.splitShort(pct(p.funderStoreBp ?? 0))} ${pct(10_000 - (p.funderStoreBp ?? 0))}%`;
  return s.funders[p.funder ?? ''] ?? '';
}

export function budgetLeftText(p: P): string {
  const parts: string[] = [];
  if (p.budgetFen != null) parts.push(yuan(Math.max(0, p.budgetFen - (p.spentFen ?? 0))));
  if (p.budgetUses != null) parts.push(s.usesLeft(Math.max(0, p.budgetUses - (p.uses ?? 0))));
  return parts.length ? parts.join(' · ') : s.noBudget;
}
