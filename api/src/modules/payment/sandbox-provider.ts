// WeChat Pay simulated for development and tests: it keeps trades in Redis, signs the payment parameters with
// a merchant key, and when "paid" posts a notification to our webhook signed with its own platform key and
// encrypted with its APIv3 key, in WeChat's exact format, so the real verification code runs every time.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomInt, type KeyObject } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type {
  CodePayRequest,
  CodePayResult,
  PaymentProvider,
  PrepayRequest,
  ProviderRefundRequest,
  ProviderRefundResult,
} from './payment-provider';
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
    // Paying and closing race in WeChat too; the first to settle the trade wins.
    const won = await this.settlePaid(outTradeNo);
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

  /** Any other callback WeChat Pay signs with the same keys (e.g. 商家转账's MCHTRANSFER.BILL.FINISHED). */
  signedNotification(eventType: string, resource: object, kind: string): SignedNotification {
    return buildSignedNotification({
      signingKey: this.platformKey,
      serial: SANDBOX_PUBLIC_KEY_ID,
      apiV3Key: this.apiV3Key,
      eventType,
      resource,
      associatedData: kind,
      originalType: kind,
      now: this.clock.now(),
    });
  }

  async deliver(notification: SignedNotification, url = this.webhook()): Promise<{ status: number; body: string }> {
    const res = await fetch(url, { method: 'POST', headers: notification.headers, body: notification.body });
    return { status: res.status, body: await res.text() };
  }

  /**
   * 付款码支付 as WeChat answers it. The code's last three digits script what happens, so tests and demos can play
   * every path (any other code pays at once):
   *   991  the shopper confirms with a password: USERPAYING, then paid on the second query;
   *   992  the shopper is charged but the answer is lost, and queries time out too (only a reverse settles it);
   *   993  refused: not enough balance (NOT_ENOUGH), nothing charged;
   *   994  the shopper never confirms: USERPAYING for good; the first reverse answers "try again";
   *   995  charged, but the answer names another amount (forged or misdirected): it must not be trusted;
   *   996  charged, but the answer replays the transaction of the last code payment (another sale's): not trusted either.
   */
  async codePay(req: CodePayRequest): Promise<CodePayResult> {
    const key = `${this.ns}:trade:${req.outTradeNo}`;
    if (!/^1[0-5][0-9]{16}$/.test(req.authCode)) return { state: 'FAILED', code: 'PARAM_ERROR', message: 'auth_code 无效' };
    const script = req.authCode.slice(-3);
    if (script === '993') return { state: 'FAILED', code: 'NOT_ENOUGH', message: '用户余额不足' };
    const fresh = await this.redis.hsetnx(key, 'total', req.totalFen);
    if (!fresh) return { state: 'FAILED', code: 'OUT_TRADE_NO_USED', message: '商户订单号重复' };
    await this.redis.hset(key, {
      openid: `o-code-${req.authCode.slice(-6)}`,
      expiresAt: new Date(this.clock.now().getTime() + 24 * 3600_000).toISOString(),
      script,
      queries: 0,
      charged: 0,
      returned: 0,
      tradeType: 'MICROPAY',
    });
    await this.redis.expire(key, KEY_TTL_S);
    if (script === '991' || script === '994') return { state: 'USERPAYING' };
    const transaction = await this.settleCode(req.outTradeNo);
    if (script === '992') return { state: 'UNKNOWN', message: 'timeout: no answer from WeChat Pay' };
    if (script === '995') return { state: 'SUCCESS', transaction: { ...transaction, amount: { ...transaction.amount, total: 1 } } };
    const last = await this.redis.getset(`${this.ns}:last-code-transaction`, transaction.transaction_id ?? '');
    if (script === '996' && last) return { state: 'SUCCESS', transaction: { ...transaction, transaction_id: last } };
    return { state: 'SUCCESS', transaction };
  }

  /** The shopper's money on a code trade: what was taken and what went back (reversed), in fen. */
  async codeMoney(outTradeNo: string): Promise<{ chargedFen: number; returnedFen: number; state: string }> {
    const t = await this.redis.hgetall(`${this.ns}:trade:${outTradeNo}`);
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return { chargedFen: Number(t.charged ?? 0), returnedFen: Number(t.returned ?? 0), state: final?.split(':')[0] ?? 'USERPAYING' };
  }

  /** Settles the trade as paid by a new transaction, unless it was settled (paid, closed, reversed) already. */
  private async settlePaid(outTradeNo: string): Promise<boolean> {
    // 28 digits as WeChat's are, unique as WeChat's are: two trades settled in the same millisecond drew from 100,000
    // numbers before, and a repeat made the second payment look like one transaction paying two checkouts.
    const transactionId = `4200${Date.now()}${randomInt(0, 1e11).toString().padStart(11, '0')}`;
    const final = `SUCCESS:${transactionId}:${this.clock.now().toISOString()}`;
    return (await this.redis.set(`${this.ns}:final:${outTradeNo}`, final, 'EX', KEY_TTL_S, 'NX')) === 'OK';
  }

  private async settleCode(outTradeNo: string): Promise<WechatTransaction> {
    const key = `${this.ns}:trade:${outTradeNo}`;
    const won = await this.settlePaid(outTradeNo);
    if (won) await this.redis.hset(key, 'charged', (await this.redis.hget(key, 'total'))!);
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return this.transaction(outTradeNo, await this.redis.hgetall(key), final!.split(':'));
  }

  async reverse(outTradeNo: string): Promise<'REVERSED' | 'RETRY'> {
    const key = `${this.ns}:trade:${outTradeNo}`;
    const trade = await this.redis.hgetall(key);
    if (!trade.total) return 'REVERSED';
    if (trade.script === '994' && (await this.redis.hincrby(key, 'reverseTries', 1)) === 1) return 'RETRY';
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    if (final === 'REVOKED') return 'REVERSED';
    await this.redis.set(`${this.ns}:final:${outTradeNo}`, 'REVOKED', 'EX', KEY_TTL_S);
    // A paid trade's money goes back to the shopper; an unpaid one is closed.
    if (final?.startsWith('SUCCESS')) await this.redis.hset(key, 'returned', trade.charged ?? '0');
    return 'REVERSED';
  }

  async close(outTradeNo: string): Promise<'CLOSED' | 'ALREADY_PAID'> {
    await this.redis.set(`${this.ns}:final:${outTradeNo}`, 'CLOSED', 'EX', KEY_TTL_S, 'NX');
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return final === 'CLOSED' ? 'CLOSED' : 'ALREADY_PAID';
  }

  async query(outTradeNo: string): Promise<WechatTransaction | undefined> {
    const trade = await this.redis.hgetall(`${this.ns}:trade:${outTradeNo}`);
    if (!trade.total) return undefined;
    if (trade.script) {
      const queries = await this.redis.hincrby(`${this.ns}:trade:${outTradeNo}`, 'queries', 1);
      if (trade.script === '992') throw new Error('timeout: no answer from WeChat Pay');
      if (trade.script === '991' && queries >= 2) await this.settleCode(outTradeNo);
    }
    const final = await this.redis.get(`${this.ns}:final:${outTradeNo}`);
    return this.transaction(outTradeNo, trade, final ? final.split(':') : undefined);
  }

  private async transaction(outTradeNo: string, trade: Record<string, string>, settled: string[] | undefined): Promise<WechatTransaction> {
    const total = Number(trade.total);
    const paid = settled?.[0] === 'SUCCESS';
    const open = trade.script ? 'USERPAYING' : 'NOTPAY';
    return {
      appid: this.appId,
      mchid: this.mchId,
      out_trade_no: outTradeNo,
      transaction_id: paid ? settled[1]! : '',
      trade_type: trade.tradeType === 'MICROPAY' ? 'MICROPAY' : 'JSAPI',
      trade_state: paid ? 'SUCCESS' : settled?.[0] === 'CLOSED' ? 'CLOSED' : settled?.[0] === 'REVOKED' ? 'REVOKED' : open,
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
