// Pure pickup helpers: codes are uniform digits, the hash is keyed and store-bound, the seal opens only for its
// own row, and a QR token with any changed character is refused.
import { describe, expect, it } from 'vitest';
import {
  codeHash,
  derivePickupKeys,
  drawCode,
  groupCode,
  isWellFormedCode,
  maskName,
  maskPhone,
  openCode,
  readQrToken,
  sealCode,
  signQrToken,
} from './pickup-code';

const keys = derivePickupKeys('test-secret-test-secret-test-secret-0001');
const other = derivePickupKeys('test-secret-test-secret-test-secret-0002');
const orderId = '3f2c9a4e-1b7d-4c2e-9f00-a1b2c3d4e5f6';
const store = '11111111-2222-4333-8444-555555555555';
const claims = { orderId, generation: 3, code: '0012345678', expiresAt: new Date('2026-11-19T04:00:00Z') };
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('pickup codes', () => {
  it('draws codes of exactly the asked length, digits only, spread over every position', () => {
    const codes = Array.from({ length: 2000 }, () => drawCode(10));
    expect(codes.every((c) => isWellFormedCode(c, 10))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // Each digit value appears at each position roughly 200 times of 2,000 (a bias or a stuck digit fails).
    for (let pos = 0; pos < 10; pos++) {
      const counts = Array.from({ length: 10 }, (_, d) => codes.filter((c) => c[pos] === String(d)).length);
      expect(Math.min(...counts)).toBeGreaterThan(120);
      expect(Math.max(...counts)).toBeLessThan(290);
    }
    expect(drawCode(12)).toHaveLength(12);
    expect(isWellFormedCode('12345', 10)).toBe(false);
    expect(isWellFormedCode('12345abcde', 10)).toBe(false);
  });

  it('hashes with a key and the store, so neither a plain hash nor another store gives the same value', () => {
    const h = codeHash(keys, store, '0012345678');
    expect(h).toHaveLength(32);
    expect(codeHash(keys, store, '0012345678').equals(h)).toBe(true);
    expect(codeHash(other, store, '0012345678').equals(h)).toBe(false);
    expect(codeHash(keys, '11111111-2222-4333-8444-555555555556', '0012345678').equals(h)).toBe(false);
    expect(codeHash(keys, store, '0012345679').equals(h)).toBe(false);
  });

  it('seals the code so it opens only with its key, order and generation', () => {
    const sealed = sealCode(keys, '0012345678', orderId, 1);
    expect(sealed).not.toContain('0012345678');
    expect(openCode(keys, sealed, orderId, 1)).toBe('0012345678');
    expect(() => openCode(keys, sealed, orderId, 2)).toThrow();
    expect(() => openCode(other, sealed, orderId, 1)).toThrow();
    expect(sealCode(keys, '0012345678', orderId, 1)).not.toBe(sealed); // fresh IV each time
  });

  it('round-trips a QR token and refuses another key or code length', () => {
    const token = signQrToken(keys, claims);
    expect(token).toMatch(/^LP1[A-Za-z0-9_-]{64}$/);
    expect(readQrToken(keys, token, 10)).toEqual(claims);
    expect(readQrToken(other, token, 10)).toBeUndefined();
    expect(readQrToken(keys, token, 8)).toBeUndefined();
    expect(readQrToken(keys, token + 'A', 10)).toBeUndefined();
    expect(readQrToken(keys, token.slice(0, -1), 10)).toBeUndefined();
    expect(readQrToken(keys, 'LP2' + token.slice(3), 10)).toBeUndefined();
  });

  it('refuses a QR token with any one character changed, at every position, to every other character', () => {
    const token = signQrToken(keys, claims);
    let tried = 0;
    for (let i = 0; i < token.length; i++) {
      for (const c of B64URL) {
        if (c === token[i]) continue;
        const forged = token.slice(0, i) + c + token.slice(i + 1);
        expect(readQrToken(keys, forged, 10), `position ${i} → ${c}`).toBeUndefined();
        tried++;
      }
    }
    expect(tried).toBe(token.length * 63);
  });

  it('refuses a QR token with any byte of its decoded form flipped', () => {
    const raw = Buffer.from(signQrToken(keys, claims).slice(3), 'base64url');
    for (let i = 0; i < raw.length; i++) {
      for (const bit of [0x01, 0x80, 0xff]) {
        const forged = Buffer.from(raw);
        forged[i]! ^= bit;
        expect(readQrToken(keys, 'LP1' + forged.toString('base64url'), 10)).toBeUndefined();
      }
    }
  });

  it('masks the shopper for the clerk and groups the code for reading', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('Li')).toBe('L*');
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('+86 138-0013-8000')).toBe('861******8000');
    expect(groupCode('0012345678')).toBe('00123 45678');
  });
});
