/**
 * Spiral: K interleaved arms, one per class (the CS231n "spiral" data set,
 * https://cs231n.github.io/neural-networks-case-study/).
 *
 *   for class k and i = 0 … n−1:   r = i / (n − 1),   θ = 4k + 4·i/(n − 1) + noise·ε,  ε ~ 𝒩(0, 1)
 *                                  x = (r sin θ, r cos θ)
 *
 * The radius grows from 0 to 1 while the angle turns 4 radians, so each arm curls around
 * the origin and no straight line separates the classes: a linear classifier gets about
 * 1/K right; a network with one hidden layer gets nearly all.
 */
import { defaultRng, type Rng } from "../random";
import { checkCount, checkNonNegative, checkOptionNames, labelled, type Dataset } from "./dataset";

/** Options of `datasets.spiral`. @example datasets.spiral({ n: 50, classes: 4, noise: 0.1, rng: createRng(0) }) */
export interface SpiralOptions {
  /** Points per class (default 100). */
  n?: number;
  /** Number of arms = classes (default 3). */
  classes?: number;
  /** Standard deviation of the noise added to the angle, in radians (default 0.2). */
  noise?: number;
  /** Random generator (default: the one `seed(n)` resets). */
  rng?: Rng;
}

/**
 * @example
 * const { x, y } = datasets.spiral({ n: 100, classes: 3, noise: 0.2, rng: createRng(0) });
 * x.shape; // [300, 2]
 */
export function spiral(options: SpiralOptions = {}): Dataset {
  checkOptionNames("spiral", options, ["n", "classes", "noise", "rng"]);
  const { n = 100, classes = 3, noise = 0.2, rng = defaultRng() } = options;
  checkCount("spiral", "n", n, 2);
  checkCount("spiral", "classes", classes, 1);
  checkNonNegative("spiral", "noise", noise);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let k = 0; k < classes; k++) {
    for (let i = 0; i < n; i++) {
      const r = i / (n - 1);
      const theta = 4 * k + (4 * i) / (n - 1) + noise * rng.normal();
      rows.push([r * Math.sin(theta), r * Math.cos(theta)]);
      y.push(k);
    }
  }
  return labelled(
    rows,
    y,
    ["x₁", "x₂"],
    Array.from({ length: classes }, (_, k) => String(k)),
  );
}
