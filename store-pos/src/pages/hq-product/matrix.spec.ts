import { describe, expect, it } from 'vitest';
import { combinationsOf, keyOf, labelOf } from './matrix';

describe('spec matrix in the editor', () => {
  it('makes one row per combination, in the order typed', () => {
    const rows = combinationsOf([
      { name: '规格', values: '500ml，1L' },
      { name: '口味', values: '原味, 柠檬, 原味' },
    ]);
    expect(rows.map(labelOf)).toEqual(['500ml / 原味', '500ml / 柠檬', '1L / 原味', '1L / 柠檬']);
    expect(keyOf(rows[1]!)).toBe('规格=500ml|口味=柠檬');
  });
  it('has one default row without specs, and ignores unnamed or empty dimensions', () => {
    expect(combinationsOf([]).map(labelOf)).toEqual(['默认']);
    expect(
      combinationsOf([
        { name: '', values: 'a' },
        { name: '色', values: '' },
      ]),
    ).toEqual([[]]);
  });
});
