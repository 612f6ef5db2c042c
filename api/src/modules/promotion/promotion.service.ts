// HQ makes, launches and stops campaigns and coupon templates; shoppers claim coupons and list theirs.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import { matches } from '../pricing/pipeline';
import type { CampaignBook } from './campaign-book';
import { ClaimProblem, CouponNotClaimableError, PromotionNotFoundError } from './promotion.errors';
import {
  claimableTemplates,
  claimCoupon,
  dateOrNull,
  couponsOf,
  insertPromotion,
  promotionById,
  scopeOf,
  skuCategories,
  setPromotionState,
  updateDraftPromotion,
  type CouponRow,
  type NewPromotion,
  type PromotionRow,
} from './promotion.repository';
import { Coupon, CouponKind, type CreatePromotionInput, Promotion, PromotionKind, PromotionStatus } from './promotion.types';

export class PromotionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly campaigns: CampaignBook,
  ) {}

  async create(input: CreatePromotionInput): Promise<Promotion> {
    checkTerms(input);
    return toPromotion(await insertPromotion(this.em, this.terms(randomUUID(), input)), this.clock.now());
  }

  /** A draft's terms changed (checked as at creation); a launched or stopped one is refused: shoppers hold its terms. */
  async update(id: string, input: CreatePromotionInput): Promise<Promotion | PromotionNotFoundError> {
    checkTerms(input);
    const row = UUID.test(id) ? await updateDraftPromotion(this.em, this.terms(id, input)) : undefined;
    if (row) return toPromotion(row, this.clock.now());
    const exists = UUID.test(id) ? await promotionById(this.em, id) : undefined;
    if (!exists) return PromotionNotFoundError.of(id);
    throw badUserInput(`A ${exists.state} promotion cannot be edited`, 'id');
  }

  private terms(id: string, input: CreatePromotionInput): NewPromotion {
    const coupon = input.kind === PromotionKind.COUPON;
    return {
      id,
      kind: input.kind,
      name: input.name.trim(),
      couponKind: coupon ? input.couponKind! : null,
      tiers: coupon ? [] : [...input.tiers!].map((t) => ({ thresholdFen: t.thresholdFen, offFen: t.offFen })),
      thresholdFen: input.thresholdFen ?? 0,
      offFen: input.offFen ?? 0,
      offBp: input.offBp ?? 0,
      capFen: input.capFen ?? null,
      categoryIds: input.categoryIds ?? [],
      skuIds: input.skuIds ?? [],
      storeIds: input.storeIds ?? [],
      channel: input.channel,
      funder: input.funder,
      funderStoreBp: input.funder === 'SPLIT' ? (input.funderStoreBp ?? 0) : 0,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      validDays: input.validDays ?? null,
      totalLimit: input.totalLimit ?? null,
      perUserLimit: input.perUserLimit ?? 1,
      budgetFen: input.budgetFen ?? null,
      budgetUses: input.budgetUses ?? null,
      at: this.clock.now(),
    };
  }

  async setState(id: string, to: 'LIVE' | 'STOPPED'): Promise<Promotion | PromotionNotFoundError> {
    const row = UUID.test(id) ? await setPromotionState(this.em, id, to, this.clock.now()) : undefined;
    if (!row) {
      const exists = UUID.test(id) ? await promotionById(this.em, id) : undefined;
      if (!exists) return PromotionNotFoundError.of(id);
      throw badUserInput(`A ${exists.state} promotion cannot become ${to}`, 'id');
    }
    // This process prices with it (or without it) at once; others within the campaign book's TTL.
    this.campaigns.clear();
    return toPromotion(row, this.clock.now());
  }

  async claim(shopperId: string, promotionId: string): Promise<Coupon | CouponNotClaimableError | PromotionNotFoundError> {
    if (!UUID.test(promotionId)) return PromotionNotFoundError.of(promotionId);
    const claimed = await claimCoupon(this.em, { couponId: randomUUID(), promotionId, shopperId, at: this.clock.now() });
    const outcome = claimed.kind === 'CLAIMED' ? claimed.row : ClaimProblem[claimed.kind];
    if (typeof outcome === 'string') {
      if (outcome === ClaimProblem.NOT_CLAIMABLE && !(await promotionById(this.em, promotionId)))
        return PromotionNotFoundError.of(promotionId);
      return CouponNotClaimableError.of(promotionId, outcome);
    }
    return toCoupon(outcome, this.clock.now());
  }

  /** With `forGoods`, only the templates whose scope covers one of those SKUs (at that store, when given). */
  async couponCentre(shopperId: string | null, forGoods?: { skuIds: string[]; storeId: string | null }): Promise<Promotion[]> {
    let rows = await claimableTemplates(this.em, shopperId, this.clock.now());
    if (forGoods) {
      if (forGoods.skuIds.length > 100) throw badUserInput('At most 100 skuIds', 'skuIds');
      const goods = await skuCategories(
        this.em,
        forGoods.skuIds.filter((id) => UUID.test(id)),
      );
      const storeId = forGoods.storeId !== null && UUID.test(forGoods.storeId) ? forGoods.storeId : null;
      rows = rows.filter((r) => goods.some((g) => matches(scopeOf(r), { ...g, storeId })));
    }
    const now = this.clock.now();
    return rows.map((r) => ({ ...toPromotion(r, now), mine: Number(r.mine) }));
  }

  async myCoupons(shopperId: string): Promise<Coupon[]> {
    const now = this.clock.now();
    return (await couponsOf(this.em, shopperId, 100)).map((r) => toCoupon(r, now));
  }
}

