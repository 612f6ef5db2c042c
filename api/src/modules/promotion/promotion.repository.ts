// SQL for promotions: campaigns and coupon templates, claims (per-user and total limits by conditional writes whose
// returned rows are counted), coupons locked, used and given back with their checkout, budgets spent, points redeemed.
import { clusterOfId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery, query, riderRows, SqlRider } from '../../common/sql';
import type { Coupon, CouponKind, FullReduction, Funder, StackClass } from '../pricing/pricing.types';

export interface PromotionRow {
  id: string;
  kind: 'FULL_REDUCTION' | 'COUPON';
  name: string;
  coupon_kind: CouponKind | null;
  tiers: { thresholdFen: number; offFen: number }[];
  threshold_fen: number;
  off_fen: number;
  off_bp: number;
  cap_fen: number | null;
  scope_category_ids: string[];
  scope_sku_ids: string[];
  scope_store_ids: string[];
  scope_store_group_ids: string[];
  /** The stores of those groups now (membership read with the promotion). */
  group_store_ids: string[];
  stacks_with: StackClass[];
  channel: 'ONLINE' | 'COUNTER' | 'BOTH';
  funder: 'HQ' | 'STORE' | 'SPLIT';
  funder_store_bp: number;
  starts_at: Date | null;
  ends_at: Date | null;
  valid_days: number | null;
  total_limit: number | null;
  per_user_limit: number;
  claimed: number;
  budget_fen: string | null;
  spent_fen: string;
  budget_uses: number | null;
  uses: number;
  state: 'DRAFT' | 'LIVE' | 'STOPPED';
  issued_by: 'CLAIM' | 'NEW_SHOPPER' | 'AFTER_PURCHASE' | 'HQ';
  gift_min_paid_fen: number;
  created_at: Date;
}

export const PROMOTION_COLUMNS = `p.id, p.kind, p.name, p.coupon_kind, p.tiers, p.threshold_fen, p.off_fen, p.off_bp, p.cap_fen, p.scope_category_ids,
  p.scope_sku_ids, p.scope_store_ids, p.channel, p.funder, p.funder_store_bp, p.starts_at, p.ends_at, p.valid_days, p.total_limit,
  p.per_user_limit, p.claimed, p.budget_fen, p.spent_fen, p.budget_uses, p.uses, p.state, p.issued_by, p.gift_min_paid_fen, p.created_at,
  p.scope_store_group_ids, p.stacks_with,
  (SELECT coalesce(array_agg(m.store_id), '{}') FROM store_group_member m WHERE m.group_id = ANY(p.scope_store_group_ids)) AS group_store_ids`;

export function funderOf(r: Pick<PromotionRow, 'funder' | 'funder_store_bp'>): Funder {
  return r.funder === 'SPLIT' ? { kind: 'SPLIT', storeBp: r.funder_store_bp } : { kind: r.funder };
}

/** What a campaign may still spend: the fen budget left, 0 when its uses are spent, undefined when unbounded. */
function budgetLeft(r: PromotionRow): number | undefined {
  if (r.budget_uses !== null && r.uses >= r.budget_uses) return 0;
  return r.budget_fen === null ? undefined : Math.max(0, Number(r.budget_fen) - Number(r.spent_fen));
}

/** Timestamps arrive as text from the driver. */
export const dateOrNull = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

/** No store has this id: a promotion scoped to groups that have no stores covers none (an empty list would mean all). */
const NO_STORE = '00000000-0000-0000-0000-000000000000';

/** The lines a promotion covers: its stores and the stores of its groups (as they are now). */
export function scopeOf(r: PromotionRow) {
  const storeIds = r.scope_store_group_ids.length ? [...new Set([...r.scope_store_ids, ...r.group_store_ids])] : r.scope_store_ids;
  return {
    categoryIds: r.scope_category_ids,
    skuIds: r.scope_sku_ids,
    storeIds: r.scope_store_group_ids.length && storeIds.length === 0 ? [NO_STORE] : storeIds,
  };
}

export function toFullReduction(r: PromotionRow): FullReduction {
  return {
    id: r.id,
    name: r.name,
    scope: scopeOf(r),
    channel: r.channel,
    funder: funderOf(r),
    startsAt: dateOrNull(r.starts_at),
    endsAt: dateOrNull(r.ends_at),
    budgetLeftFen: budgetLeft(r),
    tiers: r.tiers,
    stacksWith: r.stacks_with,
  };
}

