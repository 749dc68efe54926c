// 95% confidence intervals for the simulator's rates. Wilson's score interval behaves at rates
// near 0% or 100% and at small counts, where the normal approximation gives impossible bounds.

const Z95 = 1.959964;

export interface Rate {
  /** successes and trials */
  k: number;
  n: number;
  /** the observed rate and its 95% interval, all in 0..1 */
  p: number;
  lo: number;
  hi: number;
}

export function wilson(k: number, n: number): Rate {
  if (n === 0) return { k, n, p: 0, lo: 0, hi: 1 };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { k, n, p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

export interface Difference {
  /** mean of the paired differences and its 95% interval */
  mean: number;
  lo: number;
  hi: number;
  n: number;
}

/** The mean of paired differences (e.g. the same seed played with and without a card) with a
 *  normal 95% interval; pairing removes the variance the two games share. */
export function pairedDifference(diffs: readonly number[]): Difference {
  const n = diffs.length;
  if (n === 0) return { mean: 0, lo: -1, hi: 1, n };
  const mean = diffs.reduce((s, d) => s + d, 0) / n;
  const variance = n > 1 ? diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1) : 1;
  const half = Z95 * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half, n };
}

/** "55.5% (53.3–57.6)" */
export const formatRate = (r: Rate): string =>
  `${(100 * r.p).toFixed(1)}% (${(100 * r.lo).toFixed(1)}–${(100 * r.hi).toFixed(1)})`;
