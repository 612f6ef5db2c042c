// SQL of subscribe messages: acceptances recorded and spent, and each notification's fate.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId, newClusterId } from '../../common/cluster';
import { pgArray, query } from '../../common/sql';
import type { NotifyTemplate } from '../order/order-states';
import type { SubscribeTemplateName } from '../../common/order-state';

/** Records one acceptance per template (WeChat allows one message per acceptance), unless the shopper already has `cap` unused. */
export async function recordAcceptances(
  em: EntityManager,
  shopperId: string,
  templates: SubscribeTemplateName[],
  at: Date,
  cap: number,
): Promise<void> {
  await query(
    em,
    `INSERT INTO subscription_acceptance (id, shopper_id, template, accepted_at)
     SELECT gen_random_uuid(), :s::uuid, t, :at::timestamptz FROM unnest(:templates::text[]) AS t
     WHERE (SELECT count(*) FROM subscription_acceptance a WHERE a.shopper_id = :s::uuid AND a.template = t AND a.used_at IS NULL) < :cap::int`,
    { s: shopperId, templates: pgArray(templates), at: at.toISOString(), cap },
  );
}

export async function unusedAcceptances(em: EntityManager, shopperId: string): Promise<Map<string, number>> {
  const rows = await query<{ template: string; n: number }>(
    em,
    `SELECT template, count(*)::int AS n FROM subscription_acceptance WHERE shopper_id = :s::uuid AND used_at IS NULL GROUP BY template`,
    { s: shopperId },
  );
  return new Map(rows.map((r) => [r.template, r.n]));
}

export interface NotificationRow {
  id: string;
  delivery: 'RECORDED' | 'PENDING' | 'SENT' | 'NOT_SUBSCRIBED' | 'REFUSED';
}

/**
 * The notification of this order and template, made on the first call; a new one spends the shopper's oldest
 * unused acceptance of the template (PENDING) or is NOT_SUBSCRIBED. One statement per step, in a transaction.
 */
export async function openNotification(
  tx: EntityManager,
  n: { shopperId: string; orderId: string; template: NotifyTemplate; payload: Record<string, unknown>; at: Date },
): Promise<NotificationRow> {
  // Filed under its order's cluster, and its id names it, so the delivery's result (setDelivery) is written there by id.
  // An order id made before the key names none: the trigger files the row from its order.
  const cluster = clusterOfId(n.orderId) ?? null;
  const id = cluster ? newClusterId(cluster) : randomUUID();
  const [inserted] = await query<NotificationRow>(
    tx,
    `INSERT INTO shopper_notification (id, shopper_id, order_id, template, payload, created_at, delivery, cluster_id)
     VALUES (:id::uuid, :s::uuid, :o::uuid, :t::text, :payload::jsonb, :at::timestamptz, 'PENDING', :cluster::text)
     ON CONFLICT (order_id, template) DO NOTHING RETURNING id, delivery`,
    { id, s: n.shopperId, o: n.orderId, t: n.template, payload: JSON.stringify(n.payload), at: n.at.toISOString(), cluster },
  );
  if (!inserted) {
    const [existing] = await query<NotificationRow>(
      tx,
      `SELECT id, delivery FROM shopper_notification
       WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND order_id = :o::uuid AND template = :t::text FOR UPDATE`,
      {
        o: n.orderId,
        t: n.template,
        cluster,
      },
    );
    return existing!;
  }
  const [spent] = await query<{ id: string }>(
    tx,
    `UPDATE subscription_acceptance SET used_at = :at::timestamptz, notification_id = :n::uuid
     WHERE id = (SELECT id FROM subscription_acceptance WHERE shopper_id = :s::uuid AND template = :t::text AND used_at IS NULL
                 ORDER BY accepted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    { at: n.at.toISOString(), n: id, s: n.shopperId, t: n.template },
  );
  if (spent) return inserted;
  await setDelivery(tx, id, 'NOT_SUBSCRIBED', null);
  return { id, delivery: 'NOT_SUBSCRIBED' };
}

export async function setDelivery(
  em: EntityManager,
  id: string,
  delivery: NotificationRow['delivery'],
  detail: string | null,
): Promise<void> {
  // The id names the notification's cluster (an order's, or ZZ for a coupon's); one made before the key is found by id alone.
  await query(
    em,
    `UPDATE shopper_notification SET delivery = :d::text, detail = :detail::text
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    { id, d: delivery, detail, cluster: clusterOfId(id) ?? null },
  );
}

/** What a message needs to say about an order, and whom it goes to. */
export async function messageFacts(em: EntityManager, orderId: string) {
  const [r] = await query<{
    openid: string;
    out_trade_no: string;
    store_name: string;
    store_address: string;
    total_fen: number;
    refunded_fen: number;
    pickup_deadline: Date | null;
  }>(
    em,
    `SELECT sh.openid, c.out_trade_no, s.name AS store_name, s.address AS store_address, o.total_fen, o.refunded_fen, o.pickup_deadline
     FROM customer_order o JOIN shopper sh ON sh.id = o.shopper_id
       JOIN checkout c ON c.cluster_id = o.cluster_id AND c.id = o.checkout_id JOIN store s ON s.id = o.store_id
     WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.id = :o::uuid`,
    // The order id names its cluster; one made before the key is found by id alone.
    { o: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return r;
}
