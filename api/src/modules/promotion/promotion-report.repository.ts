// SQL for HQ's promotion screens: the list (by status and kind, newest first, a page at a time), last week's paid
// checkouts a simulation prices again, and what a promotion has given on paid orders (its live view).
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query, readQuery } from '../../common/sql';
import { PROMOTION_COLUMNS, type PromotionRow } from './promotion.repository';

/** A LIVE promotion past its end or with its budget (fen or uses) spent reads as ENDED (已结束). */
const ENDED = `(coalesce(p.ends_at <= :at::timestamptz, false) OR (p.budget_fen IS NOT NULL AND p.spent_fen >= p.budget_fen)
  OR (p.budget_uses IS NOT NULL AND p.uses >= p.budget_uses))`;

const STATUS_FILTER: Record<string, string> = {
  DRAFT: `p.state = 'DRAFT'`,
  STOPPED: `p.state = 'STOPPED'`,
  LIVE: `p.state = 'LIVE' AND NOT ${ENDED}`,
  ENDED: `p.state = 'LIVE' AND ${ENDED}`,
};

/** Promotions newest first, keyset-paged on (created_at, id); `first + 1` rows so the caller knows if more follow. */
export async function listPromotions(
  em: EntityManager,
  f: { status: string | null; kind: string | null; first: number; after?: { at: string; id: string }; at: Date },
): Promise<(PromotionRow & { used_coupons: number })[]> {
  const where = [
    f.status ? STATUS_FILTER[f.status]! : 'true',
    f.kind ? `p.kind = :kind` : 'true',
    f.after ? `(p.created_at, p.id) < (:afterAt::timestamptz, :afterId::uuid)` : 'true',
  ].join(' AND ');
  // Coupons used, per template of the page (coupon_template_taken).
  return query<PromotionRow & { used_coupons: number }>(
    em,
    `SELECT ${PROMOTION_COLUMNS},
       (SELECT count(*) FROM coupon c WHERE c.promotion_id = p.id AND c.state = 'USED' AND c.state <> 'AVAILABLE')::int AS used_coupons
     FROM promotion p WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT :limit::int`,
    { kind: f.kind, afterAt: f.after?.at ?? null, afterId: f.after?.id ?? null, at: f.at.toISOString(), limit: f.first + 1 },
  );
}

export interface PaidCheckoutRow {
  id: string;
  shopper_id: string;
  paid_at: string;
  orders: {
    orderId: string;
    storeId: string;
    deliveryFeeFen: number;
    lines: { skuId: string; categoryId: string | null; unitPriceFen: number; quantity: number }[];
  }[];
}

/**
 * Checkouts paid in [from, to), oldest first, `limit` after the keyset (paid_at, id): each with its orders (store,
 * delivery fee) and their lines at the unit price they were sold at, before any promotion, in the order they were
 * placed. The category is the product's primary one (what checkout prices with).
 */
export async function paidCheckoutsBetween(
  em: EntityManager,
  w: { from: Date; to: Date; after?: { at: string; id: string }; limit: number },
): Promise<PaidCheckoutRow[]> {
  return readQuery<PaidCheckoutRow>(
    em,
    `SELECT k.id, k.shopper_id, k.paid_at,
       (SELECT jsonb_agg(jsonb_build_object('orderId', o.id, 'storeId', o.store_id, 'deliveryFeeFen', o.delivery_fee_fen, 'lines',
          (SELECT jsonb_agg(jsonb_build_object('skuId', l.sku_id, 'categoryId', p.category_id, 'unitPriceFen', l.unit_price_fen,
                                               'quantity', l.quantity) ORDER BY l.position)
           FROM order_line l JOIN sku s ON s.id = l.sku_id JOIN product p ON p.id = s.product_id WHERE l.order_id = o.id))
          ORDER BY o.goods_fen DESC, o.distance_m, o.id)
        FROM customer_order o WHERE o.checkout_id = k.id) AS orders
     FROM checkout k
     WHERE k.paid_at >= :from::timestamptz AND k.paid_at < :to::timestamptz AND k.paid_at IS NOT NULL
       AND (:afterAt::timestamptz IS NULL OR (k.paid_at, k.id) > (:afterAt::timestamptz, :afterId::uuid))
     ORDER BY k.paid_at, k.id LIMIT :limit::int`,
    {
      from: w.from.toISOString(),
      to: w.to.toISOString(),
      afterAt: w.after?.at ?? null,
      afterId: w.after?.id ?? null,
      limit: w.limit,
    },
  );
}

