/**
 * Rosenbrock's function, a curved narrow valley:
 *
 *   f(x, y) = (a − x)² + b·(y − x²)²
 *   ∇f = (−2(a − x) − 4b·x·(y − x²),  2b·(y − x²))
 *   minimum 0 at (a, a²); the classic a = 1, b = 100 starts at (−1.2, 1).
 *
 * Rosenbrock, "An automatic method for finding the greatest or least value of a function",
 * The Computer Journal 3 (1960), https://doi.org/10.1093/comjnl/3.3.175
 *
 * The valley floor y = x² is easy to find and hard to follow: across it the walls are
 * steep (curvature ≈ 2b), along it the slope is gentle, and the valley bends. A step size
 * safe across the walls crawls along the floor.
 */
import type { Landscape } from "./landscape";

/**
 * Rosenbrock's function with parameters a and b.
 *
 * @example
 * makeRosenbrock(1, 10).minimum?.point; // [1, 1]
 */
export function makeRosenbrock(a = 1, b = 100): Landscape {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) {
    throw new Error(`makeRosenbrock: a must be finite and b finite and > 0, got a = ${a}, b = ${b}`);
  }
  const minimum = { point: [a, a * a] as [number, number], value: 0, kind: "global minimum" as const };
  return {
    id: "rosenbrock",
    name: "Rosenbrock's valley",
    tex: String.raw`f(x, y) = (${a} - x)^2 + ${b}\,(y - x^2)^2`,
    value: (x, y) => (a - x) ** 2 + b * (y - x * x) ** 2,
    gradient: (x, y) => [-2 * (a - x) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)],
    view: { x: [-2, 2], y: [-1, 3] },
    start: [-1.2, 1],
    minimum,
    criticalPoints: [minimum],
  };
}

/**
 * Rosenbrock's function with a = 1, b = 100.
 *
 * @example
 * rosenbrock.value(1, 1);         // 0
 * rosenbrock.gradient(-1.2, 1);   // [-215.6, -88]
 */
export const rosenbrock: Landscape = makeRosenbrock(1, 100);
