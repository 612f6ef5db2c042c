import { describe, expect, test } from 'vitest';
import { money, yuan } from './money';

describe('money from fen', () => {
  test.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [200, '¥2.00'],
    [550, '¥5.50'],
    [1205, '¥12.05'],
    [2990, '¥29.90'],
    [123456789, '¥1234567.89'],
    [-300, '-¥3.00'],
    [-5, '-¥0.05'],
  ])('%i fen is %s', (fen, text) => {
    expect(money(fen)).toBe(text);
  });

  test('no floating point drift: every fen from 0 to ¥100 reads back exactly', () => {
    for (let fen = 0; fen <= 10_000; fen++) {
      expect(Math.round(Number(yuan(fen)) * 100)).toBe(fen);
    }
  });

  test('refuses anything but integer fen', () => {
    expect(() => money(1.5)).toThrow();
  });
});
