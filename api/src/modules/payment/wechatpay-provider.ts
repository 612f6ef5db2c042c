// The real WeChat Pay (APIv3, JSAPI) behind the PaymentProvider interface.
import type { KeyObject } from 'node:crypto';
import type {
  CodePayRequest,
  CodePayResult,
  PaymentProvider,
  PrepayRequest,
  ProviderRefundRequest,
  ProviderRefundResult,
} from './payment-provider';
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

  async codePay(req: CodePayRequest): Promise<CodePayResult> {
    try {
      const trade = await this.client.codePay({ ...req, profitSharing: true });
      if (trade.trade_state === 'SUCCESS') return { state: 'SUCCESS', transaction: trade };
      if (trade.trade_state === 'USERPAYING') return { state: 'USERPAYING' };
      return { state: 'FAILED', code: trade.trade_state, message: trade.trade_state_desc ?? trade.trade_state };
    } catch (err) {
      return codePayError(err);
    }
  }

  async reverse(outTradeNo: string): Promise<'REVERSED' | 'RETRY'> {
    try {
      await this.client.reverse(outTradeNo);
      return 'REVERSED';
    } catch (err) {
      // Reversed before (a retry whose first answer was lost): nothing is left to undo.
      if (err instanceof WechatPayApiError && err.code === 'ORDER_REVERSED') return 'REVERSED';
      return 'RETRY';
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

/** Errors after which WeChat may still have charged the code: the caller queries, then reverses. */
const OPEN_CODES = new Set([
  'SYSTEM_ERROR',
  'SYSTEMERROR',
  'BANK_ERROR',
  'BANKERROR',
  'NETWORK_ERROR',
  'ORDER_PAID',
  'ORDERPAID',
  'FREQUENCY_LIMITED',
]);

/** What a failed codepay call means for the money: open (query, then reverse), the shopper paying, or refused outright. */
export function codePayError(err: unknown): CodePayResult {
  if (!(err instanceof WechatPayApiError)) return { state: 'UNKNOWN', message: (err as Error).message };
  if (err.code === 'USERPAYING') return { state: 'USERPAYING' };
  if (OPEN_CODES.has(err.code) || err.status === 0 || err.status >= 500 || err.status === 200)
    return { state: 'UNKNOWN', message: err.message };
  return { state: 'FAILED', code: err.code, message: err.message };
}
