// SQL for giving coupons besides the coupon centre: templates issued by the system, what a paid checkout earns,
// redemption codes (made, exported, taken once), the code-guessing throttle, and HQ batches to a segment.
import { clusterOfId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

/** Live coupon templates given this way, with the least a checkout must pay to earn a gift. */
export async function liveTemplatesIssuedBy(
  em: EntityManager,
  by: 'NEW_SHOPPER' | 'AFTER_PURCHASE',
  at: Date,
): Promise<{ id: string; giftMinPaidFen: number }[]> {
  const rows = await query<{ id: string; gift_min_paid_fen: number }>(
    em,
    `SELECT id, gift_min_paid_fen FROM promotion
     WHERE state = 'LIVE' AND kind = 'COUPON' AND issued_by = :by AND (starts_at IS NULL OR starts_at <= :at::timestamptz)
       AND (ends_at IS NULL OR ends_at > :at::timestamptz)
     ORDER BY created_at, id`,
    { by, at: at.toISOString() },
  );
  return rows.map((r) => ({ id: r.id, giftMinPaidFen: r.gift_min_paid_fen }));
}

export async function shopperSince(em: EntityManager, shopperId: string): Promise<Date | undefined> {
  const [r] = await query<{ created_at: string }>(em, `SELECT created_at FROM shopper WHERE id = :id::uuid`, { id: shopperId });
  return r ? new Date(r.created_at) : undefined;
}

/** A paid checkout's shopper and what it paid; undefined unless it is paid. */
export async function paidCheckout(em: EntityManager, checkoutId: string): Promise<{ shopperId: string; paidFen: number } | undefined> {
  const [r] = await query<{ shopper_id: string; total_fen: number }>(
    em,
    `SELECT shopper_id, total_fen FROM checkout WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid AND transaction_id IS NOT NULL`,
    { id: checkoutId, cluster: clusterOfId(checkoutId) ?? null },
  );
  return r && { shopperId: r.shopper_id, paidFen: r.total_fen };
}

/** Writes the codes of a template; answers how many were new (a clash with an existing code is skipped). */
export async function insertCodes(em: EntityManager, promotionId: string, codes: readonly string[], at: Date): Promise<number> {
  const rows = await query(
    em,
    `INSERT INTO redemption_code (code, promotion_id, created_at)
     SELECT x, :p::uuid, :at::timestamptz FROM unnest(:codes::text[]) AS x ON CONFLICT (code) DO NOTHING RETURNING code`,
    { p: promotionId, codes: pgArray(codes), at: at.toISOString() },
  );
  return rows.length;
}

export interface CodeRow {
  code: string;
  createdAt: Date;
  redeemedAt: Date | null;
}

/** A template's codes in the order they were made, after a code (keyset), for export. */
export async function codesOf(em: EntityManager, promotionId: string, after: string | null, limit: number): Promise<CodeRow[]> {
  const rows = await query<{ code: string; created_at: string; redeemed_at: string | null }>(
    em,
    `SELECT code, created_at, redeemed_at FROM redemption_code
     WHERE promotion_id = :p::uuid AND (:after::text IS NULL OR (created_at, code) > (SELECT created_at, code FROM redemption_code WHERE code = :after::text))
     ORDER BY created_at, code LIMIT :limit::int`,
    { p: promotionId, after, limit },
  );
  return rows.map((r) => ({ code: r.code, createdAt: new Date(r.created_at), redeemedAt: r.redeemed_at ? new Date(r.redeemed_at) : null }));
}

/**
 * Takes the code for the shopper when nobody has: a conditional UPDATE, so of shoppers racing for one code the first
 * gets the row and the rest wait on it and then find it taken. Answers the template, or why not.
 */
export async function takeCode(
  tx: EntityManager,
  code: string,
  shopperId: string,
  at: Date,
): Promise<{ promotionId: string } | 'NOT_FOUND' | 'USED'> {
  const [r] = await query<{ promotion_id: string | null; known: boolean }>(
    tx,
    `WITH taken AS (
       UPDATE redemption_code SET redeemed_by = :s::uuid, redeemed_at = :at::timestamptz
       WHERE code = :code AND redeemed_by IS NULL RETURNING promotion_id)
     SELECT (SELECT promotion_id FROM taken) AS promotion_id, EXISTS (SELECT 1 FROM redemption_code WHERE code = :code) AS known`,
    { code, s: shopperId, at: at.toISOString() },
  );
  if (r!.promotion_id) return { promotionId: r!.promotion_id };
  return r!.known ? 'USED' : 'NOT_FOUND';
}

/**
 * Counts a code attempt before it is made, while the shopper has tries left in the window (a conditional upsert:
 * racing attempts cannot pass the limit together). False: no tries left until `window_start` + the window.
 */
export async function reserveCodeAttempt(
  em: EntityManager,
  t: { shopperId: string; at: Date; windowMinutes: number; maxAttempts: number },
): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
  const rows = await query(
    em,
    `INSERT INTO redemption_throttle AS r (shopper_id, window_start, attempts) VALUES (:s::uuid, :at::timestamptz, 1)
     ON CONFLICT (shopper_id) DO UPDATE SET
       window_start = CASE WHEN r.window_start <= :at::timestamptz - make_interval(mins => :w::int) THEN :at::timestamptz ELSE r.window_start END,
       attempts = CASE WHEN r.window_start <= :at::timestamptz - make_interval(mins => :w::int) THEN 1 ELSE r.attempts + 1 END
     WHERE r.window_start <= :at::timestamptz - make_interval(mins => :w::int) OR r.attempts < :max::int
     RETURNING attempts`,
    { s: t.shopperId, at: t.at.toISOString(), w: t.windowMinutes, max: t.maxAttempts },
  );
  if (rows.length) return { ok: true };
  const [r] = await query<{ retry_at: string }>(
    em,
    `SELECT window_start + make_interval(mins => :w::int) AS retry_at FROM redemption_throttle WHERE shopper_id = :s::uuid`,
    { s: t.shopperId, w: t.windowMinutes },
  );
  return { ok: false, retryAt: new Date(r!.retry_at) };
}

