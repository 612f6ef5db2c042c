// Referral SQL: HQ's window and rates, promoters and bindings, referred orders and their lines, the commission
// ledger (append-only; balances are sums), withdrawals and the reports. Order-owned rows (referral_order,
// commission_line, their entries) are written under the order's lock; withdrawal rows under the promoter's lock
// (lockPromoter), which is never held together with an order lock.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { Bucket, Entry } from './commission';

export async function bindDays(em: EntityManager): Promise<number> {
  const [row] = await query<{ bind_days: number }>(em, `SELECT bind_days FROM referral_settings WHERE id = 1`, {});
  return row?.bind_days ?? 15;
}

export async function setBindDays(em: EntityManager, days: number, at: Date): Promise<void> {
  await query(em, `UPDATE referral_settings SET bind_days = :d::int, updated_at = :at::timestamptz WHERE id = 1`, {
    d: days,
    at: at.toISOString(),
  });
}

export interface RuleRow {
  id: string;
  categoryId: string | null;
  productId: string | null;
  name: string;
  rateBp: number;
}

export async function listRules(em: EntityManager): Promise<RuleRow[]> {
  const rows = await query<{ id: string; category_id: string | null; product_id: string | null; name: string; rate_bp: number }>(
    em,
    `SELECT r.id, r.category_id, r.product_id, COALESCE(c.name, p.name) AS name, r.rate_bp
     FROM commission_rule r LEFT JOIN category c ON c.id = r.category_id LEFT JOIN product p ON p.id = r.product_id
     ORDER BY r.product_id IS NOT NULL, name, r.id`,
    {},
  );
  return rows.map((r) => ({ id: r.id, categoryId: r.category_id, productId: r.product_id, name: r.name, rateBp: r.rate_bp }));
}

/** Sets the rate of a category or a product (one rule each); false when the target does not exist. */
export async function upsertRule(
  em: EntityManager,
  rule: { id: string; categoryId: string | null; productId: string | null; rateBp: number },
  at: Date,
): Promise<boolean> {
  const target = rule.categoryId ? 'category_id' : 'product_id';
  const table = rule.categoryId ? 'category' : 'product';
  const rows = await query<{ id: string }>(
    em,
    `INSERT INTO commission_rule (id, ${target}, rate_bp, updated_at)
     SELECT :id::uuid, t.id, :rate::int, :at::timestamptz FROM ${table} t WHERE t.id = :target::uuid
     ON CONFLICT (${target}) DO UPDATE SET rate_bp = EXCLUDED.rate_bp, updated_at = EXCLUDED.updated_at
     RETURNING id`,
    { id: rule.id, rate: rule.rateBp, at: at.toISOString(), target: rule.categoryId ?? rule.productId },
  );
  return rows.length > 0;
}

export async function deleteRule(em: EntityManager, id: string): Promise<boolean> {
  return (await query<{ id: string }>(em, `DELETE FROM commission_rule WHERE id = :id::uuid RETURNING id`, { id })).length > 0;
}

export interface PromoterRow {
  id: string;
  code: string;
  kind: 'SHOPPER' | 'CLERK';
  shopperId: string | null;
  staffId: string | null;
  storeId: string | null;
  displayName: string;
  state: 'ACTIVE' | 'SUSPENDED';
  createdAt: Date;
}

const PROMOTER = `SELECT id, code, kind, shopper_id, staff_id, store_id, display_name, state, created_at FROM promoter`;

function toPromoter(r: Record<string, unknown>): PromoterRow {
  return {
    id: r.id as string,
    code: r.code as string,
    kind: r.kind as PromoterRow['kind'],
    shopperId: r.shopper_id as string | null,
    staffId: r.staff_id as string | null,
    storeId: r.store_id as string | null,
    displayName: r.display_name as string,
    state: r.state as PromoterRow['state'],
    createdAt: new Date(r.created_at as string),
  };
}

