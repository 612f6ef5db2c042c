// What the order side needs from a payment service: prepay, close, query, refund, and the keys that
// verify its notifications. WeChat Pay (real) and the sandbox (WeChat simulated) both implement it;
// create-payment-provider.ts picks one (kept apart so the implementations and this interface form no circle).
import type { Config } from '../../common/config';
import type { WechatTransaction } from './wechatpay/notification';
import type { PlatformKeys } from './wechatpay/platform-keys';
import type { JsapiPaymentParams } from './wechatpay/wechatpay-crypto';

export interface PrepayRequest {
  outTradeNo: string;
  description: string;
  totalFen: number;
  openid: string;
  expiresAt: Date;
  notifyUrl: string;
}

export interface ProviderRefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: number;
  totalFen: number;
  reason: string;
}

export type ProviderRefundResult = { status: 'SUCCEEDED' | 'PROCESSING'; providerRefundId: string } | { status: 'FAILED'; message: string };

export interface PaymentProvider {
  readonly name: 'sandbox' | 'wechatpay';
  readonly mchId: string;
  readonly appId: string;
  /** Verify the signatures on notifications; the APIv3 key decrypts their resource. */
  readonly notificationKeys: PlatformKeys;
  readonly apiV3Key: string;
  prepay(req: PrepayRequest): Promise<{ prepayId: string }>;
  /** The signed object the mini-program passes to wx.requestPayment. */
  paymentParams(prepayId: string): JsapiPaymentParams;
  /** Closes an unpaid trade so it can no longer be paid; says so when it had been paid meanwhile. */
  close(outTradeNo: string): Promise<'CLOSED' | 'ALREADY_PAID'>;
  query(outTradeNo: string): Promise<WechatTransaction | undefined>;
  /** Idempotent per outRefundNo: asking again reports the same refund's status. */
  refund(req: ProviderRefundRequest): Promise<ProviderRefundResult>;
}

export function notifyUrl(config: Pick<Config, 'publicUrl'>): string {
  return `${config.publicUrl}/payments/wechat/notify`;
}