/** A code that worked does not count against the shopper. */
export async function returnCodeAttempt(em: EntityManager, shopperId: string): Promise<void> {
  await query(em, `UPDATE redemption_throttle SET attempts = attempts - 1 WHERE shopper_id = :s::uuid AND attempts > 0`, { s: shopperId });
}

/** Who an HQ batch goes to; every condition given must hold. */
export interface Segment {
  /** Shoppers whose home store (一客一码) is this store. */
  homeStoreId?: string | null;
  /** Shoppers with a paid order fulfilled by this store… */
  orderedAtStoreId?: string | null;
  /** …(or at any store) paid in the last N days. */
  orderedWithinDays?: number | null;
  /** Shoppers on this member level now (by their growth, as the member centre places them). */
  levelId?: string | null;
  /** Shoppers with no paid order since this instant (lapsed; includes those who never ordered). */
  noOrderSince?: string | null;
}

export interface BatchRow {
  id: string;
  promotionId: string;
  segment: Segment;
  state: 'RUNNING' | 'DONE';
  afterShopperId: string | null;
  targeted: number;
  issued: number;
  createdAt: Date;
  finishedAt: Date | null;
  createdBy: string;
}

const toBatch = (r: Record<string, unknown>): BatchRow => ({
  id: r.id as string,
  promotionId: r.promotion_id as string,
  segment: (typeof r.segment === 'string' ? JSON.parse(r.segment) : r.segment) as Segment,
  state: r.state as BatchRow['state'],
  afterShopperId: (r.after_shopper_id as string | null) ?? null,
  targeted: r.targeted as number,
  issued: r.issued as number,
  createdAt: new Date(r.created_at as string),
  finishedAt: r.finished_at ? new Date(r.finished_at as string) : null,
  createdBy: r.created_by as string,
});

export async function insertBatch(
  em: EntityManager,
  b: { id: string; promotionId: string; segment: Segment; by: string; at: Date },
): Promise<BatchRow> {
  const [r] = await query<Record<string, unknown>>(
    em,
    `INSERT INTO coupon_batch (id, promotion_id, segment, created_by, created_at)
     VALUES (:id::uuid, :p::uuid, :segment::jsonb, :by, :at::timestamptz) RETURNING *`,
    { id: b.id, p: b.promotionId, segment: JSON.stringify(b.segment), by: b.by, at: b.at.toISOString() },
  );
  return toBatch(r!);
}

export async function batchById(em: EntityManager, id: string): Promise<BatchRow | undefined> {
  const [r] = await query<Record<string, unknown>>(em, `SELECT * FROM coupon_batch WHERE id = :id::uuid`, { id });
  return r && toBatch(r);
}

