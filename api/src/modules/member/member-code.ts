// What a member code looks like: 20 digits, "96" + a 10-digit member reference + an 8-digit TOTP. The same digits
// go into the QR and the CODE128 barcode, so a scanner gun, a camera and typed digits all give the clerk one string.
// Why these numbers: the counter's one scan field also receives WeChat Pay payment codes (18 digits, 10–15 first),
// Alipay's (16–24 digits, 25–30 first), UnionPay's (19 digits, 62 first) and goods barcodes (EAN-8/13, UPC-A 12,
// GTIN-14). A 20-digit string that starts with 96 is none of them, by prefix and by length.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';

export const MEMBER_CODE_PREFIX = '96';
export const MEMBER_REFERENCE_DIGITS = 10;
export const MEMBER_CODE_LENGTH = MEMBER_CODE_PREFIX.length + MEMBER_REFERENCE_DIGITS + 8;
/** A TOTP secret of 160 bits, the HMAC-SHA1 output size (RFC 4226 section 4 recommends it). */
export const MEMBER_SECRET_BYTES = 20;

export interface ParsedMemberCode {
  reference: string;
  totp: string;
}

/** The reference and TOTP of a typed or scanned code (spaces allowed); undefined when it is not a member code. */
export function parseMemberCode(shown: string): ParsedMemberCode | undefined {
  const code = shown.replace(/\s/g, '');
  if (code.length !== MEMBER_CODE_LENGTH || !/^[0-9]+$/.test(code) || !code.startsWith(MEMBER_CODE_PREFIX)) return undefined;
  const at = MEMBER_CODE_PREFIX.length;
  return { reference: code.slice(at, at + MEMBER_REFERENCE_DIGITS), totp: code.slice(at + MEMBER_REFERENCE_DIGITS) };
}

export function drawMemberReference(): string {
  return String(randomInt(0, 10 ** MEMBER_REFERENCE_DIGITS)).padStart(MEMBER_REFERENCE_DIGITS, '0');
}

/** The key that seals TOTP secrets at rest, derived from MEMBER_CODE_SECRET (like the pickup keys). */
export function deriveMemberSealKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'linli-member-code-v1', 'seal', 32));
}

/**
 * Seals a TOTP secret with AES-256-GCM; its row id is the associated data, so a sealed secret copied onto another
 * row does not open. Layout: base64url(iv 12 | tag 16 | ciphertext).
 */
export function sealSecret(key: Buffer, secret: Buffer, rowId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(rowId));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openSecret(key: Buffer, sealed: string, rowId: string): Buffer {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(rowId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}
