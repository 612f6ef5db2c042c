// Pure helpers of pickup codes: drawing a code, its keyed lookup hash, sealing it for re-showing, the signed QR
// token, and masking the shopper's name and phone for the clerk. No database, no clock: unit-tested alone.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Keys derived once from the pickup secret; each has one use, so a leak of one use's output helps no other. */
export interface PickupKeys {
  /** HMAC key of the lookup hash (store + code): a database reader cannot test guesses without it. */
  lookup: Buffer;
  /** AES-256-GCM key that seals the code so the shopper can be shown it again. */
  seal: Buffer;
  /** HMAC key that signs QR tokens. */
  qr: Buffer;
}

export function derivePickupKeys(secret: string): PickupKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'linli-pickup-v1', info, 32));
  return { lookup: derive('lookup'), seal: derive('seal'), qr: derive('qr') };
}

/** A uniformly random code of `digits` decimal digits (leading zeros kept), from the OS CSPRNG. */
export function drawCode(digits: number): string {
  let code = '';
  // randomInt is uniform (rejection sampling) below 2^48; draw in chunks of at most 12 digits.
  for (let left = digits; left > 0; left -= 12) {
    const n = Math.min(12, left);
    code += String(randomInt(0, 10 ** n)).padStart(n, '0');
  }
  return code;
}

export function isWellFormedCode(code: string, digits: number): boolean {
  return code.length === digits && /^[0-9]+$/.test(code);
}

/** The lookup key of a code at a store: HMAC-SHA256(lookup key, storeId ":" code). */
export function codeHash(keys: PickupKeys, storeId: string, code: string): Buffer {
  return createHmac('sha256', keys.lookup).update(`${storeId.toLowerCase()}:${code}`).digest();
}

/**
 * Seals the code with AES-256-GCM; the order id and generation are the associated data, so a sealed code
 * copied onto another row or generation does not open. Layout: base64url(iv 12 | tag 16 | ciphertext).
 */
export function sealCode(keys: PickupKeys, code: string, orderId: string, generation: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.seal, iv);
  cipher.setAAD(Buffer.from(`${orderId}:${generation}`));
  const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openCode(keys: PickupKeys, sealed: string, orderId: string, generation: number): string {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keys.seal, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(`${orderId}:${generation}`));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export interface QrClaims {
  orderId: string;
  generation: number;
  code: string;
  expiresAt: Date;
}

const QR_VERSION = 1;
const QR_PREFIX = 'LP1';
/** version 1 | order id 16 | generation 4 | code 6 (up to 14 digits) | expiry seconds 5 = 32 bytes, + 16-byte MAC = 48. */
const QR_BODY = 32;
const QR_MAC = 16;

/**
 * The QR token: `LP1` + base64url(32-byte body + HMAC-SHA256 truncated to 128 bits). 48 bytes encode to 64
 * characters with no spare bits, and decoding is checked to re-encode to the same text, so no byte or
 * character can change without the token being refused.
 */
export function signQrToken(keys: PickupKeys, claims: QrClaims): string {
  const body = Buffer.alloc(QR_BODY);
  body.writeUInt8(QR_VERSION, 0);
  Buffer.from(claims.orderId.replace(/-/g, ''), 'hex').copy(body, 1);
  body.writeUInt32BE(claims.generation, 17);
  body.writeUIntBE(Number(claims.code), 21, 6);
  body.writeUIntBE(Math.floor(claims.expiresAt.getTime() / 1000), 27, 5);
  return QR_PREFIX + Buffer.concat([body, qrMac(keys, body, claims.code.length)]).toString('base64url');
}

/** The claims of a token we signed, or undefined for anything else (the expiry is the caller's to check). */
export function readQrToken(keys: PickupKeys, token: string, digits: number): QrClaims | undefined {
  if (!token.startsWith(QR_PREFIX)) return undefined;
  const text = token.slice(QR_PREFIX.length);
  const raw = Buffer.from(text, 'base64url');
  if (raw.length !== QR_BODY + QR_MAC || raw.toString('base64url') !== text) return undefined;
  const body = raw.subarray(0, QR_BODY);
  if (!timingSafeEqual(raw.subarray(QR_BODY), qrMac(keys, body, digits)) || body.readUInt8(0) !== QR_VERSION) return undefined;
  const hex = body.subarray(1, 17).toString('hex');
  return {
    orderId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    generation: body.readUInt32BE(17),
    code: String(body.readUIntBE(21, 6)).padStart(digits, '0'),
    expiresAt: new Date(body.readUIntBE(27, 5) * 1000),
  };
}

/** The code length is part of what is signed, so a token for another length setting never reads as valid. */
function qrMac(keys: PickupKeys, body: Buffer, digits: number): Buffer {
  return createHmac('sha256', keys.qr).update(body).update(String(digits)).digest().subarray(0, QR_MAC);
}

/** 王小明 → 王**; Alice → A****. The clerk checks the person, not the full name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 13800138000 → 138****8000: enough to ask "ending 8000?" at the counter. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Groups a code for reading aloud and typing: 1234567890 → "12345 67890". */
export function groupCode(code: string): string {
  return code.length > 6 ? `${code.slice(0, code.length - 5)} ${code.slice(-5)}` : code;
}
