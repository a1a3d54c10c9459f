/**
 * How the weight-decay penalty pulls the minimum of a loss toward the origin (『ゼロから作る』
 * 6.4.2), on a 2-D loss the reader can see whole:
 *
 *   f(w)   = (w₁ − c₁)²/20 + (w₂ − c₂)²          the book's bowl of 6.1.3, centred at c = (6, 2)
 *   f_λ(w) = f(w) + λ/2 · ‖w‖²                    the penalised loss
 *   ∇f_λ   = ∇f(w) + λw = 0   ⇔   wᵢ* = aᵢcᵢ / (aᵢ + λ),   a = (1/10, 2) the curvatures of f
 *
 * Each coordinate of the minimum shrinks by its own factor aᵢ/(aᵢ + λ): the shallow
 * direction (a₁ = 0.1) gives way at once, the steep one (a₂ = 2) hardly moves. The
 * penalty keeps the weights that the loss cares about and lets go of the rest.
 *
 * The widget also walks f (without the penalty term) with kobai's SGD and its
 * `weightDecay: λ` option, which adds λw to the gradient: the walk ends at the same w*,
 * which is the claim that "λ/2‖w‖² in the loss" and "weightDecay = λ" are one thing for SGD.
 */
import { runOptimizer, SGD, type Landscape, type Point, type Trajectory } from "kobai";
import type { ContourOptions } from "../../../src/plot";

/** The centre of the bowl: the minimum without the penalty. */
export const CENTRE: Point = [6, 2];
/** The curvatures ∂²f/∂wᵢ² of the bowl (x²/20 + y² has 1/10 and 2). */
export const CURVATURE: Point = [0.1, 2];
/** SGD's learning rate and steps in the widget: stable for λ ≤ 2.9 (η·(2 + λ) < 2). */
export const SGD_SETTINGS = { lr: 0.4, steps: 300, start: [-1, -2] as Point } as const;
/** The range of the λ slider. */
export const LAMBDA_RANGE = { min: 0, max: 2, step: 0.01 } as const;

/**
 * The book's bowl moved to CENTRE, as a kobai landscape (so `runOptimizer` can walk it).
 *
 * @example
 * shiftedBowl.value(6, 2); // 0
 */
export const shiftedBowl: Landscape = {
  id: "shifted-bowl",
  name: "The book's bowl centred at (6, 2)",
  tex: String.raw`f(w) = \frac{(w_1 - 6)^2}{20} + (w_2 - 2)^2`,
  value: (x, y) => (x - CENTRE[0]) ** 2 / 20 + (y - CENTRE[1]) ** 2,
  gradient: (x, y) => [(x - CENTRE[0]) / 10, 2 * (y - CENTRE[1])],
  view: { x: [-2, 8], y: [-2.5, 3] },
  start: SGD_SETTINGS.start,
  minimum: { point: CENTRE, value: 0, kind: "global minimum" },
  criticalPoints: [{ point: CENTRE, value: 0, kind: "global minimum" }],
};

function checkLambda(lambda: number): void {
  if (!(Number.isFinite(lambda) && lambda >= 0))
    throw new Error(`weight decay λ must be a finite number ≥ 0, got ${lambda}`);
}

/**
 * f_λ(w) = f(w) + λ/2·‖w‖².
 *
 * @example
 * penalisedLoss(0.1)(0, 0); // f(0, 0) = 5.8
 */
export function penalisedLoss(lambda: number): (x: number, y: number) => number {
  checkLambda(lambda);
  return (x, y) => shiftedBowl.value(x, y) + (lambda / 2) * (x * x + y * y);
}

/**
 * The minimum of f_λ: wᵢ* = aᵢcᵢ/(aᵢ + λ).
 *
 * @example
 * penalisedMinimum(0);   // [6, 2]
 * penalisedMinimum(0.1); // [3, 1.904…]
 */
export function penalisedMinimum(lambda: number): Point {
  checkLambda(lambda);
  return [0, 1].map((i) => CENTRE[i] * (CURVATURE[i] / (CURVATURE[i] + lambda))) as Point;
}

/** The minimum for λ from 0 up to `max` (denser near 0, where it moves fastest). */
export function minimumPath(max = 50, count = 120): Point[] {
  return Array.from({ length: count + 1 }, (_, k) => penalisedMinimum(max * (k / count) ** 3));
}

/**
 * SGD on f (no penalty in the loss) with `weightDecay: λ`: the optimizer adds λw to ∇f.
 *
 * @example
 * sgdWithWeightDecay(0.1).points.at(-1); // ≈ penalisedMinimum(0.1)
 */
export function sgdWithWeightDecay(lambda: number): Trajectory {
  checkLambda(lambda);
  return runOptimizer(
    shiftedBowl,
    SGD,
    { lr: SGD_SETTINGS.lr, weightDecay: lambda },
    { steps: SGD_SETTINGS.steps, start: SGD_SETTINGS.start },
  );
}

/** Euclidean length of a point. */
export function norm([x, y]: Point): number {
  return Math.hypot(x, y);
}

/** What the widget shows for one λ: the minimum, its size, what it costs in f, and SGD's end point. */
export interface PenaltyState {
  lambda: number;
  minimum: Point;
  /** ‖w*‖ (‖c‖ = 6.32 without the penalty). */
  minimumNorm: number;
  /** f(w*): how much of the original loss the penalty trades for smaller weights. */
  lossAtMinimum: number;
  /** Where SGD with weightDecay λ ends after SGD_SETTINGS.steps steps. */
  sgdEnd: Point;
  /** The whole SGD path. */
  sgd: Trajectory;
}

/**
 * Everything the widget shows for λ.
 *
 * @example
 * penaltyState(0.1).minimum; // [3, 1.905]
 */
export function penaltyState(lambda: number): PenaltyState {
  const minimum = penalisedMinimum(lambda);
  const sgd = sgdWithWeightDecay(lambda);
  return {
    lambda,
    minimum,
    minimumNorm: norm(minimum),
    lossAtMinimum: shiftedBowl.value(...minimum),
    sgdEnd: sgd.points[sgd.points.length - 1],
    sgd,
  };
}

/** Names the chart uses (translated by the caller). */
export interface PenaltyLabels {
  title: string;
  fnLabel: string;
  pathName: string;
  sgdName: string;
  caption: string;
}

/**
 * The contour chart's options for λ (the widget draws them live; Chart.astro at build time).
 *
 * @example
 * contourWithPath({ ...penaltyChartOptions(0.1, labels), width: 600 });
 */
export function penaltyChartOptions(lambda: number, labels: PenaltyLabels): ContourOptions {
  const state = penaltyState(lambda);
  return {
    f: penalisedLoss(lambda),
    fnLabel: labels.fnLabel,
    x: shiftedBowl.view.x,
    y: shiftedBowl.view.y,
    xLabel: "w₁",
    yLabel: "w₂",
    title: labels.title,
    caption: labels.caption,
    levels: 14,
    minimum: state.minimum,
    dots: false,
    paths: [
      { name: labels.pathName, points: minimumPath() },
      { name: labels.sgdName, points: state.sgd.points },
    ],
  };
}
