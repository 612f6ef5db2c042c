// HTTP client for the WeChat Pay APIv3 calls we use: JSAPI prepay, query, close, refund; signs requests, verifies responses.
import type { KeyObject } from 'node:crypto';
import { verifyNotification, type WechatTransaction } from './notification';
import type { PlatformKeys } from './platform-keys';
import { authorizationHeader, beijingRfc3339, isValidOutTradeNo } from './wechatpay-crypto';

/** A non-2xx answer from WeChat (its {code, message}), or a 2xx answer we refuse to trust or cannot read. */
export class WechatPayApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: unknown;
  constructor(status: number, code: string, message: string, detail?: unknown) {
    super(message);
    this.name = 'WechatPayApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

export type RefundStatus = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';

export interface WechatRefund {
  refund_id: string;
  out_refund_no: string;
  transaction_id: string;
  out_trade_no: string;
  channel: string;
  user_received_account: string;
  success_time?: string;
  create_time: string;
  status: RefundStatus;
  funds_account?: string;
  amount: {
    total: number;
    refund: number;
    payer_total: number;
    payer_refund: number;
    settlement_refund?: number;
    settlement_total?: number;
    discount_refund?: number;
    currency: string;
  };
}

export interface WechatPayClientOptions {
  mchId: string;
  appId: string;
  /** Serial of the merchant API certificate whose private key is below. */
  serialNo: string;
  privateKey: KeyObject;
  platformKeys: PlatformKeys;
  baseUrl?: string;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

export interface JsapiPrepayInput {
  description: string;
  outTradeNo: string;
  timeExpire: Date;
  notifyUrl: string;
  totalFen: number;
  openid: string;
  attach?: string;
  profitSharing?: boolean;
}

export interface RefundInput {
  outTradeNo: string;
  outRefundNo: string;
  reason?: string;
  refundFen: number;
  totalFen: number;
  notifyUrl?: string;
}

export interface CodePayInput {
  description: string;
  outTradeNo: string;
  authCode: string;
  totalFen: number;
  storeCode: string;
  deviceIp?: string;
  profitSharing?: boolean;
}

const OUT_REFUND_NO = /^[0-9A-Za-z_\-|*@]{1,64}$/;
const USER_AGENT = `linli-api wechatpay-apiv3 (node ${process.version})`;

function requireOutTradeNo(outTradeNo: string): string {
  if (!isValidOutTradeNo(outTradeNo)) throw new RangeError(`invalid out_trade_no ${JSON.stringify(outTradeNo)}`);
  return outTradeNo;
}

function requireFen(name: string, fen: number): number {
  if (!Number.isSafeInteger(fen) || fen <= 0) throw new RangeError(`${name} must be a positive integer number of fen, got ${fen}`);
  return fen;
}

export class WechatPayClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => Date;
  private readonly timeoutMs: number;

  constructor(private readonly opts: WechatPayClientOptions) {
    this.baseUrl = (opts.baseUrl ?? 'https://api.mch.weixin.qq.com').replace(/\/+$/, '');
    this.fetchImpl = opts.fetchImpl ?? fetch;
    this.now = opts.now ?? (() => new Date());
    this.timeoutMs = opts.timeoutMs ?? 10_000;
  }

  async jsapiPrepay(input: JsapiPrepayInput): Promise<{ prepayId: string }> {
    const body = {
      appid: this.opts.appId,
      mchid: this.opts.mchId,
      description: input.description,
      out_trade_no: requireOutTradeNo(input.outTradeNo),
      time_expire: beijingRfc3339(input.timeExpire),
      ...(input.attach !== undefined ? { attach: input.attach } : {}),
      notify_url: input.notifyUrl,
      amount: { total: requireFen('totalFen', input.totalFen), currency: 'CNY' },
      payer: { openid: input.openid },
      ...(input.profitSharing ? { settle_info: { profit_sharing: true } } : {}),
    };
    const res = await this.request<{ prepay_id?: unknown }>('POST', '/v3/pay/transactions/jsapi', body);
    if (typeof res?.prepay_id !== 'string') throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'prepay response has no prepay_id');
    return { prepayId: res.prepay_id };
  }

  /**
   * 付款码支付 (APIv3): charges the code the shopper's WeChat shows. A 2xx answer carries the trade (trade_state
   * SUCCESS, or USERPAYING while the shopper confirms); anything else is a WechatPayApiError the caller maps.
   */
  async codePay(input: CodePayInput): Promise<WechatTransaction> {
    if (!/^1[0-5][0-9]{16}$/.test(input.authCode)) throw new RangeError('auth_code must be a WeChat payment code (18 digits, 10-15 first)');
    const body = {
      appid: this.opts.appId,
      mchid: this.opts.mchId,
      description: input.description,
      out_trade_no: requireOutTradeNo(input.outTradeNo),
      payer: { auth_code: input.authCode },
      amount: { total: requireFen('totalFen', input.totalFen), currency: 'CNY' },
      scene_info: { store_info: { out_id: input.storeCode }, device_ip: input.deviceIp ?? '127.0.0.1' },
      ...(input.profitSharing ? { settle_info: { profit_sharing: true } } : {}),
    };
    const res = await this.request<WechatTransaction>('POST', '/v3/pay/transactions/codepay', body);
    if (!res?.trade_state) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'codepay response has no trade_state');
    return res;
  }

  /** 撤销订单 (APIv3): a code payment not paid is closed, a paid one returned to the shopper; within 7 days. */
  async reverse(outTradeNo: string): Promise<void> {
    const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(requireOutTradeNo(outTradeNo))}/reverse`;
    await this.request('POST', path, { appid: this.opts.appId, mchid: this.opts.mchId });
  }

  async queryByOutTradeNo(outTradeNo: string): Promise<WechatTransaction> {
    const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(requireOutTradeNo(outTradeNo))}`;
    const res = await this.request<WechatTransaction>('GET', `${path}?mchid=${encodeURIComponent(this.opts.mchId)}`);
    if (!res) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'empty transaction response');
    return res;
  }

  /** WeChat asks merchants not to close an order within 5 minutes of creating it; that policy is the caller's. */
  async close(outTradeNo: string): Promise<void> {
    const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(requireOutTradeNo(outTradeNo))}/close`;
    await this.request('POST', path, { mchid: this.opts.mchId });
  }

  async refund(input: RefundInput): Promise<WechatRefund> {
    if (!OUT_REFUND_NO.test(input.outRefundNo)) throw new RangeError(`invalid out_refund_no ${JSON.stringify(input.outRefundNo)}`);
    const total = requireFen('totalFen', input.totalFen);
    const refund = requireFen('refundFen', input.refundFen);
    if (refund > total) throw new RangeError(`refund ${refund} exceeds total ${total}`);
    const body = {
      out_trade_no: requireOutTradeNo(input.outTradeNo),
      out_refund_no: input.outRefundNo,
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
      ...(input.notifyUrl !== undefined ? { notify_url: input.notifyUrl } : {}),
      amount: { refund, total, currency: 'CNY' },
    };
    const res = await this.request<WechatRefund>('POST', '/v3/refund/domestic/refunds', body);
    if (!res) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'empty refund response');
    return res;
  }

  /** Signs and sends one APIv3 call, verifies the answer; the parsed JSON body, or undefined for an empty 2xx (e.g. close's 204). */
  async request<T>(method: 'GET' | 'POST', pathWithQuery: string, payload?: object): Promise<T | undefined> {
    // The signature covers these exact bytes and this exact path, so both are fixed once here and sent as is.
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const { mchId, serialNo, privateKey, platformKeys } = this.opts;
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    const headers: Record<string, string> = {
      Authorization: authorizationHeader({ mchId, serialNo, privateKey, method, pathWithQuery, body, timestamp }),
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
    };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';

    let res: Response;
    let text: string;
    try {
      res = await this.fetchImpl(this.baseUrl + pathWithQuery, {
        method,
        headers,
        body: payload === undefined ? undefined : body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      throw new WechatPayApiError(0, 'NETWORK_ERROR', `${method} ${pathWithQuery}: ${(err as Error).message}`);
    }

    if (res.status < 200 || res.status > 299) {
      let code = `HTTP_${res.status}`;
      let message = text.slice(0, 500);
      let detail: unknown;
      try {
        const err = JSON.parse(text) as { code?: unknown; message?: unknown; detail?: unknown };
        if (typeof err.code === 'string') code = err.code;
        if (typeof err.message === 'string') message = err.message;
        detail = err.detail;
      } catch {
        // Gateways in front of WeChat answer with HTML; the status and raw text are all there is.
      }
      throw new WechatPayApiError(res.status, code, message, detail);
    }

    // An unsigned success is how a forged or tampered answer would look, so it is refused. A body-less 2xx
    // (close's 204) is still checked when it carries a signature, but its absence changes nothing we act on.
    const responseHeaders = Object.fromEntries(res.headers);
    if (text !== '' || responseHeaders['wechatpay-signature'] !== undefined) {
      const verdict = verifyNotification({ headers: responseHeaders, rawBody: text, keys: platformKeys, now: this.now() });
      if (!verdict.ok) {
        throw new WechatPayApiError(res.status, 'INVALID_RESPONSE_SIGNATURE', `${method} ${pathWithQuery}: ${verdict.reason}`);
      }
    }
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new WechatPayApiError(res.status, 'MALFORMED_RESPONSE', `${method} ${pathWithQuery}: response is not JSON`);
    }
  }
}
