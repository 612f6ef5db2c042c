import { describe, expect, it } from 'vitest';
import { named, positional } from './sql';

describe('named SQL parameters', () => {
  it('binds :names in order and leaves ::casts alone', () => {
    expect(named(`SELECT :a::int + :b, 'x'::text, :a`, { a: 1, b: 2 })).toEqual([`SELECT ?::int + ?, 'x'::text, ?`, [1, 2, 1]]);
  });
  it('refuses a parameter without a value', () => {
    expect(() => named(`SELECT :missing`, {})).toThrow(/missing/);
  });
});

describe('positional SQL parameters', () => {
  it('numbers each name once, however often it is used', () => {
    expect(positional(`SELECT :a, :b::int, :a`, { a: 1, b: 2 })).toEqual([`SELECT $1, $2::int, $1`, [1, 2]]);
  });
});
