import { expect, it } from 'vitest';
import { yuan } from './money';

it('shows fen as yuan with two decimals', () => {
  expect(yuan(0)).toBe('¥0.00');
  expect(yuan(5)).toBe('¥0.05');
  expect(yuan(1990)).toBe('¥19.90');
  expect(yuan(-250)).toBe('-¥2.50');
});