/** Terms that cannot make sense are refused at creation (4xx), before anything is written. */
function checkTerms(i: CreatePromotionInput): void {
  if (i.kind === PromotionKind.FULL_REDUCTION) {
    if (!i.tiers?.length) throw badUserInput('满减 needs at least one tier', 'tiers');
    if (i.tiers.some((t) => t.offFen > t.thresholdFen)) throw badUserInput('A tier cannot take off more than its threshold', 'tiers');
    if (i.couponKind) throw badUserInput('couponKind is for coupons', 'couponKind');
  } else {
    if (!i.couponKind) throw badUserInput('A coupon needs its couponKind', 'couponKind');
    if (i.couponKind === CouponKind.PERCENT_OFF && !i.offBp) throw badUserInput('折扣券 needs offBp between 1 and 10000', 'offBp');
    if (i.couponKind !== CouponKind.PERCENT_OFF && !i.offFen) throw badUserInput('This coupon needs offFen (the amount off)', 'offFen');
    if (i.validDays && (i.startsAt || i.endsAt)) throw badUserInput('Give a window or validDays, not both', 'validDays');
  }
  if (i.startsAt && i.endsAt && new Date(i.startsAt) >= new Date(i.endsAt)) throw badUserInput('startsAt must be before endsAt', 'endsAt');
  for (const [field, ids] of [
    ['categoryIds', i.categoryIds],
    ['skuIds', i.skuIds],
    ['storeIds', i.storeIds],
  ] as const) {
    if (ids?.some((id) => !UUID.test(id))) throw badUserInput(`${field} must be ids`, field);
  }
}

/** 草稿 / 进行中 / 已结束 / 已停止 as HQ reads it at `now` (the list's SQL filter says the same in promotion-report.repository.ts). */
export function statusOf(r: PromotionRow, now: Date): PromotionStatus {
  if (r.state !== 'LIVE') return r.state as PromotionStatus;
  const ended =
    (r.ends_at !== null && new Date(r.ends_at) <= now) ||
    (r.budget_fen !== null && Number(r.spent_fen) >= Number(r.budget_fen)) ||
    (r.budget_uses !== null && r.uses >= r.budget_uses);
  return ended ? PromotionStatus.ENDED : PromotionStatus.LIVE;
}

export function toPromotion(r: PromotionRow, now: Date): Promotion {
  return Object.assign(new Promotion(), {
    id: r.id,
    kind: r.kind as PromotionKind,
    name: r.name,
    couponKind: r.coupon_kind as CouponKind | null,
    tiers: r.tiers,
    thresholdFen: r.threshold_fen,
    offFen: r.off_fen,
    offBp: r.off_bp,
    capFen: r.cap_fen,
    channel: r.channel,
    funder: r.funder,
    funderStoreBp: r.funder_store_bp,
    startsAt: dateOrNull(r.starts_at),
    endsAt: dateOrNull(r.ends_at),
    validDays: r.valid_days,
    totalLimit: r.total_limit,
    perUserLimit: r.per_user_limit,
    claimed: r.claimed,
    budgetFen: r.budget_fen === null ? null : Number(r.budget_fen),
    spentFen: Number(r.spent_fen),
    budgetUses: r.budget_uses,
    uses: r.uses,
    state: r.state,
    status: statusOf(r, now),
    categoryIds: r.scope_category_ids,
    skuIds: r.scope_sku_ids,
    storeIds: r.scope_store_ids,
    createdAt: dateOrNull(r.created_at)!,
  });
}

function toCoupon(r: CouponRow, now: Date): Coupon {
  return Object.assign(new Coupon(), {
    id: r.coupon_id,
    template: toPromotion(r, now),
    state: r.coupon_state,
    validFrom: dateOrNull(r.valid_from),
    validUntil: dateOrNull(r.valid_until),
  });
}
