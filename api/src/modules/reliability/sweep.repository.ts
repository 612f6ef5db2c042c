// What lost or exhausted jobs leave behind, found by age: the sweep finishes each through the job's own code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export type LeftBehindKind = 'payment-timeout' | 'refund-submit' | 'profit-sharing-request' | 'profit-sharing-poll' | 'profit-sharing-return' | 'upload-shipping-info';

export interface LeftBehind {
  kind: LeftBehindKind;
  id: string;
}

/**
 * At most `limit` of each kind, oldest first: unpaid checkouts past their payment window, refunds still
 * processing, splits and returns not finished, and handed-over orders whose shipping info was never uploaded.
 * Each walks a partial index (see the 20261129c migration and customer_order_handed_over).
 */
export async function leftBehind(em: EntityManager, b: { unpaid: Date; refund: Date; split: Date; shipping: Date }, limit: number): Promise<LeftBehind[]> {
  return query<LeftBehind>(
    em,
    `(SELECT 'payment-timeout' AS kind, id::text AS id FROM checkout
       WHERE state = 'PENDING_PAYMENT' AND payment_expires_at < :unpaid::timestamptz ORDER BY payment_expires_at, id LIMIT :n::int)
     UNION ALL
     (SELECT 'refund-submit', id::text FROM refund
       WHERE status = 'PROCESSING' AND created_at < :refund::timestamptz ORDER BY created_at, id LIMIT :n::int)
     UNION ALL
     (SELECT CASE state WHEN 'PENDING' THEN 'profit-sharing-request' ELSE 'profit-sharing-poll' END, order_id::text FROM profit_sharing_order
       WHERE state IN ('PENDING', 'PROCESSING') AND updated_at < :split::timestamptz ORDER BY updated_at, id LIMIT :n::int)
     UNION ALL
     (SELECT 'profit-sharing-return', id::text FROM profit_sharing_return
       WHERE state IN ('PENDING', 'PROCESSING') AND updated_at < :split::timestamptz ORDER BY updated_at, id LIMIT :n::int)
     UNION ALL
     (SELECT 'upload-shipping-info', o.id::text FROM customer_order o
       WHERE o.state IN ('PICKED_UP', 'DELIVERED') AND o.updated_at < :shipping::timestamptz
         AND NOT EXISTS (SELECT 1 FROM shipping_info_upload u WHERE u.order_id = o.id)
       ORDER BY o.updated_at, o.id LIMIT :n::int)`,
    { unpaid: b.unpaid.toISOString(), refund: b.refund.toISOString(), split: b.split.toISOString(), shipping: b.shipping.toISOString(), n: limit },
  );
}
