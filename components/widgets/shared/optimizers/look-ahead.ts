/**
 * Nesterov's look-ahead point on the explorer's chart (opt-in: the `lookAhead` prop).
 *
 * Classical Nesterov keeps the weights θ and a velocity u (a step) and takes the gradient
 * where the velocity alone would carry them, the look-ahead point θ + μu:
 *
 *   u_k = μ u_{k−1} − η ∇f(θ_{k−1} + μ u_{k−1}),      θ_k = θ_{k−1} + u_k
 *
 * PyTorch (and the book's code) store the look-ahead point itself, W_k = θ_k + μ u_k, so the
 * next gradient is taken at W_k, the point the explorer draws. At step k the chart therefore
 * marks θ_k = W_k − μ u_k, where the weights of the classical form are, and labels the
 * current point as the look-ahead θ + μu. The velocity as a step: u = −η v in PyTorch's form
 * (v is in gradient units), u = v in the book's.
 */
import * as Plot from "@observablehq/plot";
import type { OptimizerForm, Point } from "kobai";
import { t } from "../../../../src/i18n";
import { formatNumber } from "../../../../src/plot";
import { seriesClass } from "../../../../src/plot/theme";
import type { Hypers, OptimizerName } from "./optimizer-specs";

export interface LookAhead {
  /** θ_k: the classical form's weights. */
  theta: Point;
  /** W_k = θ_k + μ u_k: the look-ahead point, where the next gradient is taken (the path's point). */
  lookAhead: Point;
}

/**
 * The look-ahead at step k of a Nesterov run, or undefined (another optimizer, step 0, no velocity).
 *
 * @example
 * const run = runOptimizer(bookBowl, Nesterov, { lr: 0.1, momentum: 0.9 });
 * lookAheadAt("Nesterov", "pytorch", { lr: 0.1, momentum: 0.9, … }, run.states, run.points, 1);
 */
export function lookAheadAt(
  name: OptimizerName,
  form: OptimizerForm,
  hypers: Pick<Hypers, "lr" | "momentum">,
  states: readonly Record<string, Point>[],
  points: readonly Point[],
  k: number,
): LookAhead | undefined {
  const v = states[k]?.velocity;
  const w = points[k];
  if (name !== "Nesterov" || k === 0 || !v || !w) return undefined;
  const u: Point = form === "book" ? [v[0], v[1]] : [-hypers.lr * v[0], -hypers.lr * v[1]];
  const theta: Point = [w[0] - hypers.momentum * u[0], w[1] - hypers.momentum * u[1]];
  if (!theta.every(Number.isFinite)) return undefined;
  return { theta, lookAhead: [w[0], w[1]] };
}

/** θ as a small hollow square, a dotted line to the look-ahead point, and both labelled. */
export function lookAheadMarks(la: LookAhead | undefined): Plot.Markish[] {
  if (!la) return [];
  const className = `${seriesClass(0)} ox-lookahead`;
  const [theta, ahead] = [la.theta, la.lookAhead];
  const pts = [
    { x: theta[0], y: theta[1], label: t("opt.lookAhead.theta") },
    { x: ahead[0], y: ahead[1], label: t("opt.lookAhead.point") },
  ];
  return [
    Plot.link([{ x1: theta[0], y1: theta[1], x2: ahead[0], y2: ahead[1] }], {
      x1: "x1",
      y1: "y1",
      x2: "x2",
      y2: "y2",
      stroke: "currentColor",
      strokeWidth: 1.5,
      strokeDasharray: "2 3",
      className,
      clip: true,
    }),
    Plot.dot([pts[0]], {
      x: "x",
      y: "y",
      r: 4.5,
      symbol: "square",
      stroke: "currentColor",
      strokeWidth: 2,
      fill: "none",
      className,
      clip: true,
    }),
    // Labels on opposite sides, so they do not sit on each other when the points are close.
    Plot.text([pts[0]], { x: "x", y: "y", text: "label", dy: 16, fill: "currentColor", className, clip: true }),
    Plot.text([pts[1]], { x: "x", y: "y", text: "label", dy: -16, fill: "currentColor", className, clip: true }),
  ];
}

/** The caption's sentence for the look-ahead at step k ("" when there is none). */
export function lookAheadCaption(la: LookAhead | undefined, k: number): string {
  if (!la) return "";
  const fmt = (p: Point) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;
  return t("opt.lookAhead.caption", { k, point: fmt(la.lookAhead), theta: fmt(la.theta) });
}
