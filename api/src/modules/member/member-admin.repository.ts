// SQL of HQ's member list (search by the last digits of a phone or a member reference, by level) and of a member's
// timeline: orders, refunds, points and coupons, newest first. Cold paths (HQ only), read from the tables each
// module keeps; level changes are worked out from the growth journal (member-admin.service.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query, UUID } from '../../common/sql';

export interface MemberRow {
  id: string;
  created_at: Date;
  reference: string | null;
  phone: string | null;
  growth: string;
  points: string;
  orders: string;
  last_order_at: Date | null;
  home_store_name: string | null;
}

export interface MemberSearch {
  /** Either matches (ten digits may be a member reference or a phone's last ten). */
  reference: string | null;
  phoneTail: string | null;
  /** Growth in [min, max) (a level's band); null for any. */
  growthMin: number | null;
  growthMax: number | null;
  after: { at: string; id: string } | null;
  limit: number;
}

/** Newest members first (when they first signed in), each with their growth, points and paid orders. */
export async function searchMembers(em: EntityManager, q: MemberSearch): Promise<MemberRow[]> {
  return query<MemberRow>(
    em,
    `SELECT * FROM (
       SELECT s.id, s.created_at,
              (SELECT m.reference FROM member_code_secret m WHERE m.shopper_id = s.id AND m.revoked_at IS NULL) AS reference,
              (SELECT o.contact_phone FROM customer_order o WHERE o.shopper_id = s.id ORDER BY o.created_at DESC LIMIT 1) AS phone,
              (SELECT coalesce(sum(g.growth), 0) FROM member_growth g WHERE g.shopper_id = s.id) AS growth,
              (SELECT coalesce(sum(p.points), 0) FROM points_entry p WHERE p.shopper_id = s.id) AS points,
              (SELECT count(*) FROM customer_order o WHERE o.shopper_id = s.id AND o.paid_at IS NOT NULL) AS orders,
              (SELECT max(o.paid_at) FROM customer_order o WHERE o.shopper_id = s.id) AS last_order_at,
              st.name AS home_store_name
       FROM shopper s LEFT JOIN store st ON st.id = s.home_store_id
       WHERE ((:ref::text IS NULL AND :tail::text IS NULL)
              OR EXISTS (SELECT 1 FROM member_code_secret m WHERE m.shopper_id = s.id AND m.reference = :ref AND m.revoked_at IS NULL)
              OR EXISTS (SELECT 1 FROM customer_order o WHERE o.shopper_id = s.id AND o.contact_phone LIKE '%' || :tail)
              OR EXISTS (SELECT 1 FROM shopper_address a WHERE a.shopper_id = s.id AND a.contact_phone LIKE '%' || :tail))
         AND (:at::timestamptz IS NULL OR (s.created_at, s.id) < (:at::timestamptz, :id::uuid))
     ) m
     WHERE (:min::int IS NULL OR m.growth >= :min::int) AND (:max::int IS NULL OR m.growth < :max::int)
     ORDER BY m.created_at DESC, m.id DESC LIMIT :limit`,
    {
      ref: q.reference,
      tail: q.phoneTail,
      min: q.growthMin,
      max: q.growthMax,
      at: q.after?.at ?? null,
      id: q.after?.id ?? null,
      limit: q.limit,
    },
  );
}

export interface TimelineRow {
  at: Date;
  kind: 'ORDER' | 'REFUND' | 'POINTS' | 'COUPON';
  sub: string;
  name: string | null;
  amount_fen: number | null;
  points: number | null;
  order_id: string | null;
}

/** The member's last 100 of each: paid orders (a counter sale as COUNTER), refunds, points entries, coupons received and used. */
export async function timelineOf(em: EntityManager, shopperId: string): Promise<TimelineRow[]> {
  return query<TimelineRow>(
    em,
    `(SELECT o.paid_at AS at, 'ORDER' AS kind, CASE WHEN ch.channel = 'COUNTER' THEN 'COUNTER' ELSE o.fulfilment END AS sub, st.name,
             o.total_fen AS amount_fen, NULL::int AS points, o.id AS order_id
      FROM customer_order o JOIN store st ON st.id = o.store_id JOIN checkout ch ON ch.id = o.checkout_id
      WHERE o.shopper_id = :s::uuid AND o.paid_at IS NOT NULL ORDER BY o.paid_at DESC LIMIT 100)
     UNION ALL
     (SELECT r.created_at, 'REFUND', r.status, st.name, r.amount_fen, NULL, o.id
      FROM refund r JOIN customer_order o ON o.id = r.order_id JOIN store st ON st.id = o.store_id
      WHERE o.shopper_id = :s::uuid ORDER BY r.created_at DESC LIMIT 100)
     UNION ALL
     (SELECT p.created_at, 'POINTS', p.kind, NULL, NULL, p.points, p.order_id
      FROM points_entry p WHERE p.shopper_id = :s::uuid ORDER BY p.created_at DESC LIMIT 100)
     UNION ALL
     (SELECT c.claimed_at, 'COUPON', coalesce(g.issued_by, 'CLAIMED'), pr.name, NULL, NULL, NULL
      FROM coupon c JOIN promotion pr ON pr.id = c.promotion_id
      LEFT JOIN coupon_grant g ON g.coupon_id = c.id
      WHERE c.shopper_id = :s::uuid ORDER BY c.claimed_at DESC LIMIT 100)
     UNION ALL
     (SELECT c.used_at, 'COUPON', 'USED', pr.name, NULL, NULL, NULL
      FROM coupon c JOIN promotion pr ON pr.id = c.promotion_id
      WHERE c.shopper_id = :s::uuid AND c.used_at IS NOT NULL ORDER BY c.used_at DESC LIMIT 100)`,
    { s: shopperId },
  );
}

/** The member's growth entries in order (an award before the refunds of the same instant), for the level each one left them on. */
export async function growthHistory(em: EntityManager, shopperId: string): Promise<{ at: Date; growth: number }[]> {
  return query(em, `SELECT created_at AS at, growth FROM member_growth WHERE shopper_id = :s::uuid ORDER BY created_at, kind, id`, {
    s: shopperId,
  });
}

export async function shopperExists(em: EntityManager, shopperId: string): Promise<boolean> {
  return (await query(em, `SELECT 1 FROM shopper WHERE id = :s::uuid`, { s: shopperId })).length === 1;
}

export interface ClerkDiscountedLine {
  order_id: string;
  sku_id: string;
  name: string;
  unit_price_fen: number;
  quantity: number;
  adjustments: { kind: string; amountFen: number; promotionId: string | null }[];
}

/** Every line of those orders that carry a clerk's 改价 or 整单折扣 (the whole order is needed for its before and after). */
export async function clerkDiscountedLines(em: EntityManager, orderIds: readonly string[]): Promise<ClerkDiscountedLine[]> {
  if (orderIds.length === 0) return [];
  return query<ClerkDiscountedLine>(
    em,
    `SELECT l.order_id, l.sku_id, l.name, l.unit_price_fen, l.quantity, l.adjustments
     FROM order_line l
     WHERE l.order_id IN (SELECT c.order_id FROM order_line c
                          WHERE c.order_id = ANY(:ids::uuid[])
                            AND jsonb_path_exists(c.adjustments, '$[*] ? (@.kind == "CLERK_PRICE" || @.kind == "CLERK_DISCOUNT")'))
     ORDER BY l.order_id, l.position`,
    { ids: pgArray(orderIds.filter((id) => UUID.test(id))) },
  );
}
