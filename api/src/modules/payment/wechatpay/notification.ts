// WeChat Pay callback notifications: verifying and parsing what WeChat posts to notify_url, and forging them for our sandbox.
import { randomUUID, type KeyObject } from 'node:crypto';
import type { PlatformKeys } from './platform-keys';
import {
  WechatPayCryptoError,
  beijingRfc3339,
  decryptResource,
  encryptResource,
  notificationMessage,
  randomAlphanumeric,
  signSha256Rsa,
  unixSeconds,
  verifySha256Rsa,
  type EncryptedResource,
} from './wechatpay-crypto';

export type NotificationFailure = 'MISSING_HEADERS' | 'UNKNOWN_SERIAL' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE';
export type NotificationVerdict = { ok: true } | { ok: false; reason: NotificationFailure };

export type HeaderBag = Record<string, string | string[] | undefined>;

/** WeChat deliberately sends a few wrongly signed callbacks with this prefix to check that merchants verify. */
const SIGNTEST_PREFIX = 'WECHATPAY/SIGNTEST/';

function header(headers: HeaderBag, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    // Two copies of a signature header can't both be trusted; treat it as absent.
    const one = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
    return one === undefined || one.trim() === '' ? undefined : one.trim();
  }
  return undefined;
}

/** Checks a callback (or an API response: same headers, same message) against WeChat Pay's keys. */
export function verifyNotification(input: {
  headers: HeaderBag;
  rawBody: string;
  keys: PlatformKeys;
  now: Date;
  maxSkewSeconds?: number;
}): NotificationVerdict {
  const timestamp = header(input.headers, 'wechatpay-timestamp');
  const nonce = header(input.headers, 'wechatpay-nonce');
  const signature = header(input.headers, 'wechatpay-signature');
  const serial = header(input.headers, 'wechatpay-serial');
  if (!timestamp || !nonce || !signature || !serial) return { ok: false, reason: 'MISSING_HEADERS' };
  // A replayed callback carries its original timestamp; the window bounds how long a captured one stays usable.
  const skew = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  if (!/^\d{1,12}$/.test(timestamp) || !(skew <= (input.maxSkewSeconds ?? 300))) return { ok: false, reason: 'STALE_TIMESTAMP' };
  const key = input.keys.get(serial);
  if (!key) return { ok: false, reason: 'UNKNOWN_SERIAL' };
  if (signature.startsWith(SIGNTEST_PREFIX)) return { ok: false, reason: 'BAD_SIGNATURE' };
  return verifySha256Rsa(key, notificationMessage(timestamp, nonce, input.rawBody), signature)
    ? { ok: true }
    : { ok: false, reason: 'BAD_SIGNATURE' };
}

export interface NotificationResource extends EncryptedResource {
  associated_data: string;
  original_type: string;
}

export interface WechatNotification {
  id: string;
  create_time: string;
  event_type: string;
  resource_type: string;
  summary: string;
  resource: NotificationResource;
}

function malformed(what: string): never {
  throw new WechatPayCryptoError('MALFORMED_BODY', `notification body: ${what}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(obj: Record<string, unknown>, key: string, fallback?: string): string {
  const v = obj[key];
  if (typeof v === 'string') return v;
  if (v === undefined && fallback !== undefined) return fallback;
  return malformed(`${key} is not a string`);
}

export function parseNotificationBody(rawBody: string): WechatNotification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    malformed('not JSON');
  }
  if (!isObject(parsed)) malformed('not an object');
  const r = parsed.resource;
  if (!isObject(r)) malformed('resource is not an object');
  return {
    id: str(parsed, 'id'),
    create_time: str(parsed, 'create_time'),
    event_type: str(parsed, 'event_type'),
    resource_type: str(parsed, 'resource_type'),
    summary: str(parsed, 'summary', ''),
    resource: {
      algorithm: str(r, 'algorithm'),
      ciphertext: str(r, 'ciphertext'),
      associated_data: str(r, 'associated_data', ''),
      nonce: str(r, 'nonce'),
      original_type: str(r, 'original_type', ''),
    },
  };
}

/** Decrypts and JSON-parses the resource; only call after verifyNotification said ok. */
export function decryptNotificationResource<T = unknown>(notification: WechatNotification, apiV3Key: string): T {
  const plaintext = decryptResource(apiV3Key, notification.resource);
  try {
    return JSON.parse(plaintext) as T;
  } catch {
    return malformed('decrypted resource is not JSON');
  }
}

/** Transaction states WeChat reports; only SUCCESS (and later REFUND) means the money arrived. */
export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';

/** Decrypted TRANSACTION.* resource, also the body of a transaction query; unpaid orders lack the payment fields. */
export interface WechatTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: 'JSAPI' | 'NATIVE' | 'APP' | 'MICROPAY' | 'MWEB' | 'FACEPAY';
  trade_state: TradeState;
  trade_state_desc: string;
  bank_type?: string;
  attach?: string;
  success_time?: string;
  payer?: { openid: string };
  amount: { total: number; payer_total?: number; currency: string; payer_currency?: string };
}

/** Decrypted REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED resource. */
export interface WechatRefundResource {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL';
  success_time?: string;
  user_received_account?: string;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

const DEFAULT_SUMMARY: Record<string, string> = {
  'TRANSACTION.SUCCESS': '支付成功',
  'REFUND.SUCCESS': '退款成功',
  'REFUND.ABNORMAL': '退款异常',
  'REFUND.CLOSED': '退款关闭',
};

export interface SignedNotification {
  headers: Record<string, string>;
  body: string;
}

/** Produces a callback byte-for-byte the way WeChat would, so the sandbox exercises the real verification path. */
export function buildSignedNotification(input: {
  signingKey: KeyObject;
  serial: string;
  apiV3Key: string;
  eventType: string;
  resource: object;
  /** Defaults: 'refund' for REFUND.* events, otherwise 'transaction' (WeChat uses the same word for both fields). */
  associatedData?: string;
  originalType?: string;
  summary?: string;
  id?: string;
  createTime?: Date;
  now: Date;
}): SignedNotification {
  const kind = input.eventType.startsWith('REFUND.') ? 'refund' : 'transaction';
  const encrypted = encryptResource(input.apiV3Key, JSON.stringify(input.resource), input.associatedData ?? kind);
  const body = JSON.stringify({
    id: input.id ?? randomUUID(),
    create_time: beijingRfc3339(input.createTime ?? input.now),
    resource_type: 'encrypt-resource',
    event_type: input.eventType,
    summary: input.summary ?? DEFAULT_SUMMARY[input.eventType] ?? '',
    resource: {
      original_type: input.originalType ?? kind,
      algorithm: encrypted.algorithm,
      ciphertext: encrypted.ciphertext,
      associated_data: encrypted.associated_data,
      nonce: encrypted.nonce,
    },
  });
  const timestamp = unixSeconds(input.now);
  const nonce = randomAlphanumeric(32);
  return {
    headers: {
      'Content-Type': 'application/json',
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': signSha256Rsa(input.signingKey, notificationMessage(timestamp, nonce, body)),
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Serial': input.serial,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
    body,
  };
}
