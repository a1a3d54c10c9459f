/**
 * runOptimizer: let a real optimizer walk a landscape and record where it went (and
 * runRule: the same walk with an update rule written by hand, to compare with it).
 *
 *   (x₀, y₀) = start;   for k = 0 … steps−1:  ∇ = ∇f(x_k, y_k),  (x_{k+1}, y_{k+1}) = optimizer.step()
 *
 * The point lives in real `Parameter`s and moves only through the optimizer's `step()`,
 * exactly as a network's weights do, so what a widget draws is what the optimizer in
 * src/core/optim does. Two layouts: x and y as two 1 × 1 parameters ("separate"), or one
 * 1 × 2 parameter ("vector"); every rule here is elementwise, so both give the same path.
 */
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { Optimizer } from "../optim/optimizer";
import { isDiverged } from "../training/divergence";
import type { Landscape, Point } from "./landscape";

/** An optimizer class such as `Adam`. @example runOptimizer(bookBowl, Adam, { lr: 0.3 }) // the class and its options */
export type OptimizerClass<O> = new (params: readonly Parameter[], options?: O) => Optimizer<any>;
/** A function that builds an optimizer for the given parameters. @example runOptimizer(bookBowl, (params) => new Momentum(params, { lr: 0.1 })) */
export type OptimizerFactory = (params: readonly Parameter[]) => Optimizer<any>;

/** How to run. @example runOptimizer(bookBowl, SGD, { lr: 0.95 }, { start: [-7, 2], steps: 30, layout: "separate" }) */
export interface RunOptions {
  /** Starting point; the landscape's `start` by default. */
  start?: Point;
  /** Number of optimizer steps (default 30, as in the book's figures). */
  steps?: number;
  /** "vector" (default): one 1 × 2 parameter "xy"; "separate": parameters "x" and "y". */
  layout?: "vector" | "separate";
  /**
   * A learning-rate schedule, made for the run's optimizer and stepped after every
   * optimizer step (so the lr of step k is the schedule's η_k).
   */
  schedule?: (optimizer: Optimizer) => { step(): void };
}

/**
 * Where a run went.
 *
 * @example
 * const run: Trajectory = runOptimizer(bookBowl, SGD, { lr: 0.95 });
 * run.points.length; // 31: the start and 30 steps
 * run.losses[0];     // 6.45 = f(-7, 2)
 * run.diverged;      // false
 */
export interface Trajectory {
  /** points[k] is the point after k steps; points[0] is the start. */
  points: Point[];
  /** losses[k] = f(points[k]). */
  losses: number[];
  /** states[k]: the optimizer's state after k steps (e.g. velocity, effectiveLr), as [x, y] per name. */
  states: Record<string, Point>[];
  /** True when the run blew up (a coordinate not finite, or f diverged by kobai's rule: NaN, ±∞ or past 10⁴ × its start) and was stopped there. */
  diverged: boolean;
  /** The optimizer, with its final state. */
  optimizer: Optimizer<any>;
}

/**
 * Runs an optimizer on a 2-D landscape.
 *
 * @example
 * const run = runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 });
 * run.points.at(-1); // ≈ [-0.35, 0.08]: the book's figure 6-3
 */