export interface CouponRow extends PromotionRow {
  coupon_id: string;
  shopper_id: string;
  coupon_state: 'AVAILABLE' | 'LOCKED' | 'USED';
  valid_from: Date;
  valid_until: Date | null;
  checkout_id: string | null;
}

export function toCoupon(r: CouponRow): Coupon {
  return {
    id: r.coupon_id,
    templateId: r.id,
    name: r.name,
    scope: scopeOf(r),
    channel: r.channel,
    funder: funderOf(r),
    // The coupon's own window (claim + N days, or the template's) inside the campaign's life.
    startsAt: dateOrNull(r.valid_from),
    endsAt: dateOrNull(r.valid_until),
    budgetLeftFen: r.state === 'LIVE' ? budgetLeft(r) : 0,
    kind: r.coupon_kind!,
    thresholdFen: r.threshold_fen,
    offFen: r.off_fen,
    offBp: r.off_bp,
    capFen: r.cap_fen,
    used: r.coupon_state !== 'AVAILABLE',
    stacksWith: r.stacks_with,
  };
}

/** Live 满减 campaigns, oldest first (the order the pipeline tries them in). */
export async function liveFullReductions(em: EntityManager): Promise<PromotionRow[]> {
  return preparedQuery<PromotionRow>(
    em,
    `SELECT ${PROMOTION_COLUMNS} FROM promotion p WHERE p.state = 'LIVE' AND p.kind = 'FULL_REDUCTION' ORDER BY p.created_at, p.id`,
    {},
  );
}

const COUPON_SELECT = `SELECT ${PROMOTION_COLUMNS}, c.id AS coupon_id, c.shopper_id, c.state AS coupon_state, c.valid_from, c.valid_until,
  c.checkout_id FROM coupon c JOIN promotion p ON p.id = c.promotion_id`;

const COUPON_BY_ID = `${COUPON_SELECT} WHERE c.id = :id::uuid`;

export async function couponById(em: EntityManager, couponId: string): Promise<CouponRow | undefined> {
  const [row] = await preparedQuery<CouponRow>(em, COUPON_BY_ID, { id: couponId });
  return row;
}

/** couponById as a read that may ride with the checkout's routing statement (common/sql-rider.ts). */
export function couponRead(couponId: string): SqlRider<CouponRow> {
  return new SqlRider<CouponRow>(COUPON_BY_ID, { id: couponId });
}

/** A shopper's coupons, the usable ones first, soonest to expire first. */
export async function couponsOf(em: EntityManager, shopperId: string, limit: number): Promise<CouponRow[]> {
  return query<CouponRow>(
    em,
    `${COUPON_SELECT} WHERE c.shopper_id = :s::uuid
     ORDER BY c.state = 'AVAILABLE' DESC, c.valid_until NULLS LAST, c.claimed_at DESC, c.id LIMIT :limit::int`,
    { s: shopperId, limit },
  );
}

/** Coupon templates a shopper can claim now (the coupon centre), with how many they already hold of each. */
export async function claimableTemplates(
  em: EntityManager,
  shopperId: string | null,
  at: Date,
): Promise<(PromotionRow & { mine: number })[]> {
  return query(
    em,
    `SELECT ${PROMOTION_COLUMNS}, coalesce(cc.claimed, 0) AS mine FROM promotion p
     LEFT JOIN coupon_claim cc ON cc.promotion_id = p.id AND cc.shopper_id = :s::uuid
     WHERE p.state = 'LIVE' AND p.kind = 'COUPON' AND p.issued_by = 'CLAIM' AND (p.ends_at IS NULL OR p.ends_at > :at::timestamptz)
       AND NOT EXISTS (SELECT 1 FROM member_level l WHERE p.id IN (l.monthly_coupon_id, l.birthday_coupon_id))
     ORDER BY p.created_at DESC, p.id LIMIT 100`,
    { s: shopperId, at: at.toISOString() },
  );
}

/** Each SKU with its product's primary category (what a category scope is matched against). */
export async function skuCategories(em: EntityManager, skuIds: string[]): Promise<{ skuId: string; categoryId: string | null }[]> {
  if (!skuIds.length) return [];
  return query(
    em,
    `SELECT k.id AS "skuId", p.category_id AS "categoryId" FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = ANY(:ids::uuid[])`,
    {
      ids: pgArray(skuIds),
    },
  );
}

