// Arithmetic the tests compute expected money with, written apart from the code under test.

/** Largest remainder (Hamilton): floors, then one fen each to the largest remainders (equal remainders: the first). */
export function hamilton(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const floors = weights.map((w) => Math.floor((total * w) / sum));
  const order = weights.map((w, i) => ({ i, rem: (total * w) % sum })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  let left = total - floors.reduce((a, b) => a + b, 0);
  for (const { i } of order) if (left-- > 0) floors[i]! += 1;
  return floors;
}
