// 兑换码 as printed on flyers: 10 characters from 31 that cannot be misread (no 0/O, 1/I/L), about 8 × 10^14 codes,
// so guessing one among a million printed takes ~10^9 tries against a limit of a few per hour. Pure.
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

export function newRedemptionCode(random: (n: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return s;
}

/** What the shopper typed, as stored: capitals, without spaces or dashes; undefined when it cannot be a code. */
export function normaliseCode(typed: string): string | undefined {
  const s = typed.toUpperCase().replace(/[\s-]/g, '');
  return s.length === CODE_LENGTH && [...s].every((ch) => CODE_ALPHABET.includes(ch)) ? s : undefined;
}
