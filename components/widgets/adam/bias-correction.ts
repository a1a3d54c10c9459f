/**
 * Adam with its bias correction switched on or off, per average, for the chapter's toggle:
 *
 *   m ← β1·m + (1 − β1)·∇          v ← β2·v + (1 − β2)·∇⊙∇
 *   m̂ = m / (1 − β1ᵗ)  (or m̂ = m when m is not corrected)
 *   v̂ = v / (1 − β2ᵗ)  (or v̂ = v when v is not corrected)
 *   W ← W − η·m̂ / (√v̂ + ε)
 *
 * The core's `Adam` always corrects both (as torch.optim.Adam and the book do), so the
 * uncorrected variants are written out here, step by step, on a 2-D landscape. With both
 * corrections on, `adamVariantPath` must equal `runOptimizer(landscape, Adam, …)`: the tests
 * check that, so the variants differ from the real Adam only in the switched-off division.
 *
 * Kingma & Ba 2015, section 3 (https://arxiv.org/abs/1412.6980).
 */
import type { Landscape, Point } from "kobai";

/** Which averages are divided by 1 − βᵗ. */
export type Correction = "both" | "none" | "m" | "v";
export const CORRECTIONS: readonly Correction[] = ["both", "none", "m", "v"];

export interface AdamVariantOptions {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * The points of Adam (PyTorch's form) with the chosen correction, `steps` updates from
 * the landscape's start (or `start`).
 *
 * @example
 * adamVariantPath(bookBowl, { lr: 0.3 }, "both", 1)[1]; // [-6.7, 1.7]: each coordinate moves by η
 * adamVariantPath(bookBowl, { lr: 0.3 }, "none", 1)[1]; // each moves by η·0.1/√0.001 ≈ 3.16·η
 */
export function adamVariantPath(
  landscape: Landscape,
  options: AdamVariantOptions,
  correction: Correction,
  steps = 30,
  start: Point = landscape.start,
): Point[] {
  const { lr, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = options;
  if (!CORRECTIONS.includes(correction))
    throw new Error(`adamVariantPath: correction must be one of ${CORRECTIONS.join(", ")}, got "${correction}"`);
  const w: Point = [start[0], start[1]];
  const m = [0, 0],
    v = [0, 0];
  const points: Point[] = [[w[0], w[1]]];
  for (let t = 1; t <= steps; t++) {
    const g = landscape.gradient(w[0], w[1]);
    const bc1 = correction === "both" || correction === "m" ? 1 - beta1 ** t : 1;
    const bc2 = correction === "both" || correction === "v" ? 1 - beta2 ** t : 1;
    for (let i = 0; i < 2; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      // Written as the core's Adam writes it (m̂, v̂), so "both" matches the core to the last bits.
      const mHat = m[i] / bc1,
        vHat = v[i] / bc2;
      w[i] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
    if (!w.every(Number.isFinite)) break;
    points.push([w[0], w[1]]);
  }
  return points;
}

/**
 * The correction factors at step t: 1/(1 − β1ᵗ) for m, 1/√(1 − β2ᵗ) for √v, and what they
 * do to the step together, √(1 − β2ᵗ)/(1 − β1ᵗ) (the book's lr_t / lr).
 *
 * @example
 * correctionFactors(1); // { m: 10, sqrtV: 31.62…, step: 0.316… }
 */
export function correctionFactors(t: number, beta1 = 0.9, beta2 = 0.999): { m: number; sqrtV: number; step: number } {
  if (!Number.isInteger(t) || t < 1) throw new Error(`correctionFactors: t must be a step 1, 2, …, got ${t}`);
  const bc1 = 1 - beta1 ** t,
    bc2 = 1 - beta2 ** t;
  return { m: 1 / bc1, sqrtV: 1 / Math.sqrt(bc2), step: Math.sqrt(bc2) / bc1 };
}

/**
 * The three factors for t = 1 … T, as named series for a line chart.
 *
 * @example
 * correctionSeries(300)[2].y[0]; // 0.316…: the step's factor at t = 1
 */
export function correctionSeries(T: number, beta1 = 0.9, beta2 = 0.999): { name: string; x: number[]; y: number[] }[] {
  const ts = Array.from({ length: T }, (_, i) => i + 1);
  const f = ts.map((t) => correctionFactors(t, beta1, beta2));
  return [
    { name: "1/(1 − β₁ᵏ)", x: ts, y: f.map((c) => c.m) },
    { name: "1/√(1 − β₂ᵏ)", x: ts, y: f.map((c) => c.sqrtV) },
    { name: "√(1 − β₂ᵏ)/(1 − β₁ᵏ)", x: ts, y: f.map((c) => c.step) },
  ];
}
