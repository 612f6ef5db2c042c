import { describe, expect, it } from 'vitest';
import { clock, dayWord, localDate, span, when } from './time';

// 05:05 UTC on 6 December is 13:05 in Shanghai, and still 5 December in Los Angeles.
const AT = '2026-12-06T05:05:00.000Z';

describe('times on the store clock', () => {
  it("reads an instant in the store's zone, not the device's", () => {
    expect(clock(AT, 'Asia/Shanghai')).toBe('13:05');
    expect(clock(AT, 'UTC')).toBe('05:05');
    expect(localDate(new Date(AT), 'Asia/Shanghai')).toBe('2026-12-06');
    expect(localDate(new Date(AT), 'America/Los_Angeles')).toBe('2026-12-05');
  });

  it("says the day when it is not the store's today", () => {
    const now = new Date('2026-12-06T02:00:00Z'); // 10:00 in Shanghai
    expect(when(AT, 'Asia/Shanghai', now)).toBe('13:05');
    // 17:00 UTC on the 6th is already the 7th in Shanghai.
    expect(when('2026-12-06T17:00:00Z', 'Asia/Shanghai', now)).toBe('12/7 01:00');
    expect(dayWord('2026-12-06T17:00:00Z', 'Asia/Shanghai', now)).toBe('明天');
    expect(dayWord('2026-12-05T03:00:00Z', 'Asia/Shanghai', now)).toBe('昨天');
    expect(dayWord('2026-12-09T03:00:00Z', 'Asia/Shanghai', now)).toBe('12/9');
  });

  it('names a pickup slot as a window, with its day when not today', () => {
    const now = new Date('2026-12-06T02:00:00Z');
    expect(span('2026-12-06T06:00:00Z', '2026-12-06T06:30:00Z', 'Asia/Shanghai', now)).toBe('14:00–14:30');
    expect(span('2026-12-07T06:00:00Z', '2026-12-07T06:30:00Z', 'Asia/Shanghai', now)).toBe('明天 14:00–14:30');
  });
});