export async function promoterBy(
  em: EntityManager,
  by: { shopperId: string } | { staffId: string } | { code: string } | { id: string },
): Promise<PromoterRow | undefined> {
  const [column, value] =
    'shopperId' in by
      ? ['shopper_id', by.shopperId]
      : 'staffId' in by
        ? ['staff_id', by.staffId]
        : 'code' in by
          ? ['code', by.code]
          : ['id', by.id];
  const cast = column === 'code' ? 'text' : 'uuid';
  const [row] = await query<Record<string, unknown>>(em, `${PROMOTER} WHERE ${column} = :v::${cast}`, { v: value });
  return row && toPromoter(row);
}

/** A promoter as it is made: everything but its state and time. */
export type NewPromoter = Omit<PromoterRow, 'state' | 'createdAt'>;

/** Makes the promoter if this shopper or clerk has none yet; returns theirs either way. */
export async function ensurePromoter(em: EntityManager, p: NewPromoter, at: Date): Promise<PromoterRow> {
  const conflict = p.kind === 'SHOPPER' ? 'shopper_id' : 'staff_id';
  await query(
    em,
    `INSERT INTO promoter (id, code, kind, shopper_id, staff_id, store_id, display_name, created_at)
     VALUES (:id::uuid, :code::text, :kind::text, :shopper::uuid, :staff::uuid, :store::uuid, :name::text, :at::timestamptz)
     ON CONFLICT (${conflict}) DO NOTHING`,
    {
      id: p.id,
      code: p.code,
      kind: p.kind,
      shopper: p.shopperId,
      staff: p.staffId,
      store: p.storeId,
      name: p.displayName,
      at: at.toISOString(),
    },
  );
  return (await promoterBy(em, p.kind === 'SHOPPER' ? { shopperId: p.shopperId! } : { staffId: p.staffId! }))!;
}

export async function setPromoterState(em: EntityManager, id: string, state: 'ACTIVE' | 'SUSPENDED'): Promise<boolean> {
  const rows = await query<{ id: string }>(em, `UPDATE promoter SET state = :s::text WHERE id = :id::uuid RETURNING id`, { id, s: state });
  return rows.length > 0;
}

/** The shopper account a clerk linked as their own, if any. */
export async function staffShopper(em: EntityManager, staffId: string): Promise<string | null> {
  const [row] = await query<{ shopper_id: string | null }>(em, `SELECT shopper_id FROM staff_user WHERE id = :id::uuid`, { id: staffId });
  return row?.shopper_id ?? null;
}

/**
 * The promoter a shopper account shares as: the 导购 of the clerk who linked it as their own (so the clerk shares
 * from the mini-program as their store's 导购), else the shopper's own promoter, if any.
 */
export async function promoterOfShopper(em: EntityManager, shopperId: string): Promise<PromoterRow | undefined> {
  const [row] = await query<Record<string, unknown>>(
    em,
    `${PROMOTER} WHERE staff_id IN (SELECT id FROM staff_user WHERE shopper_id = :s::uuid) OR shopper_id = :s::uuid
     ORDER BY (kind = 'CLERK') DESC LIMIT 1`,
    { s: shopperId },
  );
  return row && toPromoter(row);
}

/** Links a clerk's own shopper account (one each way); false when that shopper is another clerk's already. */
export async function linkStaffShopper(em: EntityManager, staffId: string, shopperId: string): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    `UPDATE staff_user SET shopper_id = :shopper::uuid
     WHERE id = :staff::uuid AND NOT EXISTS (SELECT 1 FROM staff_user o WHERE o.shopper_id = :shopper::uuid AND o.id <> :staff::uuid)
     RETURNING id`,
    { staff: staffId, shopper: shopperId },
  );
  return rows.length > 0;
}

/** The promoter's row lock: every withdrawal of theirs is decided under it, one at a time. */
export async function lockPromoter(tx: EntityManager, id: string): Promise<PromoterRow | undefined> {
  const [row] = await query<Record<string, unknown>>(tx, `${PROMOTER} WHERE id = :id::uuid FOR UPDATE`, { id });
  return row && toPromoter(row);
}

/**
 * Binds the buyer to the promoter until `expiresAt`, unless a live binding to another promoter still holds (the
 * first promoter keeps the buyer for the window). Answers the promoter the buyer is bound to now.
 */
