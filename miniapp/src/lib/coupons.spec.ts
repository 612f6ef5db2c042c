import { describe, expect, test } from 'vitest';
import { claimState, couponTab, daysLeft, face, thresholdYuan } from './coupons';

const terms = { thresholdFen: 0, offFen: 0, offBp: 0 };

describe('a coupon face', () => {
  test.each([
    [{ ...terms, couponKind: 'AMOUNT_OFF' as const, offFen: 500 }, '5', 'YUAN'],
    [{ ...terms, couponKind: 'AMOUNT_OFF' as const, offFen: 250 }, '2.5', 'YUAN'],
    [{ ...terms, couponKind: 'AMOUNT_OFF' as const, offFen: 1005 }, '10.05', 'YUAN'],
    [{ ...terms, couponKind: 'AMOUNT_OFF' as const, offFen: 10000 }, '100', 'YUAN'],
    [{ ...terms, couponKind: 'DELIVERY_OFF' as const, offFen: 600 }, '6', 'YUAN'],
    [{ ...terms, couponKind: 'PERCENT_OFF' as const, offBp: 2000 }, '8', 'ZHE'],
    [{ ...terms, couponKind: 'PERCENT_OFF' as const, offBp: 1500 }, '8.5', 'ZHE'],
    [{ ...terms, couponKind: 'PERCENT_OFF' as const, offBp: 1250 }, '8.75', 'ZHE'],
    [{ ...terms, couponKind: 'PERCENT_OFF' as const, offBp: 1 }, '9.99', 'ZHE'],
  ])('%o reads %s %s', (c, value, unit) => {
    expect(face(c)).toEqual({ value, unit });
  });

  test('the threshold drops zeros; 无门槛 has none', () => {
    expect(thresholdYuan({ ...terms, thresholdFen: 3000 })).toBe('30');
    expect(thresholdYuan({ ...terms, thresholdFen: 2990 })).toBe('29.9');
    expect(thresholdYuan(terms)).toBeNull();
  });
});

describe('the claim button', () => {
  test.each([
    [{ claimed: 0, totalLimit: 100, mine: 0, perUserLimit: 1 }, 'CLAIM'],
    [{ claimed: 5, totalLimit: null, mine: null, perUserLimit: 1 }, 'CLAIM'],
    [{ claimed: 1, totalLimit: 100, mine: 1, perUserLimit: 1 }, 'CLAIMED'],
    [{ claimed: 1, totalLimit: 100, mine: 1, perUserLimit: 3 }, 'CLAIM'],
    [{ claimed: 3, totalLimit: 100, mine: 3, perUserLimit: 3 }, 'LIMIT'],
    [{ claimed: 100, totalLimit: 100, mine: 0, perUserLimit: 1 }, 'SOLD_OUT'],
    // The shopper's own coupon says so even when the rest are gone.
    [{ claimed: 100, totalLimit: 100, mine: 1, perUserLimit: 1 }, 'CLAIMED'],
    [{ claimed: 100, totalLimit: 100, mine: 1, perUserLimit: 2 }, 'SOLD_OUT'],
  ])('%o → %s', (p, state) => {
    expect(claimState(p)).toBe(state);
  });
});

describe('which tab a held coupon is under', () => {
  const now = Date.parse('2026-12-06T08:00:00Z');
  const live = { state: 'LIVE' };
  test.each([
    [{ state: 'AVAILABLE', validUntil: '2026-12-10T00:00:00Z', template: live }, 'USABLE'],
    [{ state: 'AVAILABLE', validUntil: null, template: live }, 'USABLE'],
    [{ state: 'AVAILABLE', validUntil: '2026-12-06T08:00:00Z', template: live }, 'EXPIRED'],
    [{ state: 'AVAILABLE', validUntil: '2026-12-10T00:00:00Z', template: { state: 'STOPPED' } }, 'EXPIRED'],
    [{ state: 'USED', validUntil: '2026-12-01T00:00:00Z', template: live }, 'USED'],
    [{ state: 'LOCKED', validUntil: '2026-12-10T00:00:00Z', template: live }, 'USED'],
  ])('%o → %s', (c, tab) => {
    expect(couponTab(c, now)).toBe(tab);
  });

  test('days left: calendar days in Shanghai, 0 on the last day, none without an end', () => {
    // now is 16:00 on 6 December in Shanghai.
    expect(daysLeft('2026-12-09T09:00:00Z', now)).toBe(3);
    expect(daysLeft('2026-12-06T20:00:00Z', now)).toBe(1); // 04:00 on the 7th
    expect(daysLeft('2026-12-06T15:59:00Z', now)).toBe(0); // 23:59 on the 6th
    expect(daysLeft('2026-12-01T00:00:00Z', now)).toBe(0);
    expect(daysLeft(null, now)).toBeNull();
  });
});
