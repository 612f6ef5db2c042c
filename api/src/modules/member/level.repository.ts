// SQL of member levels (HQ's table of them), the growth journal, a shopper's birthday, and who a benefit grant is for.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeferredWrite } from '../../common/outbox.repository';
import { preparedQuery, query, riderRows, SqlRider } from '../../common/sql';
import type { Funder } from '../pricing/pricing.types';
import type { CategoryPrice, LevelTerms } from './levels';

interface LevelRow {
  id: string;
  name: string;
  growth_threshold: number;
  member_price_bp: number;
  category_price_bp: CategoryPrice[];
  points_multiplier_bp: number;
  free_delivery_threshold_fen: number | null;
  monthly_coupon_id: string | null;
  birthday_coupon_id: string | null;
  funder: 'HQ' | 'STORE' | 'SPLIT';
  funder_store_bp: number;
}

function toLevel(r: LevelRow): LevelTerms {
  const funder: Funder = r.funder === 'SPLIT' ? { kind: 'SPLIT', storeBp: r.funder_store_bp } : { kind: r.funder };
  return {
    id: r.id,
    name: r.name,
    growthThreshold: r.growth_threshold,
    memberPriceBp: r.member_price_bp,
    categoryPrices: r.category_price_bp,
    pointsMultiplierBp: r.points_multiplier_bp,
    freeDeliveryThresholdFen: r.free_delivery_threshold_fen,
    monthlyCouponId: r.monthly_coupon_id,
    birthdayCouponId: r.birthday_coupon_id,
    funder,
  };
}

export async function allLevels(em: EntityManager): Promise<LevelTerms[]> {
  return (await query<LevelRow>(em, `SELECT * FROM member_level ORDER BY growth_threshold`, {})).map(toLevel);
}

/**
 * HQ's whole table of levels, replaced in the caller's transaction (nothing refers to a level row: a member's level is
 * worked out from their growth each time, so ids given back keep naming the same level).
 */
export async function replaceLevels(tx: EntityManager, levels: readonly LevelTerms[], at: Date): Promise<void> {
  const rows = levels.map((l) => ({
    id: l.id,
    name: l.name,
    growth_threshold: l.growthThreshold,
    member_price_bp: l.memberPriceBp,
    category_price_bp: l.categoryPrices,
    points_multiplier_bp: l.pointsMultiplierBp,
    free_delivery_threshold_fen: l.freeDeliveryThresholdFen,
    monthly_coupon_id: l.monthlyCouponId,
    birthday_coupon_id: l.birthdayCouponId,
    funder: l.funder.kind,
    funder_store_bp: l.funder.kind === 'SPLIT' ? l.funder.storeBp : 0,
    updated_at: at.toISOString(),
  }));
  await query(tx, `DELETE FROM member_level`, {});
  await query(tx, `INSERT INTO member_level SELECT * FROM jsonb_populate_recordset(NULL::member_level, :rows::jsonb)`, {
    rows: JSON.stringify(rows),
  });
}

/** Coupon templates among these ids that exist as coupons (a level may only name those). */
export async function couponTemplatesAmong(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await query<{ id: string }>(em, `SELECT id FROM promotion WHERE kind = 'COUPON' AND id = ANY (:ids::uuid[])`, {
    ids: `{${ids.join(',')}}`,
  });
  return new Set(rows.map((r) => r.id));
}

/** The shopper's growth, as a read that may ride with another statement (common/sql-rider.ts). */
export function growthRead(shopperId: string): SqlRider<{ g: string | null }> {
  return new SqlRider(`SELECT sum(growth) AS g FROM member_growth WHERE shopper_id = :s::uuid`, { s: shopperId });
}

export async function growthOf(em: EntityManager, shopperId: string): Promise<number> {
  const [r] = await riderRows(em, growthRead(shopperId));
  return Number(r?.g ?? 0);
}

/**
 * The order's growth once it reached the shopper, as a write deferred to the transaction's outbox statement
 * (Effects.write, like the points award: nothing in the step reads it); a repeated step (or a replayed job) adds nothing.
 */
