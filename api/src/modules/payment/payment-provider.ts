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

/** A payment code (付款码) the shopper's WeChat shows, scanned at the counter: the trade is charged at once. */
export interface CodePayRequest {
  outTradeNo: string;
  /** The 18 digits of the payment code (10–15 first). */
  authCode: string;
  totalFen: number;
  description: string;
  /** The store's own code (scene_info.store_info.out_id). */
  storeCode: string;
}

/**
 * What a code payment answered. SUCCESS carries the transaction to check; USERPAYING (the shopper is typing a
 * password) and UNKNOWN (a timeout, a system error) are settled by querying, then reversing; FAILED took nothing.
 */
export type CodePayResult =
  | { state: 'SUCCESS'; transaction: WechatTransaction }
  | { state: 'USERPAYING' }
  | { state: 'UNKNOWN'; message: string }
  | { state: 'FAILED'; code: string; message: string };

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
  /** 付款码支付: charges the payment code now (POST /v3/pay/transactions/codepay). */
  codePay(req: CodePayRequest): Promise<CodePayResult>;
  /**
   * 撤销: a code payment whose result stayed unknown is undone: closed when unpaid, paid money returned when paid.
   * RETRY: WeChat could not do it yet (ask again); REVERSED: nothing of the trade stays with the merchant.
   */
  reverse(outTradeNo: string): Promise<'REVERSED' | 'RETRY'>;
  /** Idempotent per outRefundNo: asking again reports the same refund's status. */
  refund(req: ProviderRefundRequest): Promise<ProviderRefundResult>;
}

export function notifyUrl(config: Pick<Config, 'publicUrl'>): string {
  return `${config.publicUrl}/payments/wechat/notify`;
}