export async function bindBuyer(em: EntityManager, shopperId: string, promoterId: string, at: Date, expiresAt: Date): Promise<string> {
  await query(
    em,
    `INSERT INTO referral_binding (shopper_id, promoter_id, bound_at, expires_at)
     VALUES (:s::uuid, :p::uuid, :at::timestamptz, :exp::timestamptz)
     ON CONFLICT (shopper_id) DO UPDATE SET promoter_id = EXCLUDED.promoter_id, bound_at = EXCLUDED.bound_at, expires_at = EXCLUDED.expires_at
     WHERE referral_binding.expires_at <= EXCLUDED.bound_at OR referral_binding.promoter_id = EXCLUDED.promoter_id`,
    { s: shopperId, p: promoterId, at: at.toISOString(), exp: expiresAt.toISOString() },
  );
  const [row] = await query<{ promoter_id: string }>(em, `SELECT promoter_id FROM referral_binding WHERE shopper_id = :s::uuid`, {
    s: shopperId,
  });
  return row!.promoter_id;
}

/** The active promoter the buyer is bound to at `at`, if any. */
export async function liveBinding(
  tx: EntityManager,
  shopperId: string,
  at: Date,
): Promise<{ promoterId: string; promoterShopperId: string | null } | undefined> {
  const [row] = await query<{ promoter_id: string; shopper_id: string | null }>(
    tx,
    // A 导购's own shopper account is theirs too (staff_user.shopper_id, linked by the clerk).
    `SELECT b.promoter_id, COALESCE(p.shopper_id, st.shopper_id) AS shopper_id
     FROM referral_binding b JOIN promoter p ON p.id = b.promoter_id LEFT JOIN staff_user st ON st.id = p.staff_id
     WHERE b.shopper_id = :s::uuid AND b.expires_at > :at::timestamptz AND p.state = 'ACTIVE'`,
    { s: shopperId, at: at.toISOString() },
  );
  return row && { promoterId: row.promoter_id, promoterShopperId: row.shopper_id };
}

/**
 * Records a paid order as referred, with each line's rate fixed now: the product's rule, else its category's,
 * else the parent category's, else 0. Under the order's lock (the payment step).
 */
export async function insertReferredOrder(
  tx: EntityManager,
  o: { orderId: string; clusterId: string; promoterId: string; shopperId: string; storeId: string; at: Date },
): Promise<void> {
  await query(
    tx,
    `INSERT INTO referral_order (order_id, promoter_id, shopper_id, store_id, paid_at, cluster_id)
     VALUES (:o::uuid, :p::uuid, :s::uuid, :store::uuid, :at::timestamptz, :cluster) ON CONFLICT DO NOTHING`,
    { o: o.orderId, p: o.promoterId, s: o.shopperId, store: o.storeId, at: o.at.toISOString(), cluster: o.clusterId },
  );
  await query(
    tx,
    `INSERT INTO commission_line (order_line_id, order_id, rate_bp, cluster_id)
     SELECT ol.id, ol.order_id, COALESCE(pr.rate_bp, cr.rate_bp, parent_rule.rate_bp, 0), ol.cluster_id
     FROM order_line ol
     JOIN sku k ON k.id = ol.sku_id
     JOIN product p ON p.id = k.product_id
     JOIN category c ON c.id = p.category_id
     LEFT JOIN commission_rule pr ON pr.product_id = p.id
     LEFT JOIN commission_rule cr ON cr.category_id = c.id
     LEFT JOIN commission_rule parent_rule ON parent_rule.category_id = c.parent_id
     WHERE ol.cluster_id = :cluster AND ol.order_id = :o::uuid
     ON CONFLICT DO NOTHING`,
    { o: o.orderId, cluster: o.clusterId },
  );
}

export interface LineState {
  lineId: string;
  netFen: number;
  quantity: number;
  refundedQuantity: number;
  rateBp: number;
  /** ACCRUE + REVERSE + RECEIVABLE rows: the commission booked for it. */
  bookedFen: number;
  frozenFen: number;
}