export type ClaimOutcome =
  | { kind: 'CLAIMED'; row: CouponRow }
  | { kind: 'PER_USER_LIMIT' }
  | { kind: 'SOLD_OUT' }
  | { kind: 'NOT_CLAIMABLE' }
  | { kind: 'GRANTED_BEFORE' };

/** How a coupon is given: claimed in the coupon centre, or granted by the system or HQ under a key given once. */
export type Issue = { by: 'CLAIM' } | { by: 'NEW_SHOPPER' | 'AFTER_PURCHASE' | 'HQ'; grantKey: string; batchId?: string | null };

/**
 * A claim, in one statement and no transaction around it, so the template's row (every claim's) is locked only
 * inside the server, never across a round trip: the shopper's counter goes up while under the per-user limit (a
 * conditional upsert), then the template's while under its total (a conditional UPDATE), and the coupon is written
 * only when both returned their row. A shopper whose counter went up while the last coupon went to someone else
 * keeps that count: a template that ran out never gives coupons again (claims only go up, a stopped or ended
 * template stays so), so it costs them nothing. Locks: the shopper's claim row, then the template row.
 * A grant (新人券, gift, batch, code) first writes its key (coupon-grant.repository.ts makes the keys): a second grant with the key (a redelivered job, a racing
 * sign-in) waits on the first at that insert, then finds it and gives nothing. Only templates issued that way count.
 */
export async function claimCoupon(
  em: EntityManager,
  c: { couponId: string; promotionId: string; shopperId: string; at: Date; issue?: Issue },
): Promise<ClaimOutcome> {
  const issue = c.issue ?? { by: 'CLAIM' };
  const grant = issue.by !== 'CLAIM';
  const [r] = await preparedQuery<{ open: boolean; live: boolean | null; mine: boolean; fresh: boolean; coupon: CouponRow | null }>(
    em,
    `WITH g AS (
       INSERT INTO coupon_grant (grant_key, promotion_id, shopper_id, coupon_id, batch_id, granted_at, issued_by)
       SELECT :key::text, :p::uuid, :s::uuid, :c::uuid, :batch::uuid, :at::timestamptz, :by::text WHERE :grant::boolean
       ON CONFLICT (grant_key) DO NOTHING RETURNING grant_key),
     t AS (
       SELECT id, per_user_limit FROM promotion
       WHERE id = :p::uuid AND kind = 'COUPON' AND state = 'LIVE' AND issued_by = :by::text AND (total_limit IS NULL OR claimed < total_limit)
         AND (ends_at IS NULL OR ends_at > :at::timestamptz) AND (NOT :grant::boolean OR EXISTS (SELECT 1 FROM g))
         -- A member level's monthly or birthday coupon is granted, never claimed.
         AND NOT EXISTS (SELECT 1 FROM member_level l WHERE :p::uuid IN (l.monthly_coupon_id, l.birthday_coupon_id))),
     u AS (
       INSERT INTO coupon_claim AS cc (promotion_id, shopper_id, claimed)
       SELECT t.id, :s::uuid, 1 FROM t
       ON CONFLICT (promotion_id, shopper_id) DO UPDATE SET claimed = cc.claimed + 1
         WHERE cc.claimed < (SELECT per_user_limit FROM t)
       RETURNING claimed),
     p AS (
       UPDATE promotion SET claimed = claimed + 1, updated_at = :at::timestamptz
       WHERE id = :p::uuid AND state = 'LIVE' AND (total_limit IS NULL OR claimed < total_limit) AND EXISTS (SELECT 1 FROM u)
       RETURNING *),
     c AS (
       INSERT INTO coupon (id, promotion_id, shopper_id, state, valid_from, valid_until, claimed_at)
       SELECT :c::uuid, p.id, :s::uuid, 'AVAILABLE',
              CASE WHEN p.valid_days IS NULL THEN coalesce(p.starts_at, :at::timestamptz) ELSE :at::timestamptz END,
              CASE WHEN p.valid_days IS NULL THEN p.ends_at ELSE :at::timestamptz + make_interval(days => p.valid_days) END,
              :at::timestamptz
       FROM p
       RETURNING *)
     SELECT EXISTS (SELECT 1 FROM t) AS open, EXISTS (SELECT 1 FROM u) AS mine,
            (NOT :grant::boolean OR EXISTS (SELECT 1 FROM g)) AS fresh,
            (SELECT state = 'LIVE' AND issued_by = :by::text FROM promotion WHERE id = :p::uuid) AS live,
            (SELECT to_jsonb(x) FROM (
               SELECT ${PROMOTION_COLUMNS}, c.id AS coupon_id, c.shopper_id, c.state AS coupon_state, c.valid_from, c.valid_until,
                      c.checkout_id
               FROM p JOIN c ON c.promotion_id = p.id) x) AS coupon`,
    {
      p: c.promotionId,
      s: c.shopperId,
      c: c.couponId,
      at: c.at.toISOString(),
      by: issue.by,
      grant,
      key: grant ? issue.grantKey : null,
      batch: grant ? (issue.batchId ?? null) : null,
    },
  );
  if (r!.coupon) return { kind: 'CLAIMED', row: r!.coupon };
  if (!r!.fresh) return { kind: 'GRANTED_BEFORE' };
  if (r!.open && !r!.mine) return { kind: 'PER_USER_LIMIT' };
  return { kind: r!.live ? 'SOLD_OUT' : 'NOT_CLAIMABLE' };
}

