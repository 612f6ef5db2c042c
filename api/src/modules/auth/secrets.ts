// Counter PINs and device tokens. A 4–6 digit PIN cannot resist an offline search however slow its hash, so it is
// kept as an HMAC under a key derived from AUTH_SECRET: without the key a stolen table tests nothing, and with the
// online limits (attempt-limiter.ts) a PIN gets a handful of guesses. Device tokens are 32 random bytes, shown
// once; the table keeps their SHA-256, which is enough for a value nobody can guess.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export const PIN_FORMAT = /^[0-9]{4,6}$/;

export class StaffSecrets {
  private readonly pinKey: Buffer;

  constructor(authSecret: string) {
    this.pinKey = Buffer.from(hkdfSync('sha256', authSecret, 'linli', 'staff pin v1', 32));
  }

  hashPin(staffId: string, pin: string): string {
    const salt = randomBytes(16);
    return `pin1$${salt.toString('base64url')}$${this.mac(salt, staffId, pin).toString('base64url')}`;
  }

  verifyPin(staffId: string, pin: string, stored: string | null): boolean {
    const [scheme, salt, mac] = (stored ?? 'pin1$AAAAAAAAAAAAAAAAAAAAAA$').split('$');
    if (scheme !== 'pin1' || salt === undefined || mac === undefined) return false;
    const expected = Buffer.from(mac, 'base64url');
    const actual = this.mac(Buffer.from(salt, 'base64url'), staffId, pin);
    return expected.length === actual.length && timingSafeEqual(expected, actual) && stored !== null;
  }

  private mac(salt: Buffer, staffId: string, pin: string): Buffer {
    return createHmac('sha256', this.pinKey).update(salt).update(`${staffId}:${pin}`).digest();
  }
}

export function newDeviceToken(): string {
  return `lnd1_${randomBytes(32).toString('base64url')}`;
}

export function deviceTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const DEVICE_TOKEN_FORMAT = /^lnd1_[A-Za-z0-9_-]{43}$/;
