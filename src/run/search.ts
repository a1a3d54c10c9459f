/**
 * Random hyperparameter search (『ゼロから作る』 6.5.3; Bergstra & Bengio 2012,
 * https://jmlr.org/papers/v13/bergstra12a.html):
 *
 *   for trial = 1 … n:   lr = 10^U(−6, −2),   λ = 10^U(−8, −4)     (sampled on a log scale)
 *                        train with them, measure validation accuracy
 *
 * A log scale because what matters is the order of magnitude: 10^U(−6, −2) tries as many
 * rates between 10⁻⁶ and 10⁻⁵ as between 10⁻³ and 10⁻². Each trial gets its own seed
 * (its own initial weights, as the book draws fresh weights per trial) but the same data
 * seed, so every trial sees the same validation split.
 */
import { createRng } from "kobai";
import type { TrainingSpec } from "./spec";

/** A log-uniform range: the value is 10^u with u uniform in [lo, hi]. */
export interface LogRange {
  log10: [number, number];
}

/** What a search varies: the learning rate and/or the book's weight decay λ. */
export interface SearchSpace {
  lr?: LogRange;
  weightDecay?: LogRange;
}

/** One trial's sampled values. */
export interface TrialParams {
  lr?: number;
  weightDecay?: number;
}

/**
 * n trial specs from a base spec, with values drawn from `space` using `searchSeed`.
 *
 * @example
 * const trials = sampleTrials(base, { lr: { log10: [-6, -2] }, weightDecay: { log10: [-8, -4] } }, 100, 0);
 * trials[0].params.lr; // 10^(something in [−6, −2]); trials[0].spec is the spec to train
 */
export function sampleTrials(
  base: TrainingSpec,
  space: SearchSpace,
  n: number,
  searchSeed: number,
): { spec: TrainingSpec; params: TrialParams }[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`sampleTrials: n must be a positive integer, got ${n}`);
  for (const [name, range] of Object.entries(space) as [string, LogRange][]) {
    const [lo, hi] = range.log10 ?? [];
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi))
      throw new Error(
        `sampleTrials: space.${name}.log10 must be [lo, hi] with lo ≤ hi, got ${JSON.stringify(range.log10)}`,
      );
  }
  const rng = createRng(searchSeed);
  const draw = (range: LogRange) => 10 ** (range.log10[0] + rng.uniform() * (range.log10[1] - range.log10[0]));
  const data = base.data.name === "xor" ? base.data : { ...base.data, seed: base.data.seed ?? base.seed };
  return Array.from({ length: n }, (_, i) => {
    // Draw in a fixed order (weight decay first, as the book's script) so a trial's values
    // depend only on the search seed and its index.
    const params: TrialParams = {};
    if (space.weightDecay) params.weightDecay = draw(space.weightDecay);
    if (space.lr) params.lr = draw(space.lr);
    const spec: TrainingSpec = {
      ...base,
      seed: base.seed + i + 1,
      label: trialLabel(params),
      data,
      optimizer:
        params.lr === undefined
          ? base.optimizer
          : { ...base.optimizer, options: { ...base.optimizer.options, lr: params.lr } },
      weightDecay: params.weightDecay ?? base.weightDecay,
    };
    return { spec, params };
  });
}

/** "lr 1.2e-3 · λ 3.4e-6". */
export function trialLabel(params: TrialParams): string {
  const parts: string[] = [];
  if (params.lr !== undefined) parts.push(`lr ${params.lr.toExponential(1)}`);
  if (params.weightDecay !== undefined) parts.push(`λ ${params.weightDecay.toExponential(1)}`);
  return parts.join(" · ");
}
