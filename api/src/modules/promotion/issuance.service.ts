// Coupons given besides the coupon centre: 新人券 at the first sign-in, a gift after a paid checkout, HQ batches to a
// segment (a job), and single-use redemption codes. Every grant has a key written with its coupon (claimCoupon), so
// a replayed sign-in, a redelivered job or a rerun batch gives nothing twice; the template's limits hold throughout.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transactionWithEffects, type Effects } from '../../common/effects';
import { badUserInput } from '../../common/errors';
import { transaction, UUID } from '../../common/sql';
import { grantKeys } from './coupon-grant.repository';
import {
  advanceBatch,
  batchById,
  batchesOf,
  codeCounts,
  codesOf,
  insertBatch,
  insertCodes,
  liveTemplatesIssuedBy,
  paidCheckout,
  reserveCodeAttempt,
  returnCodeAttempt,
  segmentPage,
  segmentSize,
  type Segment,
  shopperSince,
  takeCode,
  type BatchRow,
} from './issuance.repository';
import { CouponBatch, RedemptionCodePage, SegmentInput } from './issuance.types';
import {
  ClaimProblem,
  CouponNotClaimableError,
  PromotionNotFoundError,
  RedemptionCodeRefusedError,
  RedemptionProblem,
} from './promotion.errors';
import { claimCoupon, promotionById, type ClaimOutcome, type CouponRow } from './promotion.repository';
import { toCoupon } from './promotion.service';
import { newRedemptionCode, normaliseCode } from './redemption-codes';

/** A shopper is new (新人) on the day of their first sign-in: a sign-in lost before its 新人券 came gets it on the next. */
const NEW_SHOPPER_MS = 24 * 3600_000;
/** Wrong codes a shopper may try per window: enough for typos, far too few to guess (codes: redemption-codes.ts). */
export const CODE_ATTEMPTS = { maxAttempts: 10, windowMinutes: 60 };
const MAX_CODES_PER_CALL = 10_000;
const EXPORT_PAGE = 1_000;
const BATCH_PAGE = 500;

export interface IssuanceDeps {
  clock: Clock;
  /** Relays the batch job written with the batch (after commit). */
  outbox?: { kick(): void };
}

/** Thrown inside the redemption's transaction to give the code back when its template has nothing to give. */
class NotGiven extends Error {
  constructor(
    readonly outcome: ClaimOutcome['kind'],
    readonly promotionId: string,
  ) {
    super(outcome);
  }
}