export function awardGrowthWrite(a: { id: string; shopperId: string; orderId: string; growth: number; at: Date }): DeferredWrite {
  return {
    sql: `INSERT INTO member_growth (id, shopper_id, order_id, kind, growth, created_at)
     VALUES (:id::uuid, :s::uuid, :o::uuid, 'AWARD', :g::int, :at::timestamptz)
     ON CONFLICT (order_id) WHERE kind = 'AWARD' DO NOTHING`,
    values: { id: a.id, s: a.shopperId, o: a.orderId, g: a.growth, at: a.at.toISOString() },
  };
}

/** A refund brings the order's growth down to `worth` (what is still paid), once per refund; none before an award. */
export async function reverseGrowthDownTo(
  tx: EntityManager,
  r: { id: string; refundId: string; orderId: string; worth: number; at: Date },
) {
  await query(
    tx,
    `INSERT INTO member_growth (id, shopper_id, order_id, refund_id, kind, growth, created_at)
     SELECT :id::uuid, shopper_id, order_id, :refund::uuid, 'REVERSAL', :worth - sum(growth), :at::timestamptz
     FROM member_growth WHERE order_id = :o::uuid GROUP BY shopper_id, order_id
     HAVING bool_or(kind = 'AWARD') AND sum(growth) > :worth
     ON CONFLICT (refund_id) WHERE kind = 'REVERSAL' DO NOTHING`,
    { id: r.id, refund: r.refundId, worth: r.worth, o: r.orderId, at: r.at.toISOString() },
  );
}

/** The shopper's birthday (YYYY-MM-DD) and spendable points (the points journal), for their member page. */
export async function memberFactsOf(em: EntityManager, shopperId: string): Promise<{ birthday: string | null; points: number }> {
  const [r] = await query<{ b: string | null; p: string | null }>(
    em,
    `SELECT to_char(birthday, 'YYYY-MM-DD') AS b, (SELECT sum(points) FROM points_entry WHERE shopper_id = :s::uuid) AS p
     FROM shopper WHERE id = :s::uuid`,
    { s: shopperId },
  );
  return { birthday: r?.b ?? null, points: Number(r?.p ?? 0) };
}

/** Sets the birthday once: false when one is set already (a birthday coupon a year, not one per edit). */
export async function setBirthdayOnce(em: EntityManager, shopperId: string, birthday: string): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    `UPDATE shopper SET birthday = :b::date WHERE id = :s::uuid AND birthday IS NULL RETURNING id`,
    { s: shopperId, b: birthday },
  );
  return rows.length === 1;
}

export interface GrantCandidate {
  shopperId: string;
  promotionId: string;
}

/**
 * One page (by shopper id) of the shoppers whose level grants a coupon of this kind: every shopper on a level with a
 * monthly coupon, or, for BIRTHDAY, those born on `monthDay` ('MM-DD'; on 02-28 of a year without 29 February also
 * those born on 02-29).
 */
export async function grantCandidates(
  em: EntityManager,
  g: { kind: 'MONTHLY' | 'BIRTHDAY'; monthDay: string; leapDay: boolean; after: string | null; limit: number },
): Promise<{ page: GrantCandidate[]; last: string | null }> {
  const rows = await query<{ id: string; promotion_id: string | null }>(
    em,
    `SELECT s.id,
            (SELECT CASE WHEN :kind = 'MONTHLY' THEN l.monthly_coupon_id ELSE l.birthday_coupon_id END FROM member_level l
             WHERE l.growth_threshold <= (SELECT coalesce(sum(growth), 0) FROM member_growth WHERE shopper_id = s.id)
             ORDER BY l.growth_threshold DESC LIMIT 1) AS promotion_id
     FROM shopper s
     WHERE (:after::uuid IS NULL OR s.id > :after::uuid)
       AND (:kind = 'MONTHLY' OR to_char(s.birthday, 'MM-DD') = :md OR (:leap AND to_char(s.birthday, 'MM-DD') = '02-29'))
     ORDER BY s.id LIMIT :limit`,
    { kind: g.kind, md: g.monthDay, leap: g.leapDay, after: g.after, limit: g.limit },
  );
  return {
    page: rows.filter((r) => r.promotion_id).map((r) => ({ shopperId: r.id, promotionId: r.promotion_id! })),
    last: rows.length === g.limit ? rows.at(-1)!.id : null,
  };
}
