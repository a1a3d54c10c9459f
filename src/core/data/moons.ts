/**
 * Two moons: two interleaved half circles (scikit-learn's `make_moons`).
 *
 *   class 0 (upper moon):  (cos t,      sin t)        t = π·i/(n₀ − 1),  i = 0 … n₀−1
 *   class 1 (lower moon):  (1 − cos t,  ½ − sin t)    t = π·i/(n₁ − 1)
 *   then every coordinate gets noise·ε, ε ~ 𝒩(0, 1)
 *
 * n₀ = ⌊n/2⌋ and n₁ = n − n₀. Rows come class by class (not shuffled); `batches`
 * shuffles them for training.
 */
import { defaultRng, type Rng } from "../random";
import { checkCount, checkNonNegative, checkOptionNames, labelled, type Dataset } from "./dataset";

/** Options of `datasets.moons`. @example datasets.moons({ n: 100, noise: 0.2, rng: createRng(0) }) */
export interface MoonsOptions {
  /** Total number of points (default 200). */
  n?: number;
  /** Standard deviation of the Gaussian noise on each coordinate (default 0.1). */
  noise?: number;
  /** Random generator (default: the one `seed(n)` resets). */
  rng?: Rng;
}

/** Evenly spaced t ∈ [0, π] (a single point sits at t = 0). */
function halfTurn(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (count === 1 ? 0 : (Math.PI * i) / (count - 1)));
}

/**
 * @example
 * const { x, y } = datasets.moons({ n: 200, noise: 0.1, rng: createRng(0) });
 * x.shape; // [200, 2]
 */
export function moons(options: MoonsOptions = {}): Dataset {
  checkOptionNames("moons", options, ["n", "noise", "rng"]);
  const { n = 200, noise = 0.1, rng = defaultRng() } = options;
  checkCount("moons", "n", n, 2);
  checkNonNegative("moons", "noise", noise);
  const upper = Math.floor(n / 2);
  const rows: number[][] = [];
  const y: number[] = [];
  for (const t of halfTurn(upper)) {
    rows.push([Math.cos(t), Math.sin(t)]);
    y.push(0);
  }
  for (const t of halfTurn(n - upper)) {
    rows.push([1 - Math.cos(t), 0.5 - Math.sin(t)]);
    y.push(1);
  }
  for (const row of rows) {
    row[0] += noise * rng.normal();
    row[1] += noise * rng.normal();
  }
  return labelled(rows, y, ["x₁", "x₂"], ["0", "1"]);
}
