// The promotion editor's form: what HQ types (yuan, 折, percent, dates) to the API's input (fen, basis points, instants),
// and the API's refusals to a Chinese reason beside the field they are about.
import type { CombinedError } from 'urql';
import type {
  CouponIssue,
  CouponKind,
  CreatePromotionInput,
  HqPromotionFieldsFragment,
  PromotionKind,
  StackClass,
} from '../../generated/graphql';
import { hq } from '../../hq-strings';
import { fenFromYuan, yuanInput } from '../../lib/money';
import { localDate } from '../../lib/time';
import { pct, zhe } from '../../components/hq/promotion-words';

const e = hq.promo.errors;
const ZONE = '+08:00';

/** 无门槛券 is a 满减券 (AMOUNT_OFF) with no threshold; the form offers it as its own kind. */
export type FormCouponKind = CouponKind | 'NO_THRESHOLD';

export interface PromotionForm {
  kind: PromotionKind;
  name: string;
  couponKind: FormCouponKind;
  tiers: { threshold: string; off: string }[];
  threshold: string;
  off: string;
  discount: string;
  cap: string;
  categoryIds: string[];
  skuIds: string[];
  storeIds: string[];
  storeGroupIds: string[];
  stacksWith: string[];
  issuedBy: string;
  giftMin: string;
  channel: string;
  validity: 'WINDOW' | 'DAYS';
  startsOn: string;
  endsOn: string;
  validDays: string;
  funder: string;
  storePct: string;
  totalLimit: string;
  perUserLimit: string;
  budget: string;
  budgetUses: string;
}

export type FieldErrors = Record<string, string>;

export function emptyForm(kind: PromotionKind): PromotionForm {
  return {
    kind,
    name: '',
    couponKind: 'AMOUNT_OFF',
    tiers: [{ threshold: '', off: '' }],
    threshold: '',
    off: '',
    discount: '',
    cap: '',
    categoryIds: [],
    skuIds: [],
    storeIds: [],
    storeGroupIds: [],
    stacksWith: ['FULL_REDUCTION', 'COUPON'],
    issuedBy: 'CLAIM',
    giftMin: '',
    channel: 'BOTH',
    validity: 'WINDOW',
    startsOn: '',
    endsOn: '',
    validDays: '',
    funder: 'HQ',
    storePct: '',
    totalLimit: '',
    perUserLimit: '1',
    budget: '',
    budgetUses: '',
  };
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));
const china = (iso: string, back = 0) => localDate(new Date(new Date(iso).getTime() - back), 'Asia/Shanghai');

export function fromPromotion(p: HqPromotionFieldsFragment): PromotionForm {
  const couponKind: FormCouponKind =
    p.couponKind === 'AMOUNT_OFF' && p.thresholdFen === 0 ? 'NO_THRESHOLD' : (p.couponKind ?? 'AMOUNT_OFF');
  return {
    kind: p.kind,
    name: p.name,
    couponKind,
    tiers: p.tiers.length
      ? p.tiers.map((t) => ({ threshold: yuanInput(t.thresholdFen), off: yuanInput(t.offFen) }))
      : [{ threshold: '', off: '' }],
    threshold: p.thresholdFen ? yuanInput(p.thresholdFen) : '',
    off: p.offFen ? yuanInput(p.offFen) : '',
    discount: p.couponKind === 'PERCENT_OFF' ? zhe(p.offBp) : '',
    cap: p.capFen ? yuanInput(p.capFen) : '',
    categoryIds: p.categoryIds,
    skuIds: p.skuIds,
    storeIds: p.storeIds,
    storeGroupIds: p.storeGroupIds,
    stacksWith: p.stacksWith,
    issuedBy: p.issuedBy,
    giftMin: p.giftMinPaidFen ? yuanInput(p.giftMinPaidFen) : '',
    channel: p.channel,
    validity: p.validDays ? 'DAYS' : 'WINDOW',
    startsOn: p.startsAt ? china(p.startsAt) : '',
    // Kept as the first instant after the last day; shown as that last day.
    endsOn: p.endsAt ? china(p.endsAt, 1) : '',
    validDays: text(p.validDays),
    funder: p.funder,
    storePct: p.funder === 'SPLIT' ? pct(p.funderStoreBp) : '',
    totalLimit: text(p.totalLimit),
    perUserLimit: String(p.perUserLimit),
    budget: p.budgetFen == null ? '' : yuanInput(p.budgetFen),
    budgetUses: text(p.budgetUses),
  };
}

/** 8.5 (折) → 1500 bp off; null when it is not 0.1–9.99 折. */
export function offBpFromZhe(t: string): number | null {
  const m = /^\s*(\d)(?:\.(\d{1,2}))?\s*$/.exec(t);
  if (!m) return null;
  const bp = 10_000 - (Number(m[1]) * 1_000 + Number((m[2] ?? '').padEnd(2, '0')) * 10);
  return bp >= 1 && bp <= 9_900 ? bp : null;
}

