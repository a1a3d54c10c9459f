/**
 * "Spot the mistake": two ways Adam's rule gets miswritten, run beside kobai's Adam on the
 * book's bowl from (−7, 2) with η = 0.3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8:
 *
 *   right:              m ← β₁m + (1 − β₁)∇          W ← W − η m̂/(√v̂ + ε)
 *   "m times ∇":        m ← β₁m + (1 − β₁)·m·∇       (m₀ = 0, so m stays 0 and W never moves)
 *   "m̂ and v̂ swapped":  W ← W − η v̂/(√m̂ + ε)        (√ of a negative m̂ is NaN; v̂ ≥ 0 always
 *                                                     pushes the same way, whatever the slope)
 *
 * Computed once for the page's chart and for claims.test.ts.
 */
import { bookBowl, runOptimizer, Adam, type Point } from "kobai";

export const SPOT = { lr: 0.3, beta1: 0.9, beta2: 0.999, eps: 1e-8, steps: 30 } as const;

export type AdamMistake = "m-times-gradient" | "swapped";

/** Adam on the book's bowl as written with one of the mistakes (per coordinate, as the cell does). */
export function mistakenAdam(mistake: AdamMistake, steps = SPOT.steps): Point[] {
  const { lr, beta1, beta2, eps } = SPOT;
  let m: Point = [0, 0];
  let v: Point = [0, 0];
  const points: Point[] = [bookBowl.start];
  for (let k = 1; k <= steps; k++) {
    const w = points[k - 1];
    const g = bookBowl.gradient(w[0], w[1]);
    m = [0, 1].map((i) => beta1 * m[i] + (1 - beta1) * (mistake === "m-times-gradient" ? m[i] * g[i] : g[i])) as Point;
    v = [0, 1].map((i) => beta2 * v[i] + (1 - beta2) * g[i] * g[i]) as Point;
    const mHat = m.map((x) => x / (1 - beta1 ** k));
    const vHat = v.map((x) => x / (1 - beta2 ** k));
    points.push(
      [0, 1].map((i) =>
        mistake === "swapped"
          ? w[i] - (lr * vHat[i]) / (Math.sqrt(mHat[i]) + eps)
          : w[i] - (lr * mHat[i]) / (Math.sqrt(vHat[i]) + eps),
      ) as Point,
    );
  }
  return points;
}

export function spotTheMistake() {
  const { lr, beta1, beta2, eps, steps } = SPOT;
  const right = runOptimizer(bookBowl, Adam, { lr, beta1, beta2, eps }, { steps });
  const mTimesGradient = mistakenAdam("m-times-gradient");
  const swapped = mistakenAdam("swapped");
  const f = (p: Point) => bookBowl.value(p[0], p[1]);
  const lossSeries = [
    { name: "Adam", y: right.losses },
    { name: "m ← β₁m + (1 − β₁)·m·∇", y: mTimesGradient.map(f) },
  ];
  return { right, mTimesGradient, swapped, lossSeries };
}