/** A referred order's lines as the ledger stands, read under the order's lock; undefined when not referred. */
export async function referredOrder(
  tx: EntityManager,
  cluster: string,
  orderId: string,
): Promise<{ promoterId: string; releasedAt: Date | null; lines: LineState[] } | undefined> {
  const [order] = await query<{ promoter_id: string; released_at: Date | null }>(
    tx,
    `SELECT promoter_id, released_at FROM referral_order WHERE cluster_id = :cluster AND order_id = :o::uuid`,
    { o: orderId, cluster },
  );
  if (!order) return undefined;
  const rows = await query<{
    id: string;
    net_fen: number;
    quantity: number;
    refunded_quantity: number;
    rate_bp: number;
    booked: string;
    frozen: string;
  }>(
    tx,
    `SELECT ol.id, ol.unit_price_fen * ol.quantity - ol.discount_fen - ol.points_fen AS net_fen, ol.quantity, ol.refunded_quantity,
            cl.rate_bp,
            COALESCE((SELECT sum(e.amount_fen) FROM commission_entry e WHERE e.order_line_id = ol.id AND e.kind <> 'RELEASE'), 0) AS booked,
            COALESCE((SELECT sum(e.amount_fen) FROM commission_entry e WHERE e.order_line_id = ol.id AND e.bucket = 'FROZEN'), 0) AS frozen
     FROM commission_line cl JOIN order_line ol ON ol.cluster_id = cl.cluster_id AND ol.id = cl.order_line_id
     WHERE cl.cluster_id = :cluster AND cl.order_id = :o::uuid ORDER BY ol.position`,
    { o: orderId, cluster },
  );
  return {
    promoterId: order.promoter_id,
    releasedAt: order.released_at ? new Date(order.released_at) : null,
    lines: rows.map((r) => ({
      lineId: r.id,
      netFen: r.net_fen,
      quantity: r.quantity,
      refundedQuantity: r.refunded_quantity,
      rateBp: r.rate_bp,
      bookedFen: Number(r.booked),
      frozenFen: Number(r.frozen),
    })),
  };
}

/** Appends ledger rows of one order's lines or of one withdrawal. */
export async function insertEntries(
  tx: EntityManager,
  promoterId: string,
  rows: (Entry & { orderId?: string; lineId?: string; withdrawalId?: string })[],
  at: Date,
): Promise<void> {
  if (!rows.length) return;
  await query(
    tx,
    `INSERT INTO commission_entry (promoter_id, order_id, order_line_id, withdrawal_id, kind, bucket, amount_fen, created_at)
     SELECT :p::uuid, e.order_id, e.line_id, e.withdrawal_id, e.kind, e.bucket, e.amount_fen, :at::timestamptz
     FROM jsonb_to_recordset(:rows::jsonb) AS e(order_id uuid, line_id uuid, withdrawal_id uuid, kind text, bucket text, amount_fen int)`,
    {
      p: promoterId,
      at: at.toISOString(),
      rows: JSON.stringify(
        rows.map((r) => ({
          order_id: r.orderId ?? null,
          line_id: r.lineId ?? null,
          withdrawal_id: r.withdrawalId ?? null,
          kind: r.kind,
          bucket: r.bucket,
          amount_fen: r.amountFen,
        })),
      ),
    },
  );
}

export async function markReleased(tx: EntityManager, cluster: string, orderId: string, at: Date): Promise<void> {
  await query(
    tx,
    `UPDATE referral_order SET released_at = :at::timestamptz WHERE cluster_id = :cluster AND order_id = :o::uuid AND released_at IS NULL`,
    {
      cluster,
      o: orderId,
      at: at.toISOString(),
    },
  );
}

/**
 * Referred orders not yet released whose window may have closed: handed over more than `days` ago, or ended
 * without a hand-over; the caller checks each again under its lock.
 */
