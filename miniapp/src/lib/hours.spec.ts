import { describe, expect, test } from 'vitest';
import { opensNext } from './hours';

const daily = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

describe('store hours in Shanghai time', () => {
  test('a closed store says when it opens', () => {
    // 2026-11-18 05:30 in Shanghai (Wednesday)
    expect(opensNext(daily('07:00', '23:00'), new Date('2026-11-17T21:30:00Z'))).toBe('07:00');
    // 23:30: tomorrow
    expect(opensNext(daily('07:00', '23:00'), new Date('2026-11-18T15:30:00Z'))).toBe('明天 07:00');
  });
});
