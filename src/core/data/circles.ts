/**
 * Circles: a small circle inside a large one (scikit-learn's `make_circles`).
 *
 *   class 0 (outer):  (cos t, sin t)                   t = 2π·i/n₀,  i = 0 … n₀−1
 *   class 1 (inner):  factor · (cos t, sin t)          t = 2π·i/n₁
 *   then every coordinate gets noise·ε, ε ~ 𝒩(0, 1)
 *
 * n₀ = ⌊n/2⌋, n₁ = n − n₀. No line separates the classes, but the radius does:
 * a network must learn something like x₁² + x₂² from x₁ and x₂.
 */
import { defaultRng, type Rng } from "../random";
import { checkCount, checkNonNegative, checkOptionNames, labelled, type Dataset } from "./dataset";

/** Options of `datasets.circles`. @example datasets.circles({ n: 100, noise: 0.05, factor: 0.3, rng: createRng(0) }) */
export interface CirclesOptions {
  /** Total number of points (default 200). */
  n?: number;
  /** Standard deviation of the Gaussian noise on each coordinate (default 0.1). */
  noise?: number;
  /** Radius of the inner circle relative to the outer one, in (0, 1) (default 0.5). */
  factor?: number;
  /** Random generator (default: the one `seed(n)` resets). */
  rng?: Rng;
}

/**
 * @example
 * const { x, y } = datasets.circles({ n: 200, noise: 0.05, factor: 0.5, rng: createRng(0) });
 * x.shape; // [200, 2]
 */
export function circles(options: CirclesOptions = {}): Dataset {
  checkOptionNames("circles", options, ["n", "noise", "factor", "rng"]);
  const { n = 200, noise = 0.1, factor = 0.5, rng = defaultRng() } = options;
  checkCount("circles", "n", n, 2);
  checkNonNegative("circles", "noise", noise);
  if (!(factor > 0 && factor < 1)) throw new Error(`circles: factor must be in (0, 1), got ${factor}`);
  const outer = Math.floor(n / 2);
  const rows: number[][] = [];
  const y: number[] = [];
  const ring = (count: number, radius: number, label: number) => {
    for (let i = 0; i < count; i++) {
      const t = (2 * Math.PI * i) / count;
      rows.push([radius * Math.cos(t), radius * Math.sin(t)]);
      y.push(label);
    }
  };
  ring(outer, 1, 0);
  ring(n - outer, factor, 1);
  for (const row of rows) {
    row[0] += noise * rng.normal();
    row[1] += noise * rng.normal();
  }
  return labelled(rows, y, ["x₁", "x₂"], ["0", "1"]);
}