export async function releaseCandidates(em: EntityManager, now: Date, days: number, limit: number): Promise<string[]> {
  const rows = await query<{ order_id: string }>(
    em,
    `SELECT r.order_id FROM referral_order r JOIN customer_order o ON o.cluster_id = r.cluster_id AND o.id = r.order_id
     WHERE r.released_at IS NULL
       AND (o.handed_over_at < :now::timestamptz - make_interval(days => :days::int) OR o.state IN ('CANCELLED', 'REFUNDED'))
       AND NOT EXISTS (SELECT 1 FROM after_sale a WHERE a.cluster_id = r.cluster_id AND a.order_id = r.order_id AND a.state = 'REQUESTED')
     ORDER BY r.paid_at LIMIT :limit::int`,
    { now: now.toISOString(), days, limit },
  );
  return rows.map((r) => r.order_id);
}

/** Whether the order has an after-sales request waiting, read under its lock. */
export async function hasOpenCase(tx: EntityManager, cluster: string, orderId: string): Promise<boolean> {
  const rows = await query<{ id: string }>(
    tx,
    `SELECT id FROM after_sale WHERE cluster_id = :cluster AND order_id = :o::uuid AND state = 'REQUESTED' LIMIT 1`,
    {
      cluster,
      o: orderId,
    },
  );
  return rows.length > 0;
}

/** The promoter's balances: sums of the ledger by bucket. */
export async function promoterBalances(em: EntityManager, promoterId: string): Promise<Record<Bucket, number>> {
  const rows = await query<{ bucket: Bucket; sum: string }>(
    em,
    `SELECT bucket, sum(amount_fen) AS sum FROM commission_entry WHERE promoter_id = :p::uuid GROUP BY bucket`,
    { p: promoterId },
  );
  const out: Record<Bucket, number> = { FROZEN: 0, AVAILABLE: 0 };
  for (const r of rows) out[r.bucket] = Number(r.sum);
  return out;
}

export async function promoterStats(
  em: EntityManager,
  promoterId: string,
): Promise<{ buyers: number; orders: number; withdrawnFen: number; soldFen: number }> {
  const [row] = await query<{ buyers: string; orders: string; withdrawn: string; sold: string }>(
    em,
    `SELECT (SELECT count(DISTINCT shopper_id) FROM referral_order WHERE promoter_id = :p::uuid) AS buyers,
            (SELECT count(*) FROM referral_order WHERE promoter_id = :p::uuid) AS orders,
            (SELECT COALESCE(sum(amount_fen), 0) FROM commission_withdrawal WHERE promoter_id = :p::uuid AND state = 'PAID') AS withdrawn,
            (SELECT COALESCE(sum(ol.unit_price_fen * ol.quantity - ol.discount_fen - ol.points_fen
                                 - (ol.unit_price_fen * ol.quantity - ol.discount_fen - ol.points_fen) * ol.refunded_quantity / ol.quantity), 0)
             FROM referral_order r JOIN order_line ol ON ol.order_id = r.order_id WHERE r.promoter_id = :p::uuid) AS sold`,
    { p: promoterId },
  );
  return { buyers: Number(row!.buyers), orders: Number(row!.orders), withdrawnFen: Number(row!.withdrawn), soldFen: Number(row!.sold) };
}

export interface WithdrawalRow {
  id: string;
  promoterId: string;
  amountFen: number;
  state: 'REQUESTED' | 'PAYING' | 'PAID' | 'REJECTED' | 'FAILED';
  outBillNo: string;
  transferBillNo: string | null;
  packageInfo: string | null;
  failReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  finishedAt: Date | null;
  /** A failed one HQ has marked seen (打款异常 leaves it out). */
  failureSeenAt: Date | null;
  openid: string | null;
  promoterName: string;
}

const WITHDRAWAL = `
  SELECT w.id, w.promoter_id, w.amount_fen, w.state, w.out_bill_no, w.transfer_bill_no, w.package_info, w.fail_reason,
         w.created_at, w.decided_at, w.finished_at, w.failure_seen_at, s.openid, p.display_name
  FROM commission_withdrawal w JOIN promoter p ON p.id = w.promoter_id
  LEFT JOIN staff_user su ON su.id = p.staff_id
  LEFT JOIN shopper s ON s.id = COALESCE(p.shopper_id, su.shopper_id)`;