/**
 * Who is in a segment: one WHERE over shopper sh, shared by the walk and the count so the preview HQ reads is the
 * batch it sends. Parameters: home, store, days, at, level, since.
 */
const IN_SEGMENT = `
  (:home::uuid IS NULL OR sh.home_store_id = :home::uuid)
  AND (:store::uuid IS NULL AND :days::int IS NULL OR EXISTS (
        SELECT 1 FROM customer_order o WHERE o.shopper_id = sh.id AND o.paid_at IS NOT NULL
          AND (:store::uuid IS NULL OR o.store_id = :store::uuid)
          AND (:days::int IS NULL OR o.paid_at >= :at::timestamptz - make_interval(days => :days::int))))
  AND (:since::timestamptz IS NULL OR NOT EXISTS (
        SELECT 1 FROM customer_order o WHERE o.shopper_id = sh.id AND o.paid_at >= :since::timestamptz))
  AND (:level::uuid IS NULL OR :level::uuid = (
        SELECT l.id FROM member_level l
        WHERE l.growth_threshold <= (SELECT coalesce(sum(g.growth), 0) FROM member_growth g WHERE g.shopper_id = sh.id)
        ORDER BY l.growth_threshold DESC LIMIT 1))`;

const segmentParams = (segment: Segment, at: Date) => ({
  home: segment.homeStoreId ?? null,
  store: segment.orderedAtStoreId ?? null,
  days: segment.orderedWithinDays ?? null,
  level: segment.levelId ?? null,
  since: segment.noOrderSince ?? null,
  at: at.toISOString(),
});

/** The next shoppers of the segment after `after`, by id (a keyset walk that a rerun resumes where it stopped). */
export async function segmentPage(em: EntityManager, segment: Segment, after: string | null, at: Date, limit: number): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `SELECT sh.id FROM shopper sh WHERE (:after::uuid IS NULL OR sh.id > :after::uuid) AND ${IN_SEGMENT} ORDER BY sh.id LIMIT :limit::int`,
    { after, limit, ...segmentParams(segment, at) },
  );
  return rows.map((r) => r.id);
}

/** How many shoppers the segment holds now (the preview before sending). */
export async function segmentSize(em: EntityManager, segment: Segment, at: Date): Promise<number> {
  const [r] = await query<{ n: number }>(em, `SELECT count(*)::int AS n FROM shopper sh WHERE ${IN_SEGMENT}`, segmentParams(segment, at));
  return r!.n;
}

/** A template's batches, newest first. */
export async function batchesOf(em: EntityManager, promotionId: string, limit: number): Promise<BatchRow[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `SELECT * FROM coupon_batch WHERE promotion_id = :p::uuid ORDER BY created_at DESC, id LIMIT :limit::int`,
    { p: promotionId, limit },
  );
  return rows.map(toBatch);
}

/** How many codes a template has, and how many of them were redeemed. */
export async function codeCounts(em: EntityManager, promotionId: string): Promise<{ total: number; redeemed: number }> {
  const [r] = await query<{ total: number; redeemed: number }>(
    em,
    `SELECT count(*)::int AS total, count(redeemed_at)::int AS redeemed FROM redemption_code WHERE promotion_id = :p::uuid`,
    { p: promotionId },
  );
  return r!;
}

/**
 * Moves the batch past a page it has worked through: the counts are those of its grants (so a page worked twice
 * counts once), and the batch is done when the page was its last or the template has nothing left to give.
 */
export async function advanceBatch(em: EntityManager, b: { id: string; after: string | null; done: boolean; at: Date }): Promise<BatchRow> {
  const [r] = await query<Record<string, unknown>>(
    em,
    `UPDATE coupon_batch bt SET after_shopper_id = coalesce(:after::uuid, bt.after_shopper_id),
       targeted = (SELECT count(*) FROM coupon_grant g WHERE g.batch_id = bt.id),
       issued = (SELECT count(*) FROM coupon_grant g JOIN coupon c ON c.id = g.coupon_id WHERE g.batch_id = bt.id),
       state = CASE WHEN :done::boolean THEN 'DONE' ELSE bt.state END,
       finished_at = CASE WHEN :done::boolean THEN :at::timestamptz ELSE bt.finished_at END
     WHERE bt.id = :id::uuid RETURNING *`,
    { id: b.id, after: b.after, done: b.done, at: b.at.toISOString() },
  );
  return toBatch(r!);
}
