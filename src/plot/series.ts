/**
 * Pure helpers for numeric series: where a run diverged, exponential smoothing, and the
 * few numbers a caption reports. No DOM, so they are easy to test.
 */

/** Index of the first NaN or ±Infinity in `values`, or `values.length` if all are finite. */
export function firstNonFinite(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return values.length;
}

/**
 * Exponential moving average with bias correction (as TensorBoard smooths curves):
 *
 *   s_t = w·s_{t−1} + (1 − w)·y_t,   shown as s_t / (1 − w^t)
 *
 * `factor` w ∈ [0, 1): 0 returns the values unchanged; 0.9 averages over about 10 points.
 * Without the correction the first points would be pulled towards 0.
 */
export function smooth(values: readonly number[], factor: number): number[] {
  if (!(factor >= 0 && factor < 1)) throw new Error(`smooth: factor must be in [0, 1), got ${factor}`);
  const out: number[] = [];
  let s = 0;
  let weight = 1;
  for (const y of values) {
    s = factor * s + (1 - factor) * y;
    weight *= factor;
    out.push(s / (1 - weight));
  }
  return out;
}

/** Minimum and where it occurs (first occurrence); `undefined` for an empty list. */
export function argmin(values: readonly number[]): { index: number; value: number } | undefined {
  if (values.length === 0) return undefined;
  let index = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[index]) index = i;
  return { index, value: values[index] };
}

/** Mean and (population) standard deviation. */
export function meanStd(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) return { mean: NaN, std: NaN };
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2;
  return { mean, std: Math.sqrt(variance / values.length) };
}

/** `[min, max]` of the finite values, or `undefined` if there are none. */
export function extent(values: Iterable<number>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}
