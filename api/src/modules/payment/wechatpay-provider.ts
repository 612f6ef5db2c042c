// The real WeChat Pay (APIv3, JSAPI) behind the PaymentProvider interface.
import type { KeyObject } from 'node:crypto';
import type { PaymentProvider, PrepayRequest, ProviderRefundRequest, ProviderRefundResult } from './payment-provider';
import type { WechatTransaction } from './wechatpay/notification';
import type { PlatformKeys } from './wechatpay/platform-keys';
import { WechatPayApiError, type WechatPayClient } from './wechatpay/wechatpay-client';
import { jsapiPaymentParams } from './wechatpay/wechatpay-crypto';

export class WechatPayProvider implements PaymentProvider {
  readonly name = 'wechatpay' as const;
  readonly mchId: string;
  readonly appId: string;
  readonly apiV3Key: string;
  readonly notificationKeys: PlatformKeys;
  private readonly privateKey: KeyObject;

  constructor(
    private readonly client: WechatPayClient,
    settings: { mchId: string; appId: string; apiV3Key: string; privateKey: KeyObject; keys: PlatformKeys },
  ) {
    this.mchId = settings.mchId;
    this.appId = settings.appId;
    this.apiV3Key = settings.apiV3Key;
    this.privateKey = settings.privateKey;
    this.notificationKeys = settings.keys;
  }

  prepay(req: PrepayRequest) {
    return this.client.jsapiPrepay({
      description: req.description,
      outTradeNo: req.outTradeNo,
      timeExpire: req.expiresAt,
      notifyUrl: req.notifyUrl,
      totalFen: req.totalFen,
      openid: req.openid,
      profitSharing: true,
    });
  }

  paymentParams(prepayId: string) {
    return jsapiPaymentParams({ appId: this.appId, prepayId, privateKey: this.privateKey });
  }

  async close(outTradeNo: string): Promise<'CLOSED' | 'ALREADY_PAID'> {
    let closeError: unknown;
    try {
      await this.client.close(outTradeNo);
    } catch (err) {
      closeError = err;
    }
    // Closing a paid trade fails (ORDERPAID); the query settles which side of the race we are on.
    const trade = await this.query(outTradeNo);
    if (trade?.trade_state === 'SUCCESS' || trade?.trade_state === 'REFUND') return 'ALREADY_PAID';
    if (closeError && trade?.trade_state !== 'CLOSED') throw closeError;
    return 'CLOSED';
  }

  async query(outTradeNo: string): Promise<WechatTransaction | undefined> {
    try {
      return await this.client.queryByOutTradeNo(outTradeNo);
    } catch (err) {
      if (err instanceof WechatPayApiError && err.code === 'ORDER_NOT_EXIST') return undefined;
      throw err;
    }
  }

  async refund(req: ProviderRefundRequest): Promise<ProviderRefundResult> {
    const r = await this.client.refund({
      outTradeNo: req.outTradeNo,
      outRefundNo: req.outRefundNo,
      reason: req.reason.slice(0, 80),
      refundFen: req.refundFen,
      totalFen: req.totalFen,
    });
    if (r.status === 'SUCCESS') return { status: 'SUCCEEDED', providerRefundId: r.refund_id };
    if (r.status === 'PROCESSING') return { status: 'PROCESSING', providerRefundId: r.refund_id };
    return { status: 'FAILED', message: `WeChat Pay refund ${r.status}` };
  }
}
