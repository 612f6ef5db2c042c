// SQL of 付费会员: HQ's plans, the purchases (each its own WeChat Pay trade), and the paid membership a shopper holds.
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery, query, riderRows, SqlRider } from '../../common/sql';
import type { CategoryPrice } from './levels';
import type { PaidTerms, PlanBenefits } from './paid-plans';

export interface PlanRow extends PlanBenefits {
  id: string;
  name: string;
  priceFen: number;
  durationDays: number;
  onSale: boolean;
}

interface PlanDbRow {
  id: string;
  name: string;
  price_fen: number;
  duration_days: number;
  member_price_bp: number;
  category_price_bp: CategoryPrice[];
  points_multiplier_bp: number;
  free_delivery_threshold_fen: number | null;
  on_sale: boolean;
}

const toPlan = (r: PlanDbRow): PlanRow => ({
  id: r.id,
  name: r.name,
  priceFen: r.price_fen,
  durationDays: r.duration_days,
  memberPriceBp: r.member_price_bp,
  categoryPrices: r.category_price_bp,
  pointsMultiplierBp: r.points_multiplier_bp,
  freeDeliveryThresholdFen: r.free_delivery_threshold_fen,
  onSale: r.on_sale,
});

export async function allPlans(em: EntityManager): Promise<PlanRow[]> {
  return (await query<PlanDbRow>(em, `SELECT * FROM membership_plan ORDER BY price_fen, name`, {})).map(toPlan);
}

export async function planById(em: EntityManager, id: string): Promise<PlanRow | undefined> {
  const [r] = await query<PlanDbRow>(em, `SELECT * FROM membership_plan WHERE id = :id::uuid`, { id });
  return r && toPlan(r);
}

/** Creates or replaces one plan; false when another plan has the name. */
export async function savePlan(em: EntityManager, p: PlanRow, at: Date): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    `INSERT INTO membership_plan (id, name, price_fen, duration_days, member_price_bp, category_price_bp, points_multiplier_bp,
                                  free_delivery_threshold_fen, on_sale, updated_at)
     VALUES (:id::uuid, :name, :price, :days, :bp, :cats::jsonb, :mult, :free, :onSale, :at::timestamptz)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price_fen = EXCLUDED.price_fen, duration_days = EXCLUDED.duration_days,
       member_price_bp = EXCLUDED.member_price_bp, category_price_bp = EXCLUDED.category_price_bp,
       points_multiplier_bp = EXCLUDED.points_multiplier_bp, free_delivery_threshold_fen = EXCLUDED.free_delivery_threshold_fen,
       on_sale = EXCLUDED.on_sale, updated_at = EXCLUDED.updated_at
     RETURNING id`,
    {
      id: p.id,
      name: p.name,
      price: p.priceFen,
      days: p.durationDays,
      bp: p.memberPriceBp,
      cats: JSON.stringify(p.categoryPrices),
      mult: p.pointsMultiplierBp,
      free: p.freeDeliveryThresholdFen,
      onSale: p.onSale,
      at: at.toISOString(),
    },
  ).catch((err: { code?: string; constraint?: string }) => {
    if (err.code === '23505' && err.constraint === 'membership_plan_name_key') return [];
    throw err;
  });
  return rows.length === 1;
}

/** Whether any plan was ever set up: a chain without plans prices a member without reading purchases. */
export async function anyPlan(em: EntityManager): Promise<boolean> {
  const [r] = await query<{ any: boolean }>(em, `SELECT EXISTS (SELECT 1 FROM membership_plan) AS any`, {});
  return !!r?.any;
}

const PAID_NOW = `(SELECT jsonb_build_object('purchaseId', mp.id, 'planName', mp.plan_name) || mp.benefits
                    FROM membership_purchase mp
                    WHERE mp.shopper_id = :s::uuid AND mp.state = 'PAID' AND mp.starts_at <= :at::timestamptz AND mp.ends_at > :at::timestamptz
                    ORDER BY mp.starts_at LIMIT 1)`;

/** The shopper's growth and the paid membership running at `at`, in one statement (the checkout's member read). */
export function growthAndPaidRead(shopperId: string, at: Date): SqlRider<{ g: string | null; paid: PaidTerms | null }> {
  return new SqlRider(`SELECT (SELECT sum(growth) FROM member_growth WHERE shopper_id = :s::uuid) AS g, ${PAID_NOW} AS paid`, {
    s: shopperId,
    at: at.toISOString(),
  });
}

export async function growthAndPaidOf(
  em: EntityManager,
  shopperId: string,
  at: Date,
): Promise<{ growth: number; paid: PaidTerms | undefined }> {
  const [r] = await riderRows(em, growthAndPaidRead(shopperId, at));
  return { growth: Number(r?.g ?? 0), paid: r?.paid ?? undefined };
}

