/**
 * A saddle:
 *
 *   f(x, y) = x² − y²,     ∇f = (2x, −2y),     ∇f = 0 at (0, 0), which is not a minimum
 *
 * Downhill in x leads to the middle, downhill in y leads away from it. Started near the
 * ridge y = 0, an optimizer first slides towards (0, 0), where the gradient almost
 * vanishes, and stalls there until the tiny y component grows enough to carry it off:
 * the plateaus of deep learning's loss surfaces are full of such points. Unbounded below,
 * so it has no minimum; a run that leaves the view box keeps going.
 */
import type { Landscape } from "./landscape";

/**
 * f(x, y) = x² − y².
 *
 * @example
 * saddle.gradient(0, 0); // [0, -0]: a critical point that is not a minimum
 */
export const saddle: Landscape = {
  id: "saddle",
  name: "A saddle",
  tex: String.raw`f(x, y) = x^2 - y^2`,
  value: (x, y) => x * x - y * y,
  gradient: (x, y) => [2 * x, -2 * y],
  view: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
  start: [-2, 0.001],
  minimum: null,
  criticalPoints: [{ point: [0, 0], value: 0, kind: "saddle" }],
};
