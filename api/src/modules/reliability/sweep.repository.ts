// What is due or left behind, found from the rows (PostgreSQL is the truth; a job lost in Redis loses nothing):
// the deadline sweeper takes each batch with FOR UPDATE SKIP LOCKED and finishes it through the job's own code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

/** Deadlines on checkout and order rows: claimed with a lease, so two sweepers never take the same row. */
export type DeadlineKind = 'payment-timeout' | 'accept-timeout' | 'pickup-deadline';
/** Work that has no deadline of its own, found by age (keyset batches, rows in use skipped). */
export type LeftBehindKind =
  | 'payment-close'
  | 'refund-submit'
  | 'membership-refund-submit'
  | 'profit-sharing-request'
  | 'profit-sharing-poll'
  | 'profit-sharing-return'
  | 'upload-shipping-info';

export interface Due {
  id: string;
  /** accept-timeout: the store the order waits at (its job's payload). */
  storeId?: string;
}

export interface LeftBehind {
  kind: LeftBehindKind;
  id: string;
  /** Where the next batch starts after this row (its time and primary key). */
  next: { at: string; id: string };
}

// Each walks a partial index (checkout_unpaid, customer_order_accept_due, customer_order_pickup_due).
const CLAIM: Record<DeadlineKind, string> = {
  'payment-timeout': `UPDATE checkout c SET sweep_lease_until = now() + make_interval(secs => :lease::int) FROM (
       SELECT id FROM checkout WHERE state = 'PENDING_PAYMENT' AND payment_expires_at < :before::timestamptz
         AND (sweep_lease_until IS NULL OR sweep_lease_until < now())
       ORDER BY payment_expires_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED) d
     WHERE c.id = d.id RETURNING c.id::text AS id`,
  'accept-timeout': `UPDATE customer_order o SET sweep_lease_until = now() + make_interval(secs => :lease::int) FROM (
       SELECT id FROM customer_order WHERE state = 'PAID' AND accept_by IS NOT NULL AND accept_by < :before::timestamptz
         AND (sweep_lease_until IS NULL OR sweep_lease_until < now())
       ORDER BY accept_by, id LIMIT :n::int FOR UPDATE SKIP LOCKED) d
     WHERE o.id = d.id RETURNING o.id::text AS id, o.store_id::text AS "storeId"`,
  'pickup-deadline': `UPDATE customer_order o SET sweep_lease_until = now() + make_interval(secs => :lease::int) FROM (
       SELECT id FROM customer_order WHERE state IN ('PAID', 'ACCEPTED', 'READY_FOR_PICKUP') AND pickup_deadline IS NOT NULL
         AND pickup_deadline < :before::timestamptz AND (sweep_lease_until IS NULL OR sweep_lease_until < now())
       ORDER BY pickup_deadline, id LIMIT :n::int FOR UPDATE SKIP LOCKED) d
     WHERE o.id = d.id RETURNING o.id::text AS id`,
};

/**
 * Claims up to `limit` rows of one kind due before `before` for `leaseSec` seconds. Rows another transaction is
 * working on (the job itself, another sweeper) are skipped, and a claimed row is not offered again until its
 * lease ends, so a sweeper batches until this answers fewer than `limit`.
 */
export async function claimDue(em: EntityManager, kind: DeadlineKind, before: Date, limit: number, leaseSec: number): Promise<Due[]> {
  return query<Due>(em, CLAIM[kind], { before: before.toISOString(), n: limit, lease: leaseSec });
}

const LEFT_BEHIND: Record<LeftBehindKind, string> = {
  // A cancelled checkout's trade still open (its close job lost): checkout_to_reconcile's index.
  'payment-close': `SELECT id::text AS id, created_at::text AS at FROM checkout
     WHERE state = 'CANCELLED' AND transaction_id IS NULL AND reconciled_at IS NULL AND prepay_id IS NOT NULL
       AND trade_closed_at IS NULL AND created_at < :before::timestamptz AND (created_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY created_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  'refund-submit': `SELECT id::text AS id, created_at::text AS at FROM refund
     WHERE status = 'PROCESSING' AND created_at < :before::timestamptz AND (created_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY created_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  // A 付费会员 refund not yet answered: membership_purchase_refund_processing.
  'membership-refund-submit': `SELECT id::text AS id, refunded_at::text AS at FROM membership_purchase
     WHERE refund_state = 'PROCESSING' AND refunded_at < :before::timestamptz AND (refunded_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY refunded_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  'profit-sharing-request': `SELECT order_id::text AS id, id::text AS key, updated_at::text AS at FROM profit_sharing_order
     WHERE state = 'PENDING' AND updated_at < :before::timestamptz AND (updated_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY updated_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  'profit-sharing-poll': `SELECT order_id::text AS id, id::text AS key, updated_at::text AS at FROM profit_sharing_order
     WHERE state = 'PROCESSING' AND updated_at < :before::timestamptz AND (updated_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY updated_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  'profit-sharing-return': `SELECT id::text AS id, updated_at::text AS at FROM profit_sharing_return
     WHERE state IN ('PENDING', 'PROCESSING') AND updated_at < :before::timestamptz AND (updated_at, id) > (:afterAt::timestamptz, :afterId::uuid)
     ORDER BY updated_at, id LIMIT :n::int FOR UPDATE SKIP LOCKED`,
  'upload-shipping-info': `SELECT o.id::text AS id, o.updated_at::text AS at FROM customer_order o
     WHERE o.state IN ('PICKED_UP', 'DELIVERED') AND o.updated_at < :before::timestamptz
       AND (o.updated_at, o.id) > (:afterAt::timestamptz, :afterId::uuid)
       AND NOT EXISTS (SELECT 1 FROM shipping_info_upload u WHERE u.order_id = o.id)
     ORDER BY o.updated_at, o.id LIMIT :n::int FOR UPDATE OF o SKIP LOCKED`,
};

// Times go as text both ways: a Date would cut microseconds and offer the last row of a batch again.
const START = { at: '1970-01-01T00:00:00Z', id: '00000000-0000-0000-0000-000000000000' };

/**
 * One batch of `kind` older than `before`, oldest first after the key given (keyset: a row that is still not
 * finished is not offered again in the same run). The row locks end with the statement: they only skip rows
 * that a job is working on right now.
 */
export async function leftBehind(
  em: EntityManager,
  kind: LeftBehindKind,
  before: Date,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<LeftBehind[]> {
  const from = after ?? START;
  const rows = await query<{ id: string; key?: string; at: string }>(em, LEFT_BEHIND[kind], {
    before: before.toISOString(),
    afterAt: from.at,
    afterId: from.id,
    n: limit,
  });
  return rows.map((r) => ({ kind, id: r.id, next: { at: r.at, id: r.key ?? r.id } }));
}