export interface SpendRow {
  store_id: string;
  store_code: string;
  store_name: string;
  /** One (funder, amount) of one store: how many adjustments of that amount it had. */
  funder: 'HQ' | 'STORE' | 'SPLIT';
  store_bp: number;
  amount_fen: number;
  n: number;
  orders: number;
}

/**
 * What a promotion took off paid orders (not cancelled ones), by store, as (funder, amount, how many) so each
 * adjustment's split between HQ and the store is computed once, exactly; and the orders it touched per store.
 * Goods adjustments are on the lines; a 运费券's on its checkout (the lead order's store, which charged the fee).
 * Only orders paid since the promotion was made are read (customer_order_paid_at).
 */
export async function promotionSpend(em: EntityManager, promotionId: string, since: Date): Promise<SpendRow[]> {
  return query<SpendRow>(
    em,
    `WITH o AS (
       SELECT o.id, o.store_id, o.checkout_id, o.delivery_fee_fen FROM customer_order o
       WHERE o.paid_at >= :since::timestamptz AND o.paid_at IS NOT NULL AND o.state <> 'CANCELLED'),
     adj AS (
       SELECT o.id AS order_id, o.store_id, a
       FROM o JOIN order_line l ON l.order_id = o.id, jsonb_array_elements(l.adjustments) a
       WHERE a->>'promotionId' = :id
       UNION ALL
       SELECT o.id, o.store_id, a
       FROM o JOIN checkout k ON k.id = o.checkout_id, jsonb_array_elements(k.delivery_adjustments) a
       WHERE a->>'promotionId' = :id AND o.delivery_fee_fen > 0),
     by_amount AS (
       SELECT store_id, a->'funder'->>'kind' AS funder, coalesce((a->'funder'->>'storeBp')::int, 0) AS store_bp,
              (a->>'amountFen')::int AS amount_fen, count(*)::int AS n
       FROM adj GROUP BY 1, 2, 3, 4),
     per_store AS (SELECT store_id, count(DISTINCT order_id)::int AS orders FROM adj GROUP BY 1)
     SELECT b.store_id, s.code AS store_code, s.name AS store_name, b.funder, b.store_bp, b.amount_fen, b.n, ps.orders
     FROM by_amount b JOIN per_store ps ON ps.store_id = b.store_id JOIN store s ON s.id = b.store_id
     ORDER BY s.code, b.funder, b.store_bp, b.amount_fen`,
    { id: promotionId, since: since.toISOString() },
  );
}

/** Coupons of a template by state (claimed ones the shoppers hold, locked on unpaid checkouts, used). */
export async function couponCounts(em: EntityManager, promotionId: string): Promise<{ used: number; locked: number }> {
  const [r] = await query<{ used: number; locked: number }>(
    em,
    `SELECT count(*) FILTER (WHERE state = 'USED')::int AS used, count(*) FILTER (WHERE state = 'LOCKED')::int AS locked
     FROM coupon WHERE promotion_id = :id::uuid AND state <> 'AVAILABLE'`,
    { id: promotionId },
  );
  return r!;
}

export async function storeNames(em: EntityManager, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await query<{ id: string; code: string; name: string }>(
    em,
    `SELECT id, code, name FROM store WHERE id = ANY(:ids::uuid[])`,
    {
      ids: pgArray(ids),
    },
  );
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export type { PromotionRow };
