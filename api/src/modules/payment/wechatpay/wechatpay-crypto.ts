// Pure WeChat Pay APIv3 primitives: request/notification signatures, AEAD resource encryption, paySign, wire formats.
import { createCipheriv, createDecipheriv, randomInt, sign, verify, constants, type KeyObject } from 'node:crypto';

export type WechatPayCryptoFailure =
  'BAD_KEY' | 'BAD_NONCE' | 'UNSUPPORTED_ALGORITHM' | 'BAD_CIPHERTEXT' | 'DECRYPT_FAILED' | 'MALFORMED_BODY';

export class WechatPayCryptoError extends Error {
  readonly reason: WechatPayCryptoFailure;
  constructor(reason: WechatPayCryptoFailure, message: string) {
    super(message);
    this.name = 'WechatPayCryptoError';
    this.reason = reason;
  }
}

export const AEAD_AES_256_GCM = 'AEAD_AES_256_GCM';
const GCM_TAG_BYTES = 16;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Uniform over the 62 characters (randomInt rejects biased draws, unlike byte % 62). */
export function randomAlphanumeric(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

export function unixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

/** WeChat writes and expects times as RFC 3339 in Beijing time without fractions, e.g. 2018-06-08T10:34:56+08:00. */
export function beijingRfc3339(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';
}

export function signSha256Rsa(privateKey: KeyObject, message: string): string {
  return sign('sha256', Buffer.from(message, 'utf8'), { key: privateKey, padding: constants.RSA_PKCS1_PADDING }).toString('base64');
}

/** Node's base64 decoder skips junk characters, so only canonical base64 counts as a signature at all. */
export function verifySha256Rsa(publicKey: KeyObject, message: string, signatureBase64: string): boolean {
  if (typeof signatureBase64 !== 'string' || signatureBase64.length === 0) return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length === 0 || signature.toString('base64') !== signatureBase64) return false;
  try {
    return verify('sha256', Buffer.from(message, 'utf8'), { key: publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return false;
  }
}

export function requestSignatureMessage(method: string, pathWithQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

export interface AuthorizationInput {
  mchId: string;
  serialNo: string;
  privateKey: KeyObject;
  method: string;
  /** The request target exactly as sent (path plus `?query`), without scheme and host. */
  pathWithQuery: string;
  /** The exact bytes sent; '' for GET. */
  body: string;
  timestamp?: string;
  nonce?: string;
}

export function authorizationHeader(input: AuthorizationInput): string {
  const timestamp = input.timestamp ?? unixSeconds(new Date());
  const nonce = input.nonce ?? randomAlphanumeric(32);
  const signature = signSha256Rsa(
    input.privateKey,
    requestSignatureMessage(input.method, input.pathWithQuery, timestamp, nonce, input.body),
  );
  return (
    `WECHATPAY2-SHA256-RSA2048 mchid="${input.mchId}",nonce_str="${nonce}",signature="${signature}",` +
    `timestamp="${timestamp}",serial_no="${input.serialNo}"`
  );
}

/** Also the message for response signatures: an empty body (204) still ends with its own '\n'. */
export function notificationMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

export interface EncryptedResource {
  algorithm: string;
  ciphertext: string;
  associated_data: string;
  nonce: string;
  original_type?: string;
}

function aesKey(apiV3Key: string): Buffer {
  const key = Buffer.from(apiV3Key, 'utf8');
  if (key.length !== 32) throw new WechatPayCryptoError('BAD_KEY', `APIv3 key must be 32 bytes, got ${key.length}`);
  return key;
}

export function encryptResource(
  apiV3Key: string,
  plaintext: string,
  associatedData: string,
  nonce: string = randomAlphanumeric(12),
): EncryptedResource {
  const key = aesKey(apiV3Key);
  if (Buffer.byteLength(nonce, 'utf8') !== 12) throw new WechatPayCryptoError('BAD_NONCE', 'nonce must be 12 bytes');
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(nonce, 'utf8'), { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: AEAD_AES_256_GCM, ciphertext: body.toString('base64'), associated_data: associatedData, nonce };
}

export function decryptResource(apiV3Key: string, resource: EncryptedResource): string {
  const key = aesKey(apiV3Key);
  if (resource.algorithm !== AEAD_AES_256_GCM) {
    throw new WechatPayCryptoError('UNSUPPORTED_ALGORITHM', `unsupported algorithm ${String(resource.algorithm)}`);
  }
  if (typeof resource.nonce !== 'string' || resource.nonce.length === 0) throw new WechatPayCryptoError('BAD_NONCE', 'missing nonce');
  const data = Buffer.from(resource.ciphertext ?? '', 'base64');
  if (data.length < GCM_TAG_BYTES) throw new WechatPayCryptoError('BAD_CIPHERTEXT', 'ciphertext shorter than the GCM tag');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(resource.nonce, 'utf8'), { authTagLength: GCM_TAG_BYTES });
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - GCM_TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - GCM_TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (err) {
    throw new WechatPayCryptoError('DECRYPT_FAILED', `resource failed GCM authentication: ${(err as Error).message}`);
  }
}

export interface JsapiPaymentParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/** The object the mini-program hands to wx.requestPayment (it ignores appId there, but the signature covers it). */
export function jsapiPaymentParams(input: {
  appId: string;
  prepayId: string;
  privateKey: KeyObject;
  timeStamp?: string;
  nonceStr?: string;
}): JsapiPaymentParams {
  const timeStamp = input.timeStamp ?? unixSeconds(new Date());
  const nonceStr = input.nonceStr ?? randomAlphanumeric(32);
  const pkg = `prepay_id=${input.prepayId}`;
  const paySign = signSha256Rsa(input.privateKey, `${input.appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`);
  return { appId: input.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
}

const OUT_TRADE_NO = /^[0-9A-Za-z_\-|*]{6,32}$/;

export function isValidOutTradeNo(s: string): boolean {
  return typeof s === 'string' && OUT_TRADE_NO.test(s);
}
