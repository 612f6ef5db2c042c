// Uploads an order's shipping info to WeChat once its goods have left (picked up, or dispatched), once per order.
import { query } from '../common/sql';
import { uploadShippingInfoBody } from '../modules/payment/shipping-info';
import type { JobContext } from './job-context';
import type { JobPayloads } from '../common/queues';

interface Shipment {
  fulfilment: 'DELIVERY' | 'PICKUP';
  handed_over_at: string | null;
  out_trade_no: string;
  openid: string;
  items: string;
  orders: number;
  not_left: number;
  done: boolean;
}

export async function uploadShippingInfo({ orderId }: JobPayloads['upload-shipping-info'], ctx: JobContext): Promise<string> {
  const [s] = await query<Shipment>(
    ctx.em,
    `SELECT o.fulfilment, o.handed_over_at, c.out_trade_no, sh.openid,
            (SELECT string_agg(l.name || '×' || l.quantity, '，' ORDER BY l.position) FROM order_line l WHERE l.order_id = o.id) AS items,
            (SELECT count(*)::int FROM customer_order x WHERE x.checkout_id = o.checkout_id) AS orders,
            (SELECT count(*)::int FROM customer_order x WHERE x.checkout_id = o.checkout_id AND x.handed_over_at IS NULL
               AND x.state NOT IN ('REFUNDED', 'CANCELLED')) AS not_left,
            EXISTS (SELECT 1 FROM shipping_info_upload u WHERE u.order_id = o.id) AS done
     FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN shopper sh ON sh.id = o.shopper_id
     WHERE o.id = :id::uuid`,
    { id: orderId },
  );
  if (!s) return 'no such order';
  if (s.done) return 'uploaded already';
  if (!s.handed_over_at) return 'goods have not left yet';
  const body = uploadShippingInfoBody({
    mchId: ctx.payments.mchId,
    outTradeNo: s.out_trade_no,
    openid: s.openid,
    logisticsType: s.fulfilment === 'PICKUP' ? 4 : 2,
    itemDesc: s.items ?? '商品',
    split: s.orders > 1 ? { allDelivered: s.not_left === 0 } : null,
    at: new Date(s.handed_over_at),
  });
  await ctx.shippingInfo.upload(body);
  await query(
    ctx.em,
    `INSERT INTO shipping_info_upload (order_id, logistics_type, request, uploader, uploaded_at)
     VALUES (:id::uuid, :type, :body::jsonb, :uploader, :at::timestamptz) ON CONFLICT (order_id) DO NOTHING`,
    { id: orderId, type: body.logistics_type, body: JSON.stringify(body), uploader: ctx.shippingInfo.name, at: ctx.clock.now().toISOString() },
  );
  return `uploaded (logistics_type ${body.logistics_type})`;
}
