/**
 * Panel 2 of the loss-functions chapter: a line y = w·x + b through a few points, and
 * its squared error in the two forms (『ゼロから作る』 4.2.1 vs PyTorch):
 *
 *   PyTorch MSELoss (mean):    L = (1/N) Σₙ (yₙ − tₙ)²
 *   the book's 2乗和誤差:       E = ½ Σₙ (yₙ − tₙ)²        so E = (N/2)·L
 *
 * Both have their minimum at the same line (the least-squares fit); their gradients
 * differ by the constant N/2, which is why a learning rate tuned for one does not carry
 * over to the other. The losses come from the core's MSELoss.
 */
import { MSELoss, Tensor, createRng } from "kobai";

export interface RegressionPoint {
  x: number;
  t: number;
}

/** The seed of the panel's points. */
export const REGRESSION_SEED = 3;

/**
 * Six points near t = 0.8x + 0.6 (seeded, rounded to two decimals so they can be printed).
 *
 * @example
 * regressionPoints().length; // 6
 */
export function regressionPoints(seed = REGRESSION_SEED, n = 6): RegressionPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const x = 0.4 + (4 * i) / (n - 1) + 0.2 * (rng.uniform() - 0.5);
    const t = 0.8 * x + 0.6 + 0.5 * rng.normal();
    return { x: Number(x.toFixed(2)), t: Number(t.toFixed(2)) };
  });
}

export interface RegressionReport {
  /** yₙ = w·xₙ + b. */
  predictions: number[];
  /** yₙ − tₙ. */
  residuals: number[];
  /** PyTorch's mean. */
  mean: number;
  /** The book's ½ Σ. */
  halfSum: number;
  /** Σ (yₙ − tₙ)². */
  sum: number;
}

/**
 * The squared error of the line (w, b), in both forms, by the core's MSELoss.
 *
 * @example
 * const r = regressionReport(regressionPoints(), 0.8, 0.6);
 * r.halfSum === (6 / 2) * r.mean; // up to rounding
 */
export function regressionReport(points: readonly RegressionPoint[], w: number, b: number): RegressionReport {
  if (points.length === 0) throw new Error("regressionReport: no points");
  const y = Tensor.from(points.map((p) => [w * p.x + b]));
  const t = Tensor.from(points.map((p) => [p.t]));
  const predictions = Array.from(y.data);
  return {
    predictions,
    residuals: predictions.map((v, i) => v - points[i].t),
    mean: new MSELoss().forward(y, t),
    halfSum: new MSELoss({ reduction: "half-sum" }).forward(y, t),
    sum: new MSELoss({ reduction: "sum" }).forward(y, t),
  };
}

/** The least-squares line (w*, b*): the minimum of both forms. @example leastSquares(regressionPoints()) */
export function leastSquares(points: readonly RegressionPoint[]): [number, number] {
  const n = points.length;
  let sx = 0,
    sxx = 0,
    st = 0,
    sxt = 0;
  for (const p of points) {
    sx += p.x;
    sxx += p.x * p.x;
    st += p.t;
    sxt += p.x * p.t;
  }
  const det = n * sxx - sx * sx;
  if (det === 0) throw new Error("leastSquares: every x is the same, so the slope is undetermined");
  return [(n * sxt - sx * st) / det, (sxx * st - sx * sxt) / det];
}

/** The x positions of the line's two drag handles. */
export const HANDLE_X: readonly [number, number] = [0.5, 4.5];

/**
 * The line through the two handles after handle `which` was dragged to height `y`: the
 * other handle stays where it is.
 *
 * @example
 * dragHandle(1, 0, 0, 4.5); // the line through (0.5, 0) and (4.5, 4.5)
 */
export function dragHandle(w: number, b: number, which: 0 | 1, y: number): [number, number] {
  const [xa, xb] = HANDLE_X;
  const ya = which === 0 ? y : w * xa + b;
  const yb = which === 1 ? y : w * xb + b;
  const slope = (yb - ya) / (xb - xa);
  return [slope, ya - slope * xa];
}
