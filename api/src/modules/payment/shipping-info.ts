// Shipping info for WeChat's order shipping management (发货信息管理): money paid through the mini-program stays
// frozen until the merchant uploads how the goods left. A pickup hand-over is logistics_type 4 (user pickup),
// a delivery dispatch logistics_type 2 (same-city delivery). The job `upload-shipping-info` calls this after commit.
import { OrderEvent } from '../order/order-states';
import type { StepListener } from '../order/order-steps';
import { beijingRfc3339 } from './wechatpay/wechatpay-crypto';
import { WechatAccessToken } from '../notify/wechat-access-token';

/** What we know about the goods leaving; the uploader turns it into WeChat's request. */
export interface ShipmentFacts {
  mchId: string;
  outTradeNo: string;
  /** The payer, as WeChat requires (`payer.openid`). */
  openid: string;
  logisticsType: 2 | 4;
  /** "商品 ×2, …", at most 120 characters as WeChat allows. */
  itemDesc: string;
  /** The payment covers several orders (a split cart): WeChat wants SPLIT_DELIVERY and whether all have left. */
  split: { allDelivered: boolean } | null;
  at: Date;
}

/** The JSON body of POST /wxa/sec/order/upload_shipping_info. */
export interface UploadShippingInfoBody {
  order_key: { order_number_type: 1; mchid: string; out_trade_no: string };
  logistics_type: number;
  delivery_mode: 1 | 2;
  is_all_delivered?: boolean;
  shipping_list: { item_desc: string }[];
  upload_time: string;
  payer: { openid: string };
}

export function uploadShippingInfoBody(f: ShipmentFacts): UploadShippingInfoBody {
  return {
    // Keyed by our merchant order number (type 1), which we always have, rather than WeChat's transaction id.
    order_key: { order_number_type: 1, mchid: f.mchId, out_trade_no: f.outTradeNo },
    logistics_type: f.logisticsType,
    // 1 = UNIFIED_DELIVERY (everything at once), 2 = SPLIT_DELIVERY (one payment, several parcels).
    delivery_mode: f.split ? 2 : 1,
    ...(f.split ? { is_all_delivered: f.split.allDelivered } : {}),
    // Tracking number and courier are only for logistics_type 1 (express); pickup and same-city need the description.
    shipping_list: [{ item_desc: [...f.itemDesc].slice(0, 120).join('') }],
    upload_time: beijingRfc3339(f.at),
    payer: { openid: f.openid },
  };
}

export interface ShippingInfoUploader {
  readonly name: 'recording' | 'wechat';
  /** Sends the body; resolves when WeChat accepted it (or already had it), throws to be retried. */
  upload(body: UploadShippingInfoBody): Promise<void>;
}

/** Development and tests: nothing leaves the process; the job's own record (shipping_info_upload) is the trace. */
export class RecordingShippingInfoUploader implements ShippingInfoUploader {
  readonly name = 'recording' as const;
  readonly sent: UploadShippingInfoBody[] = [];
  async upload(body: UploadShippingInfoBody): Promise<void> {
    this.sent.push(body);
  }
}

/** WeChat errcodes that mean "already uploaded / nothing to change": a retried job is then done. */
const ALREADY_DONE = new Set([10060003, 10060023]);

/** The real call, with the mini-program's stable access token. */
export class WechatShippingInfoUploader implements ShippingInfoUploader {
  readonly name = 'wechat' as const;
  private readonly wechat: WechatAccessToken;

  constructor(app: { appId: string; appSecret: string }, fetchImpl: typeof fetch = fetch, baseUrl = 'https://api.weixin.qq.com') {
    this.wechat = new WechatAccessToken(app, fetchImpl, baseUrl);
  }

  async upload(body: UploadShippingInfoBody): Promise<void> {
    const answer = await this.wechat.post('/wxa/sec/order/upload_shipping_info', body);
    if (answer.errcode && !ALREADY_DONE.has(answer.errcode))
      throw new Error(`upload_shipping_info failed: ${answer.errcode} ${answer.errmsg ?? ''}`);
  }
}

/** Once goods leave (pickup hand-over, delivery dispatch), queue the upload after the step commits. */
export const shippingInfoListener: StepListener = {
  async afterStep(_tx, step, effects) {
    if (step.transition.event === OrderEvent.HAND_OVER || step.transition.event === OrderEvent.DISPATCH)
      effects.job('upload-shipping-info', { orderId: step.order.id });
  },
};

export function createShippingInfoUploader(config: {
  shippingInfoUploader: 'recording' | 'wechat';
  wechatAppId?: string;
  wechatAppSecret?: string;
}): ShippingInfoUploader {
  if (config.shippingInfoUploader === 'wechat')
    return new WechatShippingInfoUploader({ appId: config.wechatAppId!, appSecret: config.wechatAppSecret! });
  return new RecordingShippingInfoUploader();
}