function toWithdrawal(r: Record<string, unknown>): WithdrawalRow {
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    id: r.id as string,
    promoterId: r.promoter_id as string,
    amountFen: r.amount_fen as number,
    state: r.state as WithdrawalRow['state'],
    outBillNo: r.out_bill_no as string,
    transferBillNo: r.transfer_bill_no as string | null,
    packageInfo: r.package_info as string | null,
    failReason: r.fail_reason as string | null,
    createdAt: new Date(r.created_at as string),
    decidedAt: date(r.decided_at),
    finishedAt: date(r.finished_at),
    failureSeenAt: date(r.failure_seen_at),
    openid: r.openid as string | null,
    promoterName: r.display_name as string,
  };
}

export async function withdrawalById(em: EntityManager, id: string): Promise<WithdrawalRow | undefined> {
  const [row] = await query<Record<string, unknown>>(em, `${WITHDRAWAL} WHERE w.id = :id::uuid`, { id });
  return row && toWithdrawal(row);
}

export async function withdrawalByBillNo(em: EntityManager, outBillNo: string): Promise<WithdrawalRow | undefined> {
  const [row] = await query<Record<string, unknown>>(em, `${WITHDRAWAL} WHERE w.out_bill_no = :no::text`, { no: outBillNo });
  return row && toWithdrawal(row);
}

export async function withdrawals(
  em: EntityManager,
  filter: { promoterId?: string; state?: WithdrawalRow['state']; notSeen?: boolean },
  limit: number,
): Promise<WithdrawalRow[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `${WITHDRAWAL} WHERE (:p::uuid IS NULL OR w.promoter_id = :p::uuid) AND (:s::text IS NULL OR w.state = :s::text)
       AND (NOT :notSeen::boolean OR w.failure_seen_at IS NULL)
     ORDER BY w.created_at DESC, w.id DESC LIMIT :limit::int`,
    { p: filter.promoterId ?? null, s: filter.state ?? null, notSeen: filter.notSeen ?? false, limit },
  );
  return rows.map(toWithdrawal);
}

/** HQ marks a failed withdrawal seen; false when it is not one that failed, or was marked already. */
export async function markFailureSeen(em: EntityManager, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    `UPDATE commission_withdrawal SET failure_seen_at = :at::timestamptz, failure_seen_by = :by::text
     WHERE id = :id::uuid AND state = 'FAILED' AND failure_seen_at IS NULL RETURNING id`,
    { id, by, at: at.toISOString() },
  );
  return rows.length > 0;
}

export async function insertWithdrawal(
  tx: EntityManager,
  w: { id: string; promoterId: string; amountFen: number; outBillNo: string; at: Date },
): Promise<void> {
  await query(
    tx,
    `INSERT INTO commission_withdrawal (id, promoter_id, amount_fen, state, out_bill_no, created_at)
     VALUES (:id::uuid, :p::uuid, :fen::int, 'REQUESTED', :no::text, :at::timestamptz)`,
    { id: w.id, p: w.promoterId, fen: w.amountFen, no: w.outBillNo, at: w.at.toISOString() },
  );
}

/** Moves a withdrawal on from one of `from`; false when it was not in one of them (decided meanwhile). */
export async function moveWithdrawal(
  tx: EntityManager,
  id: string,
  from: readonly WithdrawalRow['state'][],
  to: WithdrawalRow['state'],
  fields: { by?: string; at: Date; transferBillNo?: string | null; packageInfo?: string | null; failReason?: string | null },
): Promise<boolean> {
  const finished = to === 'PAID' || to === 'FAILED' || to === 'REJECTED';
  const rows = await query<{ id: string }>(
    tx,
    `UPDATE commission_withdrawal SET state = :to::text,
            decided_by = COALESCE(:by::text, decided_by), decided_at = COALESCE(decided_at, :at::timestamptz),
            finished_at = CASE WHEN :finished::boolean THEN :at::timestamptz ELSE finished_at END,
            transfer_bill_no = COALESCE(:bill::text, transfer_bill_no), package_info = COALESCE(:pkg::text, package_info),
            fail_reason = CASE WHEN :to::text = 'PAID' THEN NULL ELSE COALESCE(:reason::text, fail_reason) END
     WHERE id = :id::uuid AND state = ANY(:from::text[]) RETURNING id`,
    {
      id,
      to,
      from: `{${from.join(',')}}`,
      by: fields.by ?? null,
      at: fields.at.toISOString(),
      finished,
      bill: fields.transferBillNo ?? null,
      pkg: fields.packageInfo ?? null,
      reason: fields.failReason ?? null,
    },
  );
  return rows.length > 0;
}