export class CouponIssuance {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: IssuanceDeps,
  ) {}

  private grant(shopperId: string, promotionId: string, issue: Parameters<typeof claimCoupon>[1]['issue'], em = this.em) {
    return claimCoupon(em, { couponId: randomUUID(), promotionId, shopperId, at: this.deps.clock.now(), issue });
  }

  /**
   * 新人券: each live NEW_SHOPPER template once, on the day of the shopper's first sign-in (the sign-in calls this).
   * Given at sign-in rather than after a first order: it is what brings the first order about. Answers how many.
   */
  async welcome(shopperId: string): Promise<number> {
    const now = this.deps.clock.now();
    const since = await shopperSince(this.em, shopperId);
    if (!since || now.getTime() - since.getTime() > NEW_SHOPPER_MS) return 0;
    let given = 0;
    for (const t of await liveTemplatesIssuedBy(this.em, 'NEW_SHOPPER', now)) {
      const out = await this.grant(shopperId, t.id, { by: 'NEW_SHOPPER', grantKey: grantKeys.newShopper(t.id, shopperId) });
      if (out.kind === 'CLAIMED') given++;
    }
    return given;
  }

  /** The gift after purchase (the coupon-gift job): once per paid checkout and template, whatever the redelivery. */
  async giftAfterPayment(checkoutId: string): Promise<string> {
    const paid = await paidCheckout(this.em, checkoutId);
    if (!paid) return 'not paid';
    const outcomes: string[] = [];
    for (const t of await liveTemplatesIssuedBy(this.em, 'AFTER_PURCHASE', this.deps.clock.now())) {
      if (paid.paidFen < t.giftMinPaidFen) continue;
      const out = await this.grant(paid.shopperId, t.id, { by: 'AFTER_PURCHASE', grantKey: grantKeys.gift(t.id, checkoutId) });
      outcomes.push(out.kind);
    }
    return outcomes.length ? outcomes.join(', ') : 'no gift';
  }

  /** HQ makes `count` new codes for an HQ-issued template; answers them (the first page when many). */
  async generateCodes(promotionId: string, count: number): Promise<RedemptionCodePage | PromotionNotFoundError> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_CALL)
      throw badUserInput(`count must be 1..${MAX_CODES_PER_CALL}`, 'count');
    const template = UUID.test(promotionId) ? await promotionById(this.em, promotionId) : undefined;
    if (!template) return PromotionNotFoundError.of(promotionId);
    if (template.kind !== 'COUPON' || template.issued_by !== 'HQ')
      throw badUserInput('Codes are for coupon templates issued by HQ (issuedBy HQ)', 'promotionId');
    const at = this.deps.clock.now();
    let made = 0;
    // A clash with an existing code (rare: 8 × 10^14 codes) is skipped and made again.
    while (made < count)
      made += await insertCodes(
        this.em,
        promotionId,
        Array.from({ length: count - made }, () => newRedemptionCode()),
        at,
      );
    const page = await this.exportCodes(promotionId, null);
    return Object.assign(page as RedemptionCodePage, { made });
  }

  async exportCodes(promotionId: string, after: string | null): Promise<RedemptionCodePage | PromotionNotFoundError> {
    if (!UUID.test(promotionId) || !(await promotionById(this.em, promotionId))) return PromotionNotFoundError.of(promotionId);
    const rows = await codesOf(this.em, promotionId, after ? (normaliseCode(after) ?? null) : null, EXPORT_PAGE + 1);
    const codes = rows.slice(0, EXPORT_PAGE);
    const counts = await codeCounts(this.em, promotionId);
    const csv = [
      'code,created_at,redeemed_at',
      ...codes.map((c) => `${c.code},${c.createdAt.toISOString()},${c.redeemedAt?.toISOString() ?? ''}`),
    ];
    return Object.assign(new RedemptionCodePage(), {
      promotionId,
      made: 0,
      codes,
      next: rows.length > EXPORT_PAGE ? codes[codes.length - 1]!.code : null,
      csv: csv.join('\r\n') + '\r\n',
      ...counts,
    });
  }

  /**
   * A shopper redeems a code: the attempt is counted first (a wrong guess costs a try, a code that works gives it
   * back), then the code is taken and its coupon given in one transaction, so a code whose template has nothing left
   * stays unused. Of shoppers racing for one code, exactly one gets it.
   */
  async redeem(shopperId: string, typed: string) {
    const now = this.deps.clock.now();
    const reserved = await reserveCodeAttempt(this.em, { shopperId, at: now, ...CODE_ATTEMPTS });
    if (!reserved.ok) return RedemptionCodeRefusedError.of(RedemptionProblem.TOO_MANY_ATTEMPTS, reserved.retryAt);
    const code = normaliseCode(typed);
    if (!code) return RedemptionCodeRefusedError.of(RedemptionProblem.NOT_FOUND);
    const outcome = await transaction(this.em, async (tx): Promise<CouponRow | 'NOT_FOUND' | 'USED'> => {
      const taken = await takeCode(tx, code, shopperId, now);
      if (typeof taken === 'string') return taken;
      const out = await this.grant(shopperId, taken.promotionId, { by: 'HQ', grantKey: grantKeys.code(code) }, tx);
      if (out.kind !== 'CLAIMED') throw new NotGiven(out.kind, taken.promotionId);
      return out.row;
    }).catch(async (err: unknown) => {
      if (!(err instanceof NotGiven)) throw err;
      return err;
    });
    if (outcome instanceof NotGiven) return CouponNotClaimableError.of(outcome.promotionId, ClaimProblem[outcome.outcome as 'SOLD_OUT']);
    if (typeof outcome === 'string') return RedemptionCodeRefusedError.of(RedemptionProblem[outcome]);
    await returnCodeAttempt(this.em, shopperId);
    return toCoupon(outcome, now);
  }

  /** HQ issues a template to a segment: the batch is written with its job, which gives the coupons. */
  async startBatch(promotionId: string, input: SegmentInput, by: string): Promise<CouponBatch | PromotionNotFoundError> {
    const segment = segmentOf(input);
    const template = UUID.test(promotionId) ? await promotionById(this.em, promotionId) : undefined;
    if (!template) return PromotionNotFoundError.of(promotionId);
    if (template.kind !== 'COUPON' || template.issued_by !== 'HQ')
      throw badUserInput('Batches are for coupon templates issued by HQ (issuedBy HQ)', 'promotionId');
    const row = await transactionWithEffects(this.em, this.deps, async (tx, effects: Effects) => {
      const b = await insertBatch(tx, {
        id: randomUUID(),
        promotionId,
        segment,
        by,
        at: this.deps.clock.now(),
      });
      effects.job('coupon-batch', { batchId: b.id });
      return b;
    });
    return asBatch(row);
  }

  /** How many shoppers a batch to this segment would reach now (its template's limits aside). */
  async previewSegment(input: SegmentInput): Promise<number> {
    return segmentSize(this.em, segmentOf(input), this.deps.clock.now());
  }

  async batches(promotionId: string): Promise<CouponBatch[]> {
    return UUID.test(promotionId) ? (await batchesOf(this.em, promotionId, 50)).map(asBatch) : [];
  }

  async batch(id: string): Promise<CouponBatch | undefined> {
    const b = UUID.test(id) ? await batchById(this.em, id) : undefined;
    return b && asBatch(b);
  }

  /**
   * The coupon-batch job: walks the segment by shopper id from where the batch stopped, one grant per shopper
   * (key: batch and shopper), until the segment ends or the template has nothing left (sold out, stopped, ended).
   */
  async runBatch(batchId: string): Promise<string> {
    let b = await batchById(this.em, batchId);
    if (!b) return 'no such batch';
    while (b.state === 'RUNNING') {
      const now = this.deps.clock.now();
      const page = await segmentPage(this.em, b.segment, b.afterShopperId, now, BATCH_PAGE);
      let out = false;
      for (const shopperId of page) {
        const r = await this.grant(shopperId, b.promotionId, { by: 'HQ', grantKey: grantKeys.batch(b.id, shopperId), batchId: b.id });
        if (r.kind === 'SOLD_OUT' || r.kind === 'NOT_CLAIMABLE') {
          out = true;
          break;
        }
      }
      b = await advanceBatch(this.em, { id: b.id, after: page.at(-1) ?? null, done: out || page.length < BATCH_PAGE, at: now });
    }
    return `done: ${b.issued} of ${b.targeted}`;
  }
}

