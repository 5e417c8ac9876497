/**
 * The statistics of `npm run bench`: the median of repeated timings and the geometric mean of
 * native/Node time ratios. Pure functions, no I/O.
 */

/**
 * Median of `samples` (any unit; usually wall milliseconds): the middle value of the sorted samples,
 * or the mean of the two middle values for an even count. The input is not modified.
 * Errors: RangeError for an empty list or a sample that is not a finite number.
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  if (!samples.every(Number.isFinite)) throw new RangeError(`median of non-finite samples: ${samples.join(', ')}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Geometric mean of `ratios` (dimensionless, e.g. native ms / node ms): exp of the mean of the
 * logarithms, so a 2x win and a 2x loss average to 1. Undefined for an empty list (nothing was
 * timed). Errors: RangeError for a ratio that is not a finite positive number.
 */
export function geometricMean(ratios: readonly number[]): number | undefined {
  if (ratios.length === 0) return undefined;
  const bad = ratios.find((r) => !(Number.isFinite(r) && r > 0));
  if (bad !== undefined) throw new RangeError(`geometric mean needs finite positive ratios (got ${bad})`);
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}
