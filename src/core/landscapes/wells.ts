/**
 * Two wells: a deep one and a shallow one on a gentle bowl.
 *
 *   f(x, y) = 0.05·(x² + y²) − 1.0·g(x − 1.5, y − 1; 0.8) − 0.6·g(x + 1.5, y + 1; 0.6),
 *   g(dx, dy; s) = exp(−(dx² + dy²) / (2s²))
 *   ∇f = (0.1x, 0.1y) + Σ A·g·(dx, dy)/s²
 *
 * Critical points (found by Newton's method with PyTorch, scripts/fixtures/optimizers.py):
 *   global minimum  f = −0.847317 at ( 1.408978,  0.939319)   (the deep well)
 *   local minimum   f = −0.446831 at (−1.413709, −0.942473)   (the shallow well)
 *   saddle          f = −0.052622 at (−0.285469, −0.190313)   (the pass between them)
 * The minima sit a little off the wells' centres because the other well and the bowl pull.
 *
 * From the default start (−3, −2.5) the downhill path leads into the shallow well: plain
 * gradient descent stops at the local minimum, and only a rule that keeps enough speed can
 * roll over the pass into the deep well. Measured over 300 steps (wells.test.ts): SGD
 * (η = 0.5), Momentum (η = 0.1, μ = 0.9) and Adam (η = 0.1) all stop in the shallow well;
 * Momentum with η = 0.05, μ = 0.95 rolls over into the deep one. Gradient descent finds
 * A minimum, not THE minimum.
 */
import type { CriticalPoint, Landscape } from "./landscape";

const bowl = 0.05;
const deep = { depth: 1.0, x: 1.5, y: 1, width: 0.8 };
const shallow = { depth: 0.6, x: -1.5, y: -1, width: 0.6 };

/** A·g at (x, y) for a well. */
function well(w: typeof deep, x: number, y: number): number {
  const dx = x - w.x,
    dy = y - w.y;
  return w.depth * Math.exp(-(dx * dx + dy * dy) / (2 * w.width * w.width));
}

const globalMinimum: CriticalPoint = {
  point: [1.4089782330162743, 0.9393188220108496],
  value: -0.8473172696332559,
  kind: "global minimum",
};

/**
 * Two Gaussian wells on a shallow bowl: a local minimum that is not the global one.
 *
 * @example
 * twoWells.criticalPoints.map((p) => p.kind); // ["global minimum", "local minimum", "saddle"]
 */
export const twoWells: Landscape = {
  id: "wells",
  name: "Two wells",
  tex: String.raw`f(x, y) = 0.05\,(x^2 + y^2) - e^{-\frac{(x-1.5)^2 + (y-1)^2}{2 \cdot 0.8^2}} - 0.6\, e^{-\frac{(x+1.5)^2 + (y+1)^2}{2 \cdot 0.6^2}}`,
  value: (x, y) => bowl * (x * x + y * y) - well(deep, x, y) - well(shallow, x, y),
  gradient: (x, y) => {
    let gx = 2 * bowl * x,
      gy = 2 * bowl * y;
    for (const w of [deep, shallow]) {
      const k = well(w, x, y) / (w.width * w.width);
      gx += k * (x - w.x);
      gy += k * (y - w.y);
    }
    return [gx, gy];
  },
  view: { x: [-4, 4], y: [-3.5, 3.5] },
  start: [-3, -2.5],
  minimum: globalMinimum,
  criticalPoints: [
    globalMinimum,
    { point: [-1.4137093283595892, -0.9424728855730594], value: -0.4468313476174971, kind: "local minimum" },
    { point: [-0.2854689038548857, -0.19031260256992383], value: -0.0526215979628925, kind: "saddle" },
  ],
};