/** The segment as stored, after checking it names at least one condition and its ids are ids. */
function segmentOf(s: SegmentInput): Segment {
  if (!s.homeStoreId && !s.orderedAtStoreId && !s.orderedWithinDays && !s.levelId && !s.noOrderSince)
    throw badUserInput('Name at least one condition of the segment', 'segment');
  for (const f of ['homeStoreId', 'orderedAtStoreId', 'levelId'] as const)
    if (s[f] && !UUID.test(s[f])) throw badUserInput(`${f} is not an id`, f);
  return {
    homeStoreId: s.homeStoreId ?? null,
    orderedAtStoreId: s.orderedAtStoreId ?? null,
    orderedWithinDays: s.orderedWithinDays ?? null,
    levelId: s.levelId ?? null,
    noOrderSince: s.noOrderSince ? new Date(s.noOrderSince).toISOString() : null,
  };
}

function asBatch(b: BatchRow): CouponBatch {
  return Object.assign(new CouponBatch(), {
    id: b.id,
    promotionId: b.promotionId,
    state: b.state,
    targeted: b.targeted,
    issued: b.issued,
    createdAt: b.createdAt,
    finishedAt: b.finishedAt,
    createdBy: b.createdBy,
    segment: Object.assign(new SegmentInput(), {
      ...b.segment,
      noOrderSince: b.segment.noOrderSince ? new Date(b.segment.noOrderSince) : null,
    }),
  });
}
