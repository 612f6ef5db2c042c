// WeChat Pay simulated for development and tests: it keeps trades in Redis, signs the payment parameters with
// a merchant key, and when "paid" posts a notification to our webhook signed with its own platform key and
// encrypted with its APIv3 key, in WeChat's exact format, so the real verification code runs every time.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type { PaymentProvider, PrepayRequest, ProviderRefundRequest, ProviderRefundResult } from './payment-provider';
import { buildSignedNotification, type SignedNotification, type WechatTransaction } from './wechatpay/notification';
import { PlatformKeys } from './wechatpay/platform-keys';
import { beijingRfc3339, jsapiPaymentParams } from './wechatpay/wechatpay-crypto';

export const SANDBOX_PUBLIC_KEY_ID = 'PUB_KEY_ID_0000000000SANDBOX000000000000';
const SANDBOX_APIV3_KEY = 'linli-sandbox-apiv3-key-32-bytes';
const KEY_TTL_S = 30 * 24 * 3600;

export interface SandboxPayOptions {
  /** Report a different amount than the trade's, as a forger would. */
  amountFen?: number;
  /** Build the notification but do not post it. */
  deliver?: boolean;
}

export type SandboxPayResult =
  | { ok: true; transactionId: string; notification: SignedNotification; delivery?: { status: number; body: string } }
  | { ok: false; reason: 'UNKNOWN_TRADE' | 'CLOSED' | 'EXPIRED' };

export class SandboxWechatPay implements PaymentProvider {
  readonly name = 'sandbox' as const;
  readonly mchId = '1900000001';
  readonly appId = 'wx0000000000sandbox';
  readonly apiV3Key = SANDBOX_APIV3_KEY;
  readonly notificationKeys = new PlatformKeys();

