import { expect, it } from 'vitest';
import { niceMax } from './Bars';

it('rounds the axis top up to a readable whole number with a whole half-way mark', () => {
  expect([0, 1, 2, 3, 5, 7, 9, 10, 11, 45, 18_900, 123_456].map(niceMax)).toEqual([2, 2, 2, 4, 6, 8, 10, 10, 20, 60, 20_000, 200_000]);
  for (let max = 1; max < 5000; max += 7) {
    const top = niceMax(max);
    expect(top).toBeGreaterThanOrEqual(max);
    expect(top).toBeLessThanOrEqual(Math.max(2, max * 2));
    expect(Number.isInteger(top / 2)).toBe(true);
  }
});
