// The app's pure-JS TOTP against the test vectors of RFC 6238 appendix B (SHA-1) and RFC 4226 appendix D.
import { describe, expect, it } from 'vitest';
import { fromBase32, hmacSha1, hotp, totp } from './totp';

const seed = new TextEncoder().encode('12345678901234567890');
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('TOTP in plain JavaScript', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('at %i s gives %s (RFC 6238)', (sec, code) => {
    expect(totp(seed, sec * 1000)).toBe(code);
  });

  it('gives the HOTP values of RFC 4226', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, i) => hotp(seed, i, 6))).toEqual(expected);
  });

  it('computes HMAC-SHA1 like RFC 2202, long keys and multi-block messages included', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(hmacSha1(enc('Jefe'), enc('what do ya want for nothing?')))).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
    expect(hex(hmacSha1(new Uint8Array(80).fill(0xaa), enc('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      'aa4ae5e15272d00e95705637ce8a3b55ed402112',
    );
    expect(hex(hmacSha1(new Uint8Array(20).fill(0x0b), enc('Hi There')))).toBe('b617318655057264e28bc0b6fb378c8ef146be00');
  });

  it('reads base32 secrets', () => {
    expect(new TextDecoder().decode(fromBase32('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'))).toBe('12345678901234567890');
    expect(() => fromBase32('not base32!')).toThrow();
  });
});