/**
 * Points spent by a checkout, per order, under the shopper's lock (a transaction-scoped advisory lock keyed by
 * the shopper): written only when the balance covers them all. False: the balance fell meanwhile.
 */
export async function redeemPoints(
  tx: EntityManager,
  r: { shopperId: string; perOrder: { orderId: string; points: number }[]; total: number; at: Date },
): Promise<boolean> {
  await preparedQuery(tx, `SELECT pg_advisory_xact_lock(hashtextextended('points:' || :s::text, 0))`, { s: r.shopperId });
  const rows = await preparedQuery(
    tx,
    `INSERT INTO points_entry (id, shopper_id, order_id, kind, points, created_at)
     SELECT gen_random_uuid(), :s::uuid, x.order_id, 'REDEEM', -x.points, :at::timestamptz
     FROM unnest(:orders::uuid[], :points::int[]) AS x(order_id, points)
     WHERE x.points > 0 AND (SELECT coalesce(sum(points), 0) FROM points_entry WHERE shopper_id = :s::uuid) >= :total::int
     RETURNING id`,
    {
      s: r.shopperId,
      orders: pgArray(r.perOrder.map((o) => o.orderId)),
      points: pgArray(r.perOrder.map((o) => o.points)),
      total: r.total,
      at: r.at.toISOString(),
    },
  );
  return rows.length === r.perOrder.filter((o) => o.points > 0).length;
}

/** The shopper's points balance, as a read that may ride with another statement (common/sql-rider.ts). */
export function pointsRead(shopperId: string): SqlRider<{ n: string }> {
  return new SqlRider(`SELECT coalesce(sum(points), 0) AS n FROM points_entry WHERE shopper_id = :s::uuid`, { s: shopperId });
}

export async function pointsBalanceOf(em: EntityManager, shopperId: string, prefetched?: SqlRider<{ n: string }>): Promise<number> {
  const read = pointsRead(shopperId);
  const [r] = await riderRows(em, prefetched?.asks(read) ? prefetched : read);
  return Number(r!.n);
}

/** Paid: the checkout's coupon is used for good. */
export async function markCouponUsed(tx: EntityManager, checkoutId: string, at: Date): Promise<void> {
  await query(tx, `UPDATE coupon SET state = 'USED', used_at = :at::timestamptz WHERE checkout_id = :k::uuid AND state = 'LOCKED'`, {
    k: checkoutId,
    at: at.toISOString(),
  });
}

/**
 * An unpaid checkout ends (timeout or cancel): its coupon goes back to the shopper, its campaigns get their
 * budget back (the amounts its lines took) and its points are returned.
 */
