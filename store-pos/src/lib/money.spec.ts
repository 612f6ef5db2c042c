import { expect, it } from 'vitest';
import { fenFromYuan, yuan, yuanAxis, yuanInput } from './money';

it('shows fen as yuan with two decimals', () => {
  expect(yuan(0)).toBe('¥0.00');
  expect(yuan(5)).toBe('¥0.05');
  expect(yuan(1990)).toBe('¥19.90');
  expect(yuan(-250)).toBe('-¥2.50');
});

it('reads yuan typed in a form as fen, and back', () => {
  expect(['0', '12', '12.5', '12.50', ' 3.05 ', '1.', '-1', '1.234', 'abc', ''].map(fenFromYuan)).toEqual([
    0,
    1200,
    1250,
    1250,
    305,
    null,
    null,
    null,
    null,
    null,
  ]);
  for (const fen of [0, 5, 99, 100, 1250, 123456]) expect(fenFromYuan(yuanInput(fen))).toBe(fen);
  expect([0, 20000, 1250, 5].map(yuanAxis)).toEqual(['¥0', '¥200', '¥12.5', '¥0.05']);
});
