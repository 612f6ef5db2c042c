// SQL for shoppers' home stores (一客一码) and the settlement report's aggregate over the ledger.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, readPlannedQuery } from '../../common/sql';

/** A store a shopper may bind to by its code (any but a closed one). */
export async function bindableStoreId(em: EntityManager, code: string): Promise<string | undefined> {
  const [store] = await query<{ id: string }>(em, `SELECT id FROM store WHERE code = :code AND status <> 'CLOSED'`, { code });
  return store?.id;
}

export interface HomeStoreRow {
  storeId: string;
  storeCode: string;
  boundAt: Date;
  /** This call bound it (the first bind wins and is never overwritten). */
  newlyBound: boolean;
}

/** Binds the shopper to the store unless they have a home store already; answers the home store they have now. */
export async function bindHomeStore(
  em: EntityManager,
  b: { shopperId: string; storeId: string; at: Date; by: string },
): Promise<HomeStoreRow> {
  const [bound] = await query<{ id: string }>(
    em,
    `UPDATE shopper SET home_store_id = :store::uuid, home_store_bound_at = :at::timestamptz, home_store_bound_by = :by
     WHERE id = :id::uuid AND home_store_id IS NULL RETURNING id`,
    { store: b.storeId, at: b.at.toISOString(), by: b.by, id: b.shopperId },
  );
  const [home] = await query<{ home_store_id: string; home_store_bound_at: string; code: string }>(
    em,
    `SELECT sh.home_store_id, sh.home_store_bound_at, s.code FROM shopper sh JOIN store s ON s.id = sh.home_store_id WHERE sh.id = :id::uuid`,
    { id: b.shopperId },
  );
  return { storeId: home!.home_store_id, storeCode: home!.code, boundAt: new Date(home!.home_store_bound_at), newlyBound: !!bound };
}

export interface SettlementAmounts {
  orders: number;
  grossFen: number;
  refundFen: number;
  feeFen: number;
  fulfillingShareFen: number;
  referringShareFen: number;
  hqShareFen: number;
  /** Discounts HQ funds on this store's orders (points not included). */
  hqPromotionCostFen: number;
  /** Discounts this store funds on its orders. */
  storePromotionCostFen: number;
  /** Points that paid for this store's orders: HQ's cost. */
  pointsCostFen: number;
  /** This store's shares (fulfilling and referring) of the discounts, by the split rules: what it would have had at list price. */
  storeDiscountShareFen: number;
  /** Shares plus discount shares less the discounts it funds. */
  netPayableFen: number;
}

export interface SettlementDayRow extends SettlementAmounts {
  storeId: string;
  storeCode: string;
  businessDay: string;
}

// Aggregate first, then name the stores: a million entries collapse to a few thousand rows before the join.
const REPORT = `
  WITH d AS (
    SELECT store_id, business_day,
           count(*) FILTER (WHERE role = 'GROSS') AS orders,
           coalesce(-sum(amount_fen) FILTER (WHERE role = 'GROSS'), 0) AS gross,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'REFUND'), 0) AS refund,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'FEE'), 0) AS fee,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'FULFILLING'), 0) AS fulfilling,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'REFERRING'), 0) AS referring,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'HQ'), 0) AS hq,
           coalesce(-sum(amount_fen) FILTER (WHERE role = 'PROMO_COST' AND account = 'HQ'), 0) AS hq_promo,
           coalesce(-sum(amount_fen) FILTER (WHERE role = 'PROMO_COST' AND account = 'STORE'), 0) AS store_promo,
           coalesce(-sum(amount_fen) FILTER (WHERE role = 'POINTS_COST'), 0) AS points,
           coalesce(sum(amount_fen) FILTER (WHERE role IN ('PROMO_FULFILLING', 'PROMO_REFERRING')), 0) AS store_promo_share
    FROM ledger_entry
    WHERE business_day BETWEEN :from::date AND :to::date AND (:store::uuid IS NULL OR store_id = :store::uuid)
    GROUP BY store_id, business_day)
  SELECT d.*, to_char(d.business_day, 'YYYY-MM-DD') AS day, s.code
  FROM d JOIN store s ON s.id = d.store_id
  ORDER BY s.code, d.business_day`;

/** What is owed to a store: its shares of the money and of the discounts, less the discounts it funds. */
export const netPayable = (a: Omit<SettlementAmounts, 'netPayableFen' | 'orders'>) =>
  a.fulfillingShareFen + a.referringShareFen + a.storeDiscountShareFen - a.storePromotionCostFen;

/** Per store and business day, straight from the ledger in one statement (the API, the CSV and the benchmark). */
export async function settlementDays(
  em: EntityManager,
  period: { from: string; to: string; storeId?: string | null },
): Promise<SettlementDayRow[]> {
  const rows = await readPlannedQuery<Record<string, string | number>>(em, REPORT, {
    from: period.from,
    to: period.to,
    store: period.storeId ?? null,
  });
  return rows.map((r) => {
    const amounts = {
      orders: Number(r.orders),
      grossFen: Number(r.gross),
      refundFen: Number(r.refund),
      feeFen: Number(r.fee),
      fulfillingShareFen: Number(r.fulfilling),
      referringShareFen: Number(r.referring),
      hqShareFen: Number(r.hq),
      hqPromotionCostFen: Number(r.hq_promo),
      storePromotionCostFen: Number(r.store_promo),
      pointsCostFen: Number(r.points),
      storeDiscountShareFen: Number(r.store_promo_share),
    };
    return {
      storeId: r.store_id as string,
      storeCode: r.code as string,
      businessDay: r.day as string,
      ...amounts,
      netPayableFen: netPayable(amounts),
    };
  });
}

export interface MembershipRevenueRow {
  businessDay: string;
  purchases: number;
  grossFen: number;
  refundFen: number;
  feeFen: number;
  hqRevenueFen: number;
}

/** 付费会员 revenue per business day of the chain: postings against membership purchases, HQ's (they have no store). */
export async function membershipDays(em: EntityManager, period: { from: string; to: string }): Promise<MembershipRevenueRow[]> {
  const rows = await readPlannedQuery<Record<string, string | number>>(
    em,
    `SELECT to_char(business_day, 'YYYY-MM-DD') AS day,
            count(*) FILTER (WHERE role = 'GROSS') AS purchases,
            coalesce(-sum(amount_fen) FILTER (WHERE role = 'GROSS'), 0) AS gross,
            coalesce(sum(amount_fen) FILTER (WHERE role = 'REFUND'), 0) AS refund,
            coalesce(sum(amount_fen) FILTER (WHERE role = 'FEE'), 0) AS fee,
            coalesce(sum(amount_fen) FILTER (WHERE role = 'MEMBERSHIP'), 0) AS hq
     FROM ledger_entry
     WHERE membership_purchase_id IS NOT NULL AND business_day BETWEEN :from::date AND :to::date
     GROUP BY business_day ORDER BY business_day`,
    { from: period.from, to: period.to },
  );
  return rows.map((r) => ({
    businessDay: r.day as string,
    purchases: Number(r.purchases),
    grossFen: Number(r.gross),
    refundFen: Number(r.refund),
    feeFen: Number(r.fee),
    hqRevenueFen: Number(r.hq),
  }));
}
