import { describe, expect, it } from 'vitest';
import { code128cValues, code128cWidths } from './code128';

/** Widths as a module string, 1 for bar, 0 for space. */
const modules = (widths: number[]) => widths.map((w, i) => (i % 2 === 0 ? '1' : '0').repeat(w)).join('');

describe('CODE128 set C', () => {
  // Check value: (105 + 1×0 + 2×1 + 3×32) mod 103 = 100.
  it('encodes 000132 as start C, 00, 01, 32, check 100, stop', () => {
    expect(code128cValues('000132')).toEqual([105, 0, 1, 32, 100, 106]);
    expect(modules(code128cWidths('000132'))).toBe(
      ['11010011100', '11011001100', '11001101100', '11000110110', '10111101110', '1100011101011'].join(''),
    );
  });

  it('gives every symbol 11 modules (the stop 13) and a member code 156 modules', () => {
    const widths = code128cWidths('96123456789012345678');
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11 * 12 + 13);
    expect(widths).toHaveLength(6 * 12 + 7);
  });

  it('refuses an odd or non-digit input', () => {
    expect(() => code128cValues('123')).toThrow();
    expect(() => code128cValues('12a4')).toThrow();
  });
});