export interface ReportRow {
  storeId: string;
  storeName: string;
  promoterId: string;
  promoterName: string;
  kind: 'SHOPPER' | 'CLERK';
  orders: number;
  keptNetFen: number;
  commissionFen: number;
  frozenFen: number;
  availableFen: number;
}

/** Commission by store and promoter over orders paid in [from, to). */
export async function commissionReport(em: EntityManager, from: Date, to: Date, storeId: string | null): Promise<ReportRow[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `WITH o AS (
       SELECT r.order_id, r.promoter_id, r.store_id FROM referral_order r
       WHERE r.paid_at >= :from::timestamptz AND r.paid_at < :to::timestamptz AND (:store::uuid IS NULL OR r.store_id = :store::uuid)
     ), lines AS (
       SELECT o.promoter_id, o.store_id, count(DISTINCT o.order_id) AS orders,
              sum(ol.unit_price_fen * ol.quantity - ol.discount_fen - ol.points_fen
                  - (ol.unit_price_fen * ol.quantity - ol.discount_fen - ol.points_fen) * ol.refunded_quantity / ol.quantity) AS kept
       FROM o JOIN order_line ol ON ol.order_id = o.order_id GROUP BY o.promoter_id, o.store_id
     ), money AS (
       SELECT o.promoter_id, o.store_id,
              COALESCE(sum(e.amount_fen) FILTER (WHERE e.kind <> 'RELEASE'), 0) AS commission,
              COALESCE(sum(e.amount_fen) FILTER (WHERE e.bucket = 'FROZEN'), 0) AS frozen,
              COALESCE(sum(e.amount_fen) FILTER (WHERE e.bucket = 'AVAILABLE'), 0) AS available
       FROM o LEFT JOIN commission_entry e ON e.order_id = o.order_id GROUP BY o.promoter_id, o.store_id
     )
     SELECT l.store_id, st.name AS store_name, l.promoter_id, p.display_name, p.kind, l.orders, l.kept, m.commission, m.frozen, m.available
     FROM lines l JOIN money m USING (promoter_id, store_id) JOIN promoter p ON p.id = l.promoter_id JOIN store st ON st.id = l.store_id
     ORDER BY st.name, m.commission DESC, p.id`,
    { from: from.toISOString(), to: to.toISOString(), store: storeId },
  );
  return rows.map((r) => ({
    storeId: r.store_id as string,
    storeName: r.store_name as string,
    promoterId: r.promoter_id as string,
    promoterName: r.display_name as string,
    kind: r.kind as ReportRow['kind'],
    orders: Number(r.orders),
    keptNetFen: Number(r.kept),
    commissionFen: Number(r.commission),
    frozenFen: Number(r.frozen),
    availableFen: Number(r.available),
  }));
}

export async function promoterPage(em: EntityManager, limit: number): Promise<(PromoterRow & { buyers: number })[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    `SELECT p.id, p.code, p.kind, p.shopper_id, p.staff_id, p.store_id, p.display_name, p.state, p.created_at,
            (SELECT count(DISTINCT r.shopper_id) FROM referral_order r WHERE r.promoter_id = p.id) AS buyers
     FROM promoter p ORDER BY p.created_at DESC, p.id DESC LIMIT :limit::int`,
    { limit },
  );
  return rows.map((r) => ({ ...toPromoter(r), buyers: Number(r.buyers) }));
}
