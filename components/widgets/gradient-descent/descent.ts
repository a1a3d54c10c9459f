/**
 * Gradient descent on the neuron's loss L(w, b) (『ゼロから作る』 4.4.1, 図4-10):
 *
 *   (w, b) ← (w, b) − η ∇L(w, b),      ∇L = (∂L/∂w, ∂L/∂b) by backpropagation
 *
 * taken by the core's SGD on the Linear layer's real Parameters, full batch (every step
 * sees all N points). `descentStatus` says in words what the run did, for the status line:
 *
 *   diverged      kobai's rule (isDiverged): the loss became NaN or ∞, or grew past
 *                 10⁴ × max(its start, 1): "diverged at step N"
 *   oscillating   the loss went UP at some step (first at step N) but has not blown up yet
 *   zigzag        the loss fell at every step, but the steps reverse direction (the path
 *                 overshoots the valley floor and crosses back, first at step N)
 *   descending    the loss fell at every step and the steps keep their direction
 */
import { SGD, isDiverged } from "kobai";
import { Neuron, type Activation, type FitData } from "./fit-model";

export interface DescentRun {
  /** (w, b) after k steps; points[0] is the start. */
  points: [number, number][];
  /** L at points[k]. */
  losses: number[];
  /** ∇L at points[k] by backpropagation. */
  gradients: [number, number][];
  /** The step at which the run blew up (it stops there), or undefined. */
  divergedAt?: number;
}

export interface DescentOptions {
  activation: Activation;
  data: FitData;
  start: [number, number];
  lr: number;
  steps: number;
}

/**
 * Runs `steps` updates of SGD (full batch) from `start`, recording every point, loss and
 * gradient. Stops early when the run diverges.
 *
 * @example
 * const run = runDescent({ activation: "identity", data: makeData(), start: [-1.2, -1.2], lr: 0.1, steps: 30 });
 * run.losses.at(-1); // close to the minimum's 0.0199
 */
export function runDescent({ activation, data, start, lr, steps }: DescentOptions): DescentRun {
  if (!(Number.isFinite(lr) && lr > 0))
    throw new Error(`runDescent: the learning rate must be a positive number, got ${lr}`);
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`runDescent: steps must be an integer ≥ 0, got ${steps}`);
  if (!start.every(Number.isFinite))
    throw new Error(`runDescent: the start must be two finite numbers, got ${JSON.stringify(start)}`);
  const neuron = new Neuron(activation, start);
  const optimizer = new SGD(neuron.parameters(), { lr });
  const points: [number, number][] = [];
  const losses: number[] = [];
  const gradients: [number, number][] = [];
  let divergedAt: number | undefined;
  for (let k = 0; k <= steps; k++) {
    const loss = neuron.backward(data);
    const point: [number, number] = [neuron.w, neuron.b];
    if (k > 0 && (!point.every(Number.isFinite) || isDiverged(loss, losses[0]))) {
      divergedAt = k;
      break;
    }
    points.push(point);
    losses.push(loss);
    gradients.push([neuron.linear.weight.grad.data[0], neuron.linear.bias.grad.data[0]]);
    if (k < steps) optimizer.step();
  }
  return { points, losses, gradients, divergedAt };
}

export type DescentStatus =
  | { kind: "diverged"; step: number }
  | { kind: "oscillating"; step: number }
  | { kind: "zigzag"; step: number }
  | { kind: "descending" };

/**
 * What the first `shown` steps of a run did (see the file comment).
 *
 * @example
 * descentStatus(run, run.points.length - 1); // { kind: "descending" } for a small η
 */
export function descentStatus(run: DescentRun, shown = run.points.length - 1): DescentStatus {
  const last = Math.min(shown, run.points.length - 1);
  // A diverged run stops at its last finite point; once that is on show, say so.
  if (run.divergedAt !== undefined && shown >= run.points.length - 1) return { kind: "diverged", step: run.divergedAt };
  for (let k = 1; k <= last; k++) {
    // A rise smaller than rounding noise at the minimum is not a rise.
    if (run.losses[k] > run.losses[k - 1] * (1 + 1e-12) + 1e-15) return { kind: "oscillating", step: k };
  }
  for (let k = 2; k <= last; k++) {
    const [a, b, c] = [run.points[k - 2], run.points[k - 1], run.points[k]];
    const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
    if (dot < 0) return { kind: "zigzag", step: k };
  }
  return { kind: "descending" };
}

/**
 * The two pieces the widget draws at the current point p: the direction of steepest
 * descent −∇L/|∇L| and the contour's tangent (perpendicular to ∇L), each `length` long.
 * Undefined at a point where the gradient is 0.
 *
 * @example
 * gradientGlyph([0, 0], [2, 0], 1); // arrow to [−1, 0], tangent from [0, −0.5] to [0, 0.5]
 */
export function gradientGlyph(
  p: readonly [number, number],
  g: readonly [number, number],
  length: number,
): { arrow: [[number, number], [number, number]]; tangent: [[number, number], [number, number]] } | undefined {
  const norm = Math.hypot(g[0], g[1]);
  if (!(norm > 0) || !Number.isFinite(norm)) return undefined;
  const ux = g[0] / norm,
    uy = g[1] / norm;
  const half = length / 2;
  return {
    arrow: [
      [p[0], p[1]],
      [p[0] - length * ux, p[1] - length * uy],
    ],
    tangent: [
      [p[0] + half * uy, p[1] - half * ux],
      [p[0] - half * uy, p[1] + half * ux],
    ],
  };
}
