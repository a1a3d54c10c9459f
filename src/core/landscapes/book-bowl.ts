/**
 * The book's bowl (『ゼロから作るDeep Learning』 6.1.3, ch06/optimizer_compare_naive.py):
 *
 *   f(x, y) = x²/20 + y²,     ∇f = (x/10, 2y),     minimum 0 at (0, 0), start (−7, 2)
 *
 * An elongated bowl: the slope in y is 20× the slope in x, so the gradient points mostly
 * across the valley instead of towards the minimum. SGD zig-zags here; this is the
 * function of the book's figures 6-2 to 6-8.
 */
import type { CriticalPoint, Landscape } from "./landscape";

const minimum: CriticalPoint = { point: [0, 0], value: 0, kind: "global minimum" };

/**
 * f(x, y) = x²/20 + y², from the book.
 *
 * @example
 * bookBowl.value(-7, 2);    // 6.45
 * bookBowl.gradient(-7, 2); // [-0.7, 4]
 */
export const bookBowl: Landscape = {
  id: "book",
  name: "The book's bowl",
  tex: String.raw`f(x, y) = \frac{x^2}{20} + y^2`,
  value: (x, y) => (x * x) / 20 + y * y,
  gradient: (x, y) => [x / 10, 2 * y],
  view: { x: [-10, 10], y: [-10, 10] },
  start: [-7, 2],
  minimum,
  criticalPoints: [minimum],
};