  private constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly ns: string,
    private readonly webhook: () => string,
    private readonly platformKey: KeyObject,
    private readonly merchantKey: KeyObject,
  ) {
    this.notificationKeys.addPublicKey(
      SANDBOX_PUBLIC_KEY_ID,
      createPublicKey(platformKey).export({ type: 'spki', format: 'pem' }).toString(),
    );
  }

  /** Keys live in Redis so every API process of one deployment signs and verifies with the same pair. */
  static async create(redis: Redis, clock: Clock, ns: string, webhook: () => string): Promise<SandboxWechatPay> {
    const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await redis.set(`${ns}:keys`, JSON.stringify({ platform: pem(), merchant: pem() }), 'EX', KEY_TTL_S, 'NX');
    const keys = JSON.parse((await redis.get(`${ns}:keys`))!) as { platform: string; merchant: string };
    return new SandboxWechatPay(redis, clock, ns, webhook, createPrivateKey(keys.platform), createPrivateKey(keys.merchant));
  }

  /** The merchant's public key, for checking paySign as WeChat's client would. */
  get merchantPublicKey(): KeyObject {
    return createPublicKey(this.merchantKey);
  }

  async prepay(req: PrepayRequest): Promise<{ prepayId: string }> {
    const key = `${this.ns}:trade:${req.outTradeNo}`;
    await this.redis.hset(key, {
      total: req.totalFen,
      openid: req.openid,
      expiresAt: req.expiresAt.toISOString(),
      notifyUrl: req.notifyUrl,
    });
    await this.redis.expire(key, KEY_TTL_S);
    return { prepayId: `wx${req.outTradeNo}` };
  }

  paymentParams(prepayId: string) {
    return jsapiPaymentParams({
      appId: this.appId,
      prepayId,
      privateKey: this.merchantKey,
      timeStamp: String(Math.floor(this.clock.now().getTime() / 1000)),
    });
  }

  /** What the shopper does in WeChat's cashier: pays, and WeChat tells the merchant. */
  async pay(prepayId: string, options: SandboxPayOptions = {}): Promise<SandboxPayResult> {
    const outTradeNo = prepayId.replace(/^wx/, '');
    const trade = await this.redis.hgetall(`${this.ns}:trade:${outTradeNo}`);
    if (!trade.total) return { ok: false, reason: 'UNKNOWN_TRADE' };
    if (new Date(trade.expiresAt!) < this.clock.now()) return { ok: false, reason: 'EXPIRED' };
    const transactionId = `42000${Date.now()}${randomBytes(4).readUInt32BE() % 100000}`.slice(0, 28);
    // Paying and closing race in WeChat too; the first to settle the trade wins.
    const won = await this.redis.set(
      `${this.ns}:final:${outTradeNo}`,
      `SUCCESS:${transactionId}:${this.clock.now().toISOString()}`,
      'EX',
      KEY_TTL_S,
      'NX',
    );
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    if (!won && final === 'CLOSED') return { ok: false, reason: 'CLOSED' };
    const settled = final!.split(':');
    const notification = this.notification(await this.transaction(outTradeNo, trade, settled), options.amountFen);
    if (options.deliver === false) return { ok: true, transactionId: settled[1]!, notification };
    return {
      ok: true,
      transactionId: settled[1]!,
      notification,
      delivery: await this.deliver(notification, trade.notifyUrl ?? this.webhook()),
    };
  }

  /** A TRANSACTION.SUCCESS notification for a settled trade, as WeChat would sign and encrypt it. */
  notification(transaction: WechatTransaction, amountFen?: number): SignedNotification {
    const resource =
      amountFen === undefined
        ? transaction
        : { ...transaction, amount: { ...transaction.amount, total: amountFen, payer_total: amountFen } };
    return buildSignedNotification({
      signingKey: this.platformKey,
      serial: SANDBOX_PUBLIC_KEY_ID,
      apiV3Key: this.apiV3Key,
      eventType: 'TRANSACTION.SUCCESS',
      resource,
      now: this.clock.now(),
    });
  }

  async deliver(notification: SignedNotification, url = this.webhook()): Promise<{ status: number; body: string }> {
    const res = await fetch(url, { method: 'POST', headers: notification.headers, body: notification.body });
    return { status: res.status, body: await res.text() };
  }

  async close(outTradeNo: string): Promise<'CLOSED' | 'ALREADY_PAID'> {
    await this.redis.set(`${this.ns}:final:${outTradeNo}`, 'CLOSED', 'EX', KEY_TTL_S, 'NX');
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return final === 'CLOSED' ? 'CLOSED' : 'ALREADY_PAID';
  }

  async query(outTradeNo: string): Promise<WechatTransaction | undefined> {
    const trade = await this.redis.hgetall(`${this.ns}:trade:${outTradeNo}`);
    if (!trade.total) return undefined;
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return this.transaction(outTradeNo, trade, final ? final.split(':') : undefined);
  }

  private async transaction(outTradeNo: string, trade: Record<string, string>, settled: string[] | undefined): Promise<WechatTransaction> {
    const total = Number(trade.total);
    const paid = settled?.[0] === 'SUCCESS';
    return {
      appid: this.appId,
      mchid: this.mchId,
      out_trade_no: outTradeNo,
      transaction_id: paid ? settled[1]! : '',
      trade_type: 'JSAPI',
      trade_state: paid ? 'SUCCESS' : settled?.[0] === 'CLOSED' ? 'CLOSED' : 'NOTPAY',
      trade_state_desc: paid ? '支付成功' : '未支付',
      bank_type: 'OTHERS',
      attach: '',
      success_time: paid ? beijingRfc3339(new Date(settled.slice(2).join(':'))) : '',
      payer: { openid: trade.openid! },
      amount: { total, payer_total: total, currency: 'CNY', payer_currency: 'CNY' },
    } as WechatTransaction;
  }

  /** Refunds settle at once here; the total of refunds can never pass what was paid. */
  async refund(req: ProviderRefundRequest): Promise<ProviderRefundResult> {
    const key = `${this.ns}:refunds:${req.outTradeNo}`;
    const final = await this.redis.get(`${this.ns}:final:${req.outTradeNo}`);
    if (!final?.startsWith('SUCCESS')) return { status: 'FAILED', message: 'the trade was never paid' };
    const existing = await this.redis.hget(key, req.outRefundNo);
    if (existing) return { status: 'SUCCEEDED', providerRefundId: `50000${req.outRefundNo.slice(-20)}` };
    const refunded = Object.values(await this.redis.hgetall(key)).reduce((s, v) => s + Number(v), 0);
    if (refunded + req.refundFen > req.totalFen) return { status: 'FAILED', message: 'NOT_ENOUGH: refunds would exceed the payment' };
    await this.redis.hset(key, req.outRefundNo, req.refundFen);
    await this.redis.expire(key, KEY_TTL_S);
    return { status: 'SUCCEEDED', providerRefundId: `50000${req.outRefundNo.slice(-20)}` };
  }
}
