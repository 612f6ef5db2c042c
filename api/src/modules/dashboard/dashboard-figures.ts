// Pure arithmetic over the rollups' sums: medians from minute histograms, rates and averages.

/** The lower median's bucket of a histogram (bucket i counts values i); null for an empty one. */
export function histogramMedian(buckets: readonly number[] | null | undefined): number | null {
  if (!buckets) return null;
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(total / 2);
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i]!;
    if (seen >= rank) return i;
  }
  return buckets.length - 1;
}

export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Half up to the fen. */
export function average(totalFen: number, count: number): number | null {
  return count > 0 ? Math.round(totalFen / count) : null;
}
