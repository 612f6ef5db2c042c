// RFC 6238 time-based one-time codes (HMAC-SHA1, 30 s step, 8 digits) and the base32 text of their secrets.
// Pure: the server computes codes with Node's HMAC; the shopper's app has its own pure-JS copy of the same
// algorithm (miniapp/src/lib/totp.ts), and both are checked against the RFC's test vectors.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SEC = 30;
export const TOTP_DIGITS = 8;

/** The time step a moment falls in (RFC 6238 T, with T0 = 0). */
export function totpCounter(at: Date, stepSec = TOTP_STEP_SEC): number {
  return Math.floor(at.getTime() / 1000 / stepSec);
}

/** RFC 4226 HOTP: the HMAC of the 8-byte big-endian counter, dynamically truncated to `digits` digits. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** Equal-length digit strings compared in constant time. */
export function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: how authenticator apps (and our app) carry a TOTP secret. */
export function toBase32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