export async function releaseCheckoutPromotions(tx: EntityManager, checkoutId: string, at: Date): Promise<void> {
  await query(
    tx,
    `WITH c AS (UPDATE coupon SET state = 'AVAILABLE', checkout_id = NULL WHERE checkout_id = :k::uuid AND state = 'LOCKED' RETURNING id),
     spent AS (
       SELECT (a->>'promotionId')::uuid AS id, sum((a->>'amountFen')::int) AS amount
       FROM customer_order o JOIN order_line l ON l.cluster_id = o.cluster_id AND l.order_id = o.id, jsonb_array_elements(l.adjustments) a
       WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.checkout_id = :k::uuid AND a->>'promotionId' IS NOT NULL
       GROUP BY 1
       UNION ALL
       SELECT (a->>'promotionId')::uuid, (a->>'amountFen')::int FROM checkout k, jsonb_array_elements(k.delivery_adjustments) a
       WHERE k.cluster_id = coalesce(:cluster::text, k.cluster_id) AND k.id = :k::uuid),
     back AS (
       UPDATE promotion p SET spent_fen = greatest(0, p.spent_fen - s.amount), uses = greatest(0, p.uses - 1), updated_at = :at::timestamptz
       FROM (SELECT id, sum(amount) AS amount FROM spent GROUP BY id) s
       WHERE p.id = s.id AND (p.budget_fen IS NOT NULL OR p.budget_uses IS NOT NULL) RETURNING p.id)
     INSERT INTO points_entry (id, shopper_id, order_id, kind, points, created_at)
     SELECT gen_random_uuid(), e.shopper_id, e.order_id, 'RETURN', -e.points, :at::timestamptz
     FROM points_entry e JOIN customer_order o ON o.id = e.order_id
     WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.checkout_id = :k::uuid AND e.kind = 'REDEEM'`,
    { k: checkoutId, cluster: clusterOfId(checkoutId) ?? null, at: at.toISOString() },
  );
}

/** A refund gives back the points that paid its units (once per refund). */
export async function returnRefundPoints(
  tx: EntityManager,
  r: { shopperId: string; orderId: string; refundId: string; points: number; at: Date },
): Promise<void> {
  if (r.points <= 0) return;
  await query(
    tx,
    `INSERT INTO points_entry (id, shopper_id, order_id, refund_id, kind, points, created_at)
     VALUES (gen_random_uuid(), :s::uuid, :o::uuid, :r::uuid, 'RETURN', :n::int, :at::timestamptz)
     ON CONFLICT (refund_id) WHERE kind = 'RETURN' DO NOTHING`,
    { s: r.shopperId, o: r.orderId, r: r.refundId, n: r.points, at: r.at.toISOString() },
  );
}

/**
 * The declared rule for a coupon on refund: it goes back to the shopper (if still within its validity) once every
 * order of its checkout is refunded in full; a partial refund keeps it used.
 */
export async function returnCouponIfAllRefunded(tx: EntityManager, checkoutId: string): Promise<void> {
  await query(
    tx,
    `UPDATE coupon SET state = 'AVAILABLE', checkout_id = NULL, used_at = NULL
     WHERE checkout_id = :k::uuid AND state = 'USED'
       AND NOT EXISTS (SELECT 1 FROM customer_order o
                       WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.checkout_id = :k::uuid AND o.refunded_fen < o.total_fen)`,
    { k: checkoutId, cluster: clusterOfId(checkoutId) ?? null },
  );
}

export interface NewPromotion {
  id: string;
  kind: 'FULL_REDUCTION' | 'COUPON';
  name: string;
  couponKind: CouponKind | null;
  tiers: { thresholdFen: number; offFen: number }[];
  thresholdFen: number;
  offFen: number;
  offBp: number;
  capFen: number | null;
  categoryIds: string[];
  skuIds: string[];
  storeIds: string[];
  channel: string;
  funder: string;
  funderStoreBp: number;
  startsAt: Date | null;
  endsAt: Date | null;
  validDays: number | null;
  totalLimit: number | null;
  perUserLimit: number;
  budgetFen: number | null;
  budgetUses: number | null;
  issuedBy: PromotionRow['issued_by'];
  giftMinPaidFen: number;
  storeGroupIds: string[];
  stacksWith: StackClass[];
  at: Date;
}

