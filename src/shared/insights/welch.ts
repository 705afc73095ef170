/**
 * Welch's two-sample t interval for a difference of means.
 *
 * Why Welch and not a bootstrap: the two sides of a comparison usually have
 * different numbers of days and different spreads (Welch does not assume equal
 * variances), the answer is a closed form that is the same every time the
 * screen is drawn (a bootstrap is random unless seeded), and with as few as
 * 7 days a side a bootstrap's percentiles are themselves unstable.
 */

export interface Sample {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator). */
  variance: number;
}

export function sample(values: readonly number[]): Sample {
  const n = values.length;
  const mean = n ? values.reduce((s, v) => s + v, 0) / n : NaN;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : NaN;
  return { n, mean, variance };
}

/** The 97.5th percentile of the standard normal, for a two-sided 95% interval. */
const Z_975 = 1.959963984540054;

/**
 * The 97.5th percentile of Student's t with `df` degrees of freedom, by the
 * Cornish–Fisher expansion around the normal (Abramowitz & Stegun 26.7.5).
 * Within 0.002 of the exact value from df = 5 up (the interval is only shown
 * with at least 7 days a side, so df stays above 6), and exact in the limit.
 */
export function tQuantile975(df: number): number {
  const z = Z_975;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface Interval {
  /** Mean of `a` minus mean of `b`. */
  difference: number;
  low: number;
  high: number;
  df: number;
}

/** 95% interval for mean(a) − mean(b); null when either side has fewer than two values. */
export function welchInterval(a: Sample, b: Sample): Interval | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  const difference = a.mean - b.mean;
  // Both sides without spread: the difference is what it is, with no width.
  if (se === 0) return { difference, low: difference, high: difference, df: a.n + b.n - 2 };
  // Welch–Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = tQuantile975(df) * se;
  return { difference, low: difference - half, high: difference + half, df };
}
