import { describe, expect, it } from 'vitest';
import { Role } from './auth.entity';
import { issueToken, readToken } from './token';

const secret = 'x'.repeat(40);
const now = new Date('2026-11-18T00:00:00Z');

describe('session tokens', () => {
  it('round-trips a clerk with their store', () => {
    const { token } = issueToken({ role: Role.CLERK, staffId: 's1', username: 'a', storeId: 'st1' }, secret, 60, now);
    expect(readToken(token, secret, now)).toMatchObject({
      role: Role.CLERK,
      staffId: 's1',
      username: 'a',
      storeId: 'st1',
      session: { ver: 0 },
    });
  });

  it('refuses expired tokens, other secrets and any changed byte', () => {
    const { token } = issueToken({ role: Role.HQ_ADMIN, staffId: 's1', username: 'a' }, secret, 60, now);
    expect(readToken(token, secret, new Date(now.getTime() + 61_000))).toBeUndefined();
    expect(readToken(token, 'y'.repeat(40), now)).toBeUndefined();
    for (let i = 5; i < token.length; i++) {
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      if (flipped !== token) expect(readToken(flipped, secret, now)).toBeUndefined();
    }
  });

  it('checks a token once per text, and still its expiry and secret on every read', () => {
    const { token } = issueToken({ role: Role.CLERK, staffId: 's2', username: 'b', storeId: 'st2' }, secret, 60, now);
    const first = readToken(token, secret, now);
    // The same object again: no second signature check. Frozen, since every request with this token gets it.
    expect(readToken(token, secret, new Date(now.getTime() + 30_000))).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen((first as { session: object }).session)).toBe(true);
    expect(readToken(token, 'y'.repeat(40), now)).toBeUndefined();
    expect(readToken(token, secret, new Date(now.getTime() + 60_000))).toBeUndefined();
    expect(readToken(`${token}x`, secret, now)).toBeUndefined();
  });
});
