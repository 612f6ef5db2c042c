import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveMemberSealKey, openSecret, parseMemberCode, sealSecret } from './member-code';

describe('member code format', () => {
  it('reads 96 + reference + TOTP, spaces allowed', () => {
    expect(parseMemberCode('96 1234567890 87654321')).toEqual({ reference: '1234567890', totp: '87654321' });
  });

  it('is never a payment code or a goods barcode', () => {
    for (const other of [
      '134567890123456789', // WeChat Pay, 18 digits from 10–15
      '281234567890123456', // Alipay
      '6212345678901234567', // UnionPay
      '6901234567892', // EAN-13
      '96012345678901234', // a prefix alone is not enough: wrong length
      '95123456789012345678', // right length, wrong prefix
      '96123456789o12345678',
    ])
      expect(parseMemberCode(other)).toBeUndefined();
  });

  it('seals secrets so that only their own row opens them', () => {
    const key = deriveMemberSealKey('a-member-code-secret-of-at-least-32-chars');
    const secret = randomBytes(20);
    const id = randomUUID();
    const sealed = sealSecret(key, secret, id);
    expect(openSecret(key, sealed, id).equals(secret)).toBe(true);
    expect(() => openSecret(key, sealed, randomUUID())).toThrow();
    expect(() => openSecret(deriveMemberSealKey('another-member-code-secret-of-32-chars!'), sealed, id)).toThrow();
  });
});
