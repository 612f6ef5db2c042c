// Uploads an order's shipping info to WeChat once its goods have left (picked up, or dispatched), once per order.
import { recordShippingUpload, shipmentOf } from '../modules/payment/payment.repository';
import { uploadShippingInfoBody } from '../modules/payment/shipping-info';
import type { JobContext } from './job-context';
import type { JobPayloads } from '../common/queues';

export async function uploadShippingInfo({ orderId }: JobPayloads['upload-shipping-info'], ctx: JobContext): Promise<string> {
  const s = await shipmentOf(ctx.em, orderId);
  if (!s) return 'no such order';
  if (s.done) return 'uploaded already';
  if (!s.handedOverAt) return 'goods have not left yet';
  const body = uploadShippingInfoBody({
    mchId: ctx.payments.mchId,
    outTradeNo: s.outTradeNo,
    openid: s.openid,
    logisticsType: s.fulfilment === 'PICKUP' ? 4 : 2,
    itemDesc: s.items ?? '商品',
    split: s.orders > 1 ? { allDelivered: s.notLeft === 0 } : null,
    at: s.handedOverAt,
  });
  await ctx.shippingInfo.upload(body);
  await recordShippingUpload(ctx.em, {
    orderId,
    logisticsType: body.logistics_type,
    body,
    uploader: ctx.shippingInfo.name,
    at: ctx.clock.now(),
  });
  return `uploaded (logistics_type ${body.logistics_type})`;
}
