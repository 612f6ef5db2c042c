// The server's TOTP against the test vectors of RFC 6238 appendix B (and RFC 4226 appendix D for HOTP).
import { describe, expect, it } from 'vitest';
import { hotp, toBase32, totpCounter } from './totp';

// The RFC's seeds: ASCII "1234567890" repeated to the hash's block-size-free key length of each algorithm.
const seed = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890'.repeat(6) + '1234'),
};

const vectors: [number, string, 'sha1' | 'sha256' | 'sha512'][] = [
  [59, '94287082', 'sha1'],
  [59, '46119246', 'sha256'],
  [59, '90693936', 'sha512'],
  [1111111109, '07081804', 'sha1'],
  [1111111109, '68084774', 'sha256'],
  [1111111109, '25091201', 'sha512'],
  [1111111111, '14050471', 'sha1'],
  [1111111111, '67062674', 'sha256'],
  [1234567890, '89005924', 'sha1'],
  [1234567890, '91819424', 'sha256'],
  [2000000000, '69279037', 'sha1'],
  [2000000000, '90698825', 'sha256'],
  [20000000000, '65353130', 'sha1'],
  [20000000000, '77737706', 'sha256'],
  [20000000000, '47863826', 'sha512'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at %i s gives %s with %s', (sec, code, algorithm) => {
    expect(hotp(seed[algorithm], totpCounter(new Date(sec * 1000)), 8, algorithm)).toBe(code);
  });

  it('matches the HOTP values of RFC 4226 (6 digits)', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, i) => hotp(seed.sha1, i, 6))).toEqual(expected);
  });

  it('writes secrets in RFC 4648 base32', () => {
    expect(toBase32(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(toBase32(seed.sha1)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
});