/** 33.33 (%) → 3333 bp; null when it is not 0–100 with at most two decimals. */
export function bpFromPercent(t: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*$/.exec(t);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

const whole = (t: string): number | null | undefined => (t.trim() === '' ? undefined : /^\s*\d{1,9}\s*$/.test(t) ? Number(t) : null);
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00${ZONE}`) + 86_400_000).toISOString();

/** The API's input, or the fields the form itself can tell are wrong (before asking the API). */
export function toInput(f: PromotionForm): { input: CreatePromotionInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const money = (field: string, t: string, optional = false): number | null => {
    if (optional && t.trim() === '') return null;
    const fen = fenFromYuan(t);
    if (fen === null) errors[field] = e.amount!;
    return fen;
  };
  const count = (field: string, t: string): number | null => {
    const n = whole(t);
    if (n === null) errors[field] = e[field]!;
    return n ?? null;
  };
  const input: CreatePromotionInput = { kind: f.kind, name: f.name.trim(), channel: f.channel, funder: f.funder };
  if (!input.name || input.name.length > 40) errors.name = e.name!;
  if (f.kind === 'FULL_REDUCTION') {
    input.tiers = f.tiers.map((t, i) => ({
      thresholdFen: money(`tiers.${i}.threshold`, t.threshold) ?? 0,
      offFen: money(`tiers.${i}.off`, t.off) ?? 0,
    }));
    if (input.tiers.some((t) => t.offFen > t.thresholdFen)) errors.tiers = e.tierOverThreshold!;
  } else {
    input.couponKind = f.couponKind === 'NO_THRESHOLD' ? 'AMOUNT_OFF' : f.couponKind;
    input.thresholdFen = f.couponKind === 'NO_THRESHOLD' || f.threshold.trim() === '' ? 0 : money('thresholdFen', f.threshold);
    if (f.couponKind === 'PERCENT_OFF') {
      input.offBp = offBpFromZhe(f.discount);
      if (input.offBp === null) errors.offBp = e.offBp!;
      input.capFen = money('capFen', f.cap, true);
    } else input.offFen = money('offFen', f.off);
    input.issuedBy = f.issuedBy as CouponIssue;
    if (f.issuedBy === 'AFTER_PURCHASE') input.giftMinPaidFen = money('giftMinPaidFen', f.giftMin, true) ?? 0;
    input.totalLimit = count('totalLimit', f.totalLimit);
    input.perUserLimit = count('perUserLimit', f.perUserLimit);
  }
  if (f.kind === 'COUPON' && f.validity === 'DAYS') input.validDays = count('validDays', f.validDays);
  else {
    input.startsAt = f.startsOn ? new Date(`${f.startsOn}T00:00:00${ZONE}`).toISOString() : null;
    input.endsAt = f.endsOn ? nextDay(f.endsOn) : null;
  }
  input.categoryIds = f.categoryIds;
  input.skuIds = f.skuIds;
  input.storeIds = f.storeIds;
  input.storeGroupIds = f.storeGroupIds;
  input.stacksWith = f.stacksWith as StackClass[];
  if (f.funder === 'SPLIT') {
    input.funderStoreBp = bpFromPercent(f.storePct);
    if (input.funderStoreBp === null) errors.funderStoreBp = e.funderStoreBp!;
  }
  input.budgetFen = money('budgetFen', f.budget, true);
  input.budgetUses = count('budgetUses', f.budgetUses);
  return Object.keys(errors).length ? { errors } : { input };
}

/** The API's reasons (English, for developers) as the field they are about and what HQ reads there. */
const REASONS: [RegExp, string, string][] = [
  [/needs at least one tier/, 'tiers', e.tiers!],
  [/tier cannot take off more than its threshold/, 'tiers', e.tierOverThreshold!],
  [/needs offBp/, 'offBp', e.offBp!],
  [/needs offFen/, 'offFen', e.offFen!],
  [/Give a window or validDays/, 'validDays', e.validBoth!],
  [/startsAt must be before endsAt/, 'endsAt', e.endsAt!],
  [/must be ids/, 'scope', e.scope!],
  [/cannot be edited/, 'form', hq.promo.notEditable],
];

/** Field errors from a refused save: the reason's own field (extensions.field) or class-validator's property. */
export function apiFieldErrors(error: CombinedError): FieldErrors | null {
  const out: FieldErrors = {};
  for (const g of error.graphQLErrors) {
    if (g.extensions?.code !== 'BAD_USER_INPUT') continue;
    const known = REASONS.find(([re]) => re.test(g.message));
    if (known) out[known[1]] = known[2];
    else if (typeof g.extensions.field === 'string') out[g.extensions.field] = e[g.extensions.field] ?? e.unknown!;
    const invalid = g.extensions.validationErrors as { property: string; children?: { property: string }[] }[] | undefined;
    for (const v of invalid ?? []) for (const c of v.children?.length ? v.children : [v]) out[c.property] = e[c.property] ?? e.unknown!;
  }
  return Object.keys(out).length ? out : null;
}