const PROMOTION_TERMS = `kind = :kind, name = :name, coupon_kind = :couponKind, tiers = :tiers::jsonb, threshold_fen = :threshold::int,
  off_fen = :off::int, off_bp = :offBp::int, cap_fen = :cap::int, scope_category_ids = :cats::uuid[], scope_sku_ids = :skus::uuid[],
  scope_store_ids = :stores::uuid[], channel = :channel, funder = :funder, funder_store_bp = :funderBp::int, starts_at = :starts::timestamptz,
  ends_at = :ends::timestamptz, valid_days = :validDays::int, total_limit = :totalLimit::int, per_user_limit = :perUser::int,
  budget_fen = :budget::bigint, budget_uses = :budgetUses::int, issued_by = :issuedBy, gift_min_paid_fen = :giftMin::int,
  scope_store_group_ids = :groups::uuid[], stacks_with = :stacksWith::text[], updated_at = :at::timestamptz`;

function termsParams(p: NewPromotion) {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    couponKind: p.couponKind,
    tiers: JSON.stringify(p.tiers),
    threshold: p.thresholdFen,
    off: p.offFen,
    offBp: p.offBp,
    cap: p.capFen,
    cats: pgArray(p.categoryIds),
    skus: pgArray(p.skuIds),
    stores: pgArray(p.storeIds),
    channel: p.channel,
    funder: p.funder,
    funderBp: p.funderStoreBp,
    starts: p.startsAt?.toISOString() ?? null,
    ends: p.endsAt?.toISOString() ?? null,
    validDays: p.validDays,
    totalLimit: p.totalLimit,
    perUser: p.perUserLimit,
    budget: p.budgetFen,
    budgetUses: p.budgetUses,
    issuedBy: p.issuedBy,
    giftMin: p.giftMinPaidFen,
    groups: pgArray(p.storeGroupIds),
    stacksWith: pgArray(p.stacksWith),
    at: p.at.toISOString(),
  };
}

export async function insertPromotion(em: EntityManager, p: NewPromotion): Promise<PromotionRow> {
  const [row] = await query<PromotionRow>(
    em,
    `INSERT INTO promotion AS p (id, kind, name, coupon_kind, tiers, threshold_fen, off_fen, off_bp, cap_fen, scope_category_ids,
       scope_sku_ids, scope_store_ids, channel, funder, funder_store_bp, starts_at, ends_at, valid_days, total_limit, per_user_limit,
       budget_fen, budget_uses, issued_by, gift_min_paid_fen, scope_store_group_ids, stacks_with, state, created_at, updated_at)
     VALUES (:id::uuid, :kind, :name, :couponKind, :tiers::jsonb, :threshold::int, :off::int, :offBp::int, :cap::int, :cats::uuid[],
       :skus::uuid[], :stores::uuid[], :channel, :funder, :funderBp::int, :starts::timestamptz, :ends::timestamptz, :validDays::int,
       :totalLimit::int, :perUser::int, :budget::bigint, :budgetUses::int, :issuedBy, :giftMin::int, :groups::uuid[], :stacksWith::text[], 'DRAFT', :at::timestamptz, :at::timestamptz)
     RETURNING ${PROMOTION_COLUMNS}`,
    termsParams(p),
  );
  return row!;
}

/** A draft's terms replaced; none when it is not (or no longer) a draft: launched terms never change under shoppers. */
export async function updateDraftPromotion(em: EntityManager, p: NewPromotion): Promise<PromotionRow | undefined> {
  const [row] = await query<PromotionRow>(
    em,
    `UPDATE promotion p SET ${PROMOTION_TERMS} WHERE p.id = :id::uuid AND p.state = 'DRAFT' RETURNING ${PROMOTION_COLUMNS}`,
    termsParams(p),
  );
  return row;
}

/** Launch (DRAFT → LIVE) or stop (→ STOPPED, for good); the row as it now stands, none when it cannot move so. */
export async function setPromotionState(
  em: EntityManager,
  id: string,
  to: 'LIVE' | 'STOPPED',
  at: Date,
): Promise<PromotionRow | undefined> {
  const [row] = await query<PromotionRow>(
    em,
    `UPDATE promotion p SET state = :to, updated_at = :at::timestamptz
     WHERE id = :id::uuid AND (state = 'DRAFT' OR (:to = 'STOPPED' AND state = 'LIVE'))
     RETURNING ${PROMOTION_COLUMNS}`,
    { id, to, at: at.toISOString() },
  );
  return row;
}

export async function promotionById(em: EntityManager, id: string): Promise<PromotionRow | undefined> {
  const [row] = await query<PromotionRow>(em, `SELECT ${PROMOTION_COLUMNS} FROM promotion p WHERE p.id = :id::uuid`, { id });
  return row;
}