export function runOptimizer<O>(
  landscape: Landscape,
  optimizer: OptimizerClass<O> | OptimizerFactory,
  options?: O,
  { start = landscape.start, steps = 30, layout = "vector", schedule }: RunOptions = {},
): Trajectory {
  if (!Number.isInteger(steps) || steps < 0)
    throw new Error(`runOptimizer: steps must be an integer ≥ 0, got ${steps}`);
  if (!Array.isArray(start) || start.length !== 2 || !start.every(Number.isFinite)) {
    throw new Error(`runOptimizer: start must be two finite numbers [x, y], got ${JSON.stringify(start)}`);
  }
  if (layout !== "vector" && layout !== "separate")
    throw new Error(`runOptimizer: layout must be "vector" or "separate", got ${String(layout)}`);

  const point = layout === "vector" ? vectorPoint(start) : separatePoint(start);
  const opt = isOptimizerClass(optimizer) ? new optimizer(point.params, options) : optimizer(point.params);
  const scheduler = schedule?.(opt as Optimizer);

  const points: Point[] = [],
    losses: number[] = [],
    states: Record<string, Point>[] = [];
  const record = () => {
    const p = point.get();
    points.push(p);
    losses.push(landscape.value(p[0], p[1]));
    states.push(point.state(opt));
  };
  record();
  let diverged = false;
  for (let k = 0; k < steps; k++) {
    const [x, y] = point.get();
    opt.zeroGrad();
    point.setGradient(landscape.gradient(x, y));
    opt.step();
    scheduler?.step();
    const [nx, ny] = point.get();
    const loss = landscape.value(nx, ny);
    if (!Number.isFinite(nx) || !Number.isFinite(ny) || isDiverged(loss, losses[0])) {
      diverged = true;
      break;
    }
    record();
  }
  return { points, losses, states, diverged, optimizer: opt };
}

/** An update rule written by hand: the point after step t (t = 1, 2, …) from the point before it and f's gradient there. @example const sgdStep: UpdateRule = (w, grad) => [w[0] - 0.95 * grad[0], w[1] - 0.95 * grad[1]]; */
export type UpdateRule = (w: Point, grad: Point, t: number) => Point;

/**
 * Walks a landscape with an update rule written by hand, as `runOptimizer` walks it with a
 * kobai optimizer, so the two paths can be compared point by point (a "your turn" cell hands
 * both to `checkTrajectory`). points[k] is the point after k steps; points[0] is the start.
 * The rule is the reader's, so the walk does not stop when it diverges: every step is kept.
 *
 * @example
 * runRule(bookBowl, (w, grad) => [w[0] - 0.95 * grad[0], w[1] - 0.95 * grad[1]], { steps: 30 })
 * // equals runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 }).points
 */
export function runRule(
  landscape: Landscape,
  rule: UpdateRule,
  { start = landscape.start, steps = 30 }: Pick<RunOptions, "start" | "steps"> = {},
): Point[] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`runRule: steps must be an integer ≥ 0, got ${steps}`);
  const points: Point[] = [start];
  for (let t = 1; t <= steps; t++) {
    const w = points[t - 1];
    points.push(rule(w, landscape.gradient(w[0], w[1]), t));
  }
  return points;
}

function isOptimizerClass<O>(f: OptimizerClass<O> | OptimizerFactory): f is OptimizerClass<O> {
  return typeof f === "function" && f.prototype instanceof Optimizer;
}

/** The point (x, y) held in parameters, and how to read it, its gradient and its state. */
interface PointParams {
  params: Parameter[];
  get(): Point;
  setGradient(g: Point): void;
  state(opt: Optimizer<any>): Record<string, Point>;
}

function vectorPoint([x, y]: Point): PointParams {
  const xy = new Parameter(Tensor.from([[x, y]]), "xy");
  return {
    params: [xy],
    get: () => [xy.value.data[0], xy.value.data[1]],
    setGradient: ([gx, gy]) => xy.grad.data.set([gx, gy]),
    state: (opt) => mapValues(opt.snapshot(xy), (t) => [t.data[0], t.data[1]]),
  };
}

function separatePoint([x0, y0]: Point): PointParams {
  const x = new Parameter(Tensor.from([[x0]]), "x");
  const y = new Parameter(Tensor.from([[y0]]), "y");
  return {
    params: [x, y],
    get: () => [x.value.data[0], y.value.data[0]],
    setGradient: ([gx, gy]) => {
      x.grad.data[0] = gx;
      y.grad.data[0] = gy;
    },
    state: (opt) => {
      const sy = opt.snapshot(y);
      return mapValues(opt.snapshot(x), (t, name) => [t.data[0], sy[name].data[0]]);
    },
  };
}

function mapValues<T>(record: Record<string, Tensor>, fn: (t: Tensor, name: string) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([name, t]) => [name, fn(t, name)]));
}
