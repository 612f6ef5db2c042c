// SQL of payments: a checkout's prepay and payment, refunds of payments that came too late, and the log of every
// notification received.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId, clusterOfTradeNo } from '../../common/cluster';
import { preparedQuery, query } from '../../common/sql';
import { outRefundNo } from '../order/order.repository';

/** The prepay id WeChat gave for the checkout's trade, and until when it can be used. */
export async function setPrepay(em: EntityManager, checkoutId: string, prepayId: string, expiresAt: Date): Promise<void> {
  await query(
    em,
    `UPDATE checkout SET prepay_id = :p, prepay_expires_at = :e::timestamptz WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    {
      cluster: clusterOfId(checkoutId) ?? null,
      p: prepayId,
      e: expiresAt.toISOString(),
      id: checkoutId,
    },
  );
}

// Paid: the coupon the checkout locked is used for good (in the same statement; a cancelled checkout gave it back).
const MARK_PAID = `WITH used AS (
    UPDATE coupon SET state = 'USED', used_at = :at::timestamptz WHERE checkout_id = :id::uuid AND state = 'LOCKED')
  UPDATE checkout SET transaction_id = :t, paid_fen = :f, paid_at = :at::timestamptz,
  state = CASE WHEN state = 'PENDING_PAYMENT' THEN 'PAID' ELSE state END WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`;

/** Records the transaction that paid the (locked) checkout (none for cash or card at the counter); an unpaid one becomes PAID, a cancelled one stays so. */
export async function markCheckoutPaid(
  tx: EntityManager,
  checkoutId: string,
  p: { transactionId: string | null; paidFen: number; at: Date },
): Promise<void> {
  await preparedQuery(tx, MARK_PAID, {
    t: p.transactionId,
    f: p.paidFen,
    at: p.at.toISOString(),
    id: checkoutId,
    cluster: clusterOfId(checkoutId) ?? null,
  });
}

/** Whether another checkout was paid by this transaction (WeChat pays one out_trade_no with one transaction). */
export async function transactionPaysAnother(tx: EntityManager, transactionId: string, checkoutId: string): Promise<boolean> {
  const rows = await preparedQuery(
    tx,
    `SELECT 1 FROM checkout WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND transaction_id = :t AND id <> :id::uuid`,
    {
      cluster: clusterOfId(checkoutId) ?? null,
      t: transactionId,
      id: checkoutId,
    },
  );
  return rows.length > 0;
}

/** A whole refund of a (locked) order whose payment came after the checkout was cancelled. */
export async function insertLatePaymentRefund(
  tx: EntityManager,
  r: { id: string; orderId: string; clusterId: string; checkoutId: string; amountFen: number; at: Date },
): Promise<void> {
  await query(
    tx,
    `WITH r AS (
       INSERT INTO refund (id, order_id, checkout_id, out_refund_no, amount_fen, lines, restocked, status, reason, actor, created_at, cluster_id)
       VALUES (:id::uuid, :o::uuid, :c::uuid, :no, :amount, '[]', false, 'PROCESSING', 'paid after the checkout was cancelled', 'system:wechatpay', :at::timestamptz,
               :cluster::text))
     UPDATE customer_order SET refunded_fen = total_fen WHERE cluster_id = :cluster::text AND id = :o::uuid`,
    { id: r.id, o: r.orderId, cluster: r.clusterId, c: r.checkoutId, no: outRefundNo(r.id), amount: r.amountFen, at: r.at.toISOString() },
  );
}

export interface PaymentEventRow {
  id: string;
  at: Date;
  outcome: string;
  notificationId: string | null;
  eventType: string | null;
  outTradeNo: string | null;
  transactionId: string | null;
  detail: string | null;
}

/** One notification received, whatever became of it. */
export async function insertPaymentEvent(em: EntityManager, e: PaymentEventRow): Promise<void> {
  await preparedQuery(
    em,
    // The trade number names the cluster; one made before the key (or none, a forged notification) leaves it to the
    // trigger, which reads it from the checkout or files the row under ZZ (20261208h-cluster-key).
    `INSERT INTO payment_event (id, received_at, notification_id, event_type, out_trade_no, transaction_id, outcome, detail, cluster_id)
     VALUES (:id::uuid, :at::timestamptz, :nid::text, :type::text, :no::text, :tx::text, :outcome::text, :detail::text, :cluster::text)`,
    {
      cluster: (e.outTradeNo && clusterOfTradeNo(e.outTradeNo)) ?? null,
      id: e.id,
      at: e.at.toISOString(),
      nid: e.notificationId,
      type: e.eventType,
      no: e.outTradeNo,
      tx: e.transactionId,
      outcome: e.outcome,
      detail: e.detail,
    },
  );
}

/** The provider is still processing the refund: its id there, to ask about it again. */
export async function setProviderRefundId(em: EntityManager, refundId: string, providerRefundId: string | null): Promise<void> {
  await query(em, `UPDATE refund SET provider_refund_id = :p WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`, {
    p: providerRefundId,
    id: refundId,
    cluster: clusterOfId(refundId) ?? null,
  });
}

/** The provider's final answer on a refund still PROCESSING (a second answer changes nothing). */
export async function settleRefund(
  em: EntityManager,
  refundId: string,
  s: { status: 'SUCCEEDED' | 'FAILED'; providerRefundId: string | null; at: Date },
): Promise<void> {
  await query(
    em,
    `UPDATE refund SET status = :s, provider_refund_id = :p, completed_at = :at::timestamptz
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid AND status = 'PROCESSING'`,
    {
      cluster: clusterOfId(refundId) ?? null,
      s: s.status,
      p: s.providerRefundId,
      at: s.at.toISOString(),
      id: refundId,
    },
  );
}

export interface ShipmentRow {
  fulfilment: 'DELIVERY' | 'PICKUP';
  handedOverAt: Date | null;
  outTradeNo: string;
  openid: string;
  /** The lines as WeChat shows them ("name×2，…"); null when there are none. */
  items: string | null;
  /** Orders of the checkout, and how many of them have not left yet (and are not closed). */
  orders: number;
  notLeft: number;
  /** Uploaded already. */
  done: boolean;
}

/** What WeChat's shipping-info upload needs about an order. */
export async function shipmentOf(em: EntityManager, orderId: string): Promise<ShipmentRow | undefined> {
  const [s] = await query<{
    fulfilment: ShipmentRow['fulfilment'];
    handed_over_at: string | null;
    out_trade_no: string;
    openid: string;
    items: string | null;
    orders: number;
    not_left: number;
    done: boolean;
  }>(
    em,
    `SELECT o.fulfilment, o.handed_over_at, c.out_trade_no, sh.openid,
            (SELECT string_agg(l.name || '×' || l.quantity, '，' ORDER BY l.position) FROM order_line l
              WHERE l.cluster_id = o.cluster_id AND l.order_id = o.id) AS items,
            (SELECT count(*)::int FROM customer_order x WHERE x.cluster_id = o.cluster_id AND x.checkout_id = o.checkout_id) AS orders,
            (SELECT count(*)::int FROM customer_order x WHERE x.cluster_id = o.cluster_id AND x.checkout_id = o.checkout_id AND x.handed_over_at IS NULL
               AND x.state NOT IN ('REFUNDED', 'CANCELLED')) AS not_left,
            EXISTS (SELECT 1 FROM shipping_info_upload u WHERE u.cluster_id = o.cluster_id AND u.order_id = o.id) AS done
     FROM customer_order o JOIN checkout c ON c.cluster_id = o.cluster_id AND c.id = o.checkout_id JOIN shopper sh ON sh.id = o.shopper_id
     WHERE o.cluster_id = coalesce(:cluster::text, o.cluster_id) AND o.id = :id::uuid`,
    { id: orderId, cluster: clusterOfId(orderId) ?? null },
  );
  return (
    s && {
      fulfilment: s.fulfilment,
      handedOverAt: s.handed_over_at ? new Date(s.handed_over_at) : null,
      outTradeNo: s.out_trade_no,
      openid: s.openid,
      items: s.items,
      orders: s.orders,
      notLeft: s.not_left,
      done: s.done,
    }
  );
}

/** The upload made for the order (once per order). */
export async function recordShippingUpload(
  em: EntityManager,
  u: { orderId: string; logisticsType: number; body: unknown; uploader: string; at: Date },
): Promise<void> {
  await query(
    em,
    // An order id made before the key names no cluster: the trigger files the row under its order's.
    `INSERT INTO shipping_info_upload (order_id, logistics_type, request, uploader, uploaded_at, cluster_id)
     VALUES (:id::uuid, :type, :body::jsonb, :uploader, :at::timestamptz, :cluster::text) ON CONFLICT (order_id) DO NOTHING`,
    {
      id: u.orderId,
      cluster: clusterOfId(u.orderId) ?? null,
      type: u.logisticsType,
      body: JSON.stringify(u.body),
      uploader: u.uploader,
      at: u.at.toISOString(),
    },
  );
}