export interface PurchaseRow {
  id: string;
  shopperId: string;
  planId: string;
  planName: string;
  priceFen: number;
  durationDays: number;
  benefits: PlanBenefits;
  state: 'PENDING_PAYMENT' | 'PAID' | 'REFUNDED';
  outTradeNo: string;
  prepayId: string | null;
  prepayExpiresAt: Date | null;
  paymentExpiresAt: Date;
  transactionId: string | null;
  paidAt: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  refundedFen: number;
  outRefundNo: string | null;
  refundedAt: Date | null;
  createdAt: Date;
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
function toPurchase(r: Record<string, unknown>): PurchaseRow {
  return {
    id: r.id as string,
    shopperId: r.shopper_id as string,
    planId: r.plan_id as string,
    planName: r.plan_name as string,
    priceFen: r.price_fen as number,
    durationDays: r.duration_days as number,
    benefits: r.benefits as PlanBenefits,
    state: r.state as PurchaseRow['state'],
    outTradeNo: r.out_trade_no as string,
    prepayId: (r.prepay_id as string | null) ?? null,
    prepayExpiresAt: date(r.prepay_expires_at),
    paymentExpiresAt: date(r.payment_expires_at)!,
    transactionId: (r.transaction_id as string | null) ?? null,
    paidAt: date(r.paid_at),
    startsAt: date(r.starts_at),
    endsAt: date(r.ends_at),
    refundedFen: r.refunded_fen as number,
    outRefundNo: (r.out_refund_no as string | null) ?? null,
    refundedAt: date(r.refunded_at),
    createdAt: date(r.created_at)!,
  };
}

export async function insertPurchase(
  em: EntityManager,
  p: { id: string; shopperId: string; plan: PlanRow; outTradeNo: string; paymentExpiresAt: Date; at: Date },
): Promise<void> {
  const benefits: PlanBenefits = {
    memberPriceBp: p.plan.memberPriceBp,
    categoryPrices: p.plan.categoryPrices,
    pointsMultiplierBp: p.plan.pointsMultiplierBp,
    freeDeliveryThresholdFen: p.plan.freeDeliveryThresholdFen,
  };
  await query(
    em,
    `INSERT INTO membership_purchase (id, shopper_id, plan_id, plan_name, price_fen, duration_days, benefits, state, out_trade_no,
                                      payment_expires_at, created_at)
     VALUES (:id::uuid, :s::uuid, :plan::uuid, :name, :price, :days, :benefits::jsonb, 'PENDING_PAYMENT', :trade, :expires::timestamptz, :at::timestamptz)`,
    {
      id: p.id,
      s: p.shopperId,
      plan: p.plan.id,
      name: p.plan.name,
      price: p.plan.priceFen,
      days: p.plan.durationDays,
      benefits: JSON.stringify(benefits),
      trade: p.outTradeNo,
      expires: p.paymentExpiresAt.toISOString(),
      at: p.at.toISOString(),
    },
  );
}

export async function purchaseOf(em: EntityManager, shopperId: string, id: string): Promise<PurchaseRow | undefined> {
  const [r] = await query<Record<string, unknown>>(em, `SELECT * FROM membership_purchase WHERE id = :id::uuid AND shopper_id = :s::uuid`, {
    id,
    s: shopperId,
  });
  return r && toPurchase(r);
}

export async function setPurchasePrepay(em: EntityManager, id: string, prepayId: string, expiresAt: Date): Promise<void> {
  await query(em, `UPDATE membership_purchase SET prepay_id = :p, prepay_expires_at = :e::timestamptz WHERE id = :id::uuid`, {
    id,
    p: prepayId,
    e: expiresAt.toISOString(),
  });
}

/**
 * The purchase behind a trade, locked (a repeated notification waits for the first, then sees it PAID), and the
 * shopper's row locked after it: two different purchases of one shopper paid at once extend one after the other.
 * Lock order: purchase, then shopper; nothing else is held with them.
 */
export async function lockPurchaseByTrade(tx: EntityManager, outTradeNo: string): Promise<PurchaseRow | undefined> {
  const [r] = await query<Record<string, unknown>>(tx, `SELECT * FROM membership_purchase WHERE out_trade_no = :t FOR UPDATE`, {
    t: outTradeNo,
  });
  if (!r) return undefined;
  await query(tx, `SELECT 1 FROM shopper WHERE id = :s::uuid FOR NO KEY UPDATE`, { s: r.shopper_id });
  return toPurchase(r);
}

/** The end of the time the shopper holds (paid and not refunded), if any ends after `at`. */
export async function runningEndOf(tx: EntityManager, shopperId: string, at: Date): Promise<Date | null> {
  const [r] = await query<{ e: string | null }>(
    tx,
    `SELECT max(ends_at) AS e FROM membership_purchase WHERE shopper_id = :s::uuid AND state = 'PAID' AND ends_at > :at::timestamptz`,
    { s: shopperId, at: at.toISOString() },
  );
  return date(r?.e);
}

export async function markPurchasePaid(
  tx: EntityManager,
  p: { id: string; transactionId: string; paidAt: Date; startsAt: Date; endsAt: Date },
): Promise<void> {
  await query(
    tx,
    `UPDATE membership_purchase SET state = 'PAID', transaction_id = :tr, paid_at = :paid::timestamptz,
            starts_at = :starts::timestamptz, ends_at = :ends::timestamptz
     WHERE id = :id::uuid AND state = 'PENDING_PAYMENT'`,
    { id: p.id, tr: p.transactionId, paid: p.paidAt.toISOString(), starts: p.startsAt.toISOString(), ends: p.endsAt.toISOString() },
  );
}

export async function transactionPaysAnotherPurchase(tx: EntityManager, transactionId: string, id: string): Promise<boolean> {
  const rows = await query(tx, `SELECT 1 FROM membership_purchase WHERE transaction_id = :t AND id <> :id::uuid`, { t: transactionId, id });
  return rows.length > 0;
}

/** The shopper's shopper row locked, then their purchases still running (or yet to start) at `at`, locked in id order. */
export async function lockLivePurchases(tx: EntityManager, shopperId: string, at: Date): Promise<PurchaseRow[]> {
  await query(tx, `SELECT 1 FROM shopper WHERE id = :s::uuid FOR NO KEY UPDATE`, { s: shopperId });
  const rows = await query<Record<string, unknown>>(
    tx,
    `SELECT * FROM membership_purchase WHERE shopper_id = :s::uuid AND state = 'PAID' AND ends_at > :at::timestamptz
     ORDER BY id FOR UPDATE`,
    { s: shopperId, at: at.toISOString() },
  );
  return rows.map(toPurchase);
}

/** The purchase ends now, its refund recorded (what the provider will be asked for). */
export async function markPurchaseRefunded(
  tx: EntityManager,
  r: { id: string; refundFen: number; outRefundNo: string; at: Date; by: string },
): Promise<void> {
  await query(
    tx,
    `UPDATE membership_purchase SET state = 'REFUNDED', refunded_fen = :fen, out_refund_no = :no, refund_state = 'PROCESSING',
            refunded_at = :at::timestamptz, refunded_by = :by,
            -- Time not yet started ends where it would have begun (starts_at <= ends_at always).
            ends_at = greatest(starts_at, :at::timestamptz)
     WHERE id = :id::uuid AND state = 'PAID'`,
    { id: r.id, fen: r.refundFen, no: r.outRefundNo, at: r.at.toISOString(), by: r.by },
  );
}

export async function setRefundState(em: EntityManager, id: string, state: 'SUCCEEDED' | 'FAILED' | 'PROCESSING'): Promise<void> {
  await query(em, `UPDATE membership_purchase SET refund_state = :st WHERE id = :id::uuid`, { id, st: state });
}

/** A shopper's purchases, newest first (paid ones and refunded ones; unpaid tries are left out). */
export async function purchasesOfShopper(em: EntityManager, shopperId: string, limit = 50): Promise<PurchaseRow[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `SELECT * FROM membership_purchase WHERE shopper_id = :s::uuid AND state <> 'PENDING_PAYMENT' ORDER BY created_at DESC LIMIT :n`,
    { s: shopperId, n: limit },
  );
  return rows.map(toPurchase);
}

/** A purchase whose refund HQ recorded and the provider has not yet confirmed (refund_state PROCESSING). */
export async function pendingRefund(
  em: EntityManager,
  id: string,
): Promise<{ outTradeNo: string; outRefundNo: string; refundFen: number; priceFen: number } | undefined> {
  const [r] = await query<{ outTradeNo: string; outRefundNo: string; refundFen: number; priceFen: number }>(
    em,
    `SELECT out_trade_no AS "outTradeNo", out_refund_no AS "outRefundNo", refunded_fen AS "refundFen", price_fen AS "priceFen"
     FROM membership_purchase WHERE id = :id::uuid AND state = 'REFUNDED' AND refund_state = 'PROCESSING'`,
    { id },
  );
  return r;
}

/** Records the provider's final answer on a refund still PROCESSING (a late or repeated answer changes nothing). */
export async function settlePurchaseRefund(em: EntityManager, id: string, state: 'SUCCEEDED' | 'FAILED'): Promise<void> {
  await query(em, `UPDATE membership_purchase SET refund_state = :st WHERE id = :id::uuid AND refund_state = 'PROCESSING'`, {
    id,
    st: state,
  });
}
