/**
 * Gradient check (『ゼロから作る』 5.7.3): does backpropagation agree with the numerical gradient?
 *
 *   relative error = |a − b| / max(|a|, |b|, floor)       a = backprop, b = numerical, per element
 *
 * For each parameter it reports the largest relative error over its elements: about 1e-8
 * or less for a correct float64 backward pass, near 1 for a bug.
 *
 * How accurate is b? The book's central difference D(h) = (f(w + h) − f(w − h)) / 2h is off
 * by about h²·f‴/6 (≈ 1e-9 at h = 1e-4 once batch norm and sigmoids bend the loss) plus a
 * rounding error near ε·|L|/h. Both are too large to check a float64 backward to 1e-6
 * element by element, so by default the check combines two central differences
 * (Richardson extrapolation):
 *
 *   D(h) = f′ + c·h² + O(h⁴),   D(h/2) = f′ + c·h²/4 + O(h⁴)   ⇒   (4·D(h/2) − D(h)) / 3 = f′ + O(h⁴)
 *
 * With h = 2e-4 that leaves mostly the rounding error, about 2e-12·|L|. `{ extrapolate: false }`
 * uses the book's plain D(h) with h = 1e-4 instead (expect errors near 1e-6 then, not a bug).
 * Gradients below `floor` = 1e-4·max(1, |L|) are compared on the scale of `floor`, because a
 * numerical gradient cannot resolve them to a relative 1e-6: a bias followed by batch norm
 * has gradient 0, and its numerical value is pure rounding noise.
 *
 * Randomness must be held fixed: the numerical gradient compares forward passes that may
 * differ only in the nudged weight. The check runs in training mode and
 *   - holds every Dropout's mask (the one drawn by the backprop pass) for all later passes;
 *   - saves and restores BatchNorm's running statistics, which each training pass updates
 *     (they do not affect a training-mode output, so the gradients are unaffected);
 *   - saves and restores every parameter's grad.
 * So the model is left as it was found. It walks `.layers` of Sequential (and of any
 * layer that has a `layers` array). A custom layer with randomness of its own would have
 * to hold it fixed too.
 *
 * Pitfalls: an input at or within h of a kink (ReLU and LeakyReLU at 0) gives a numerical
 * gradient that averages the two slopes — a real mismatch, not a bug in backward (a zero
 * bias after a row that ReLU zeroed entirely sits exactly on the next kink). A batch of
 * one hides batch-norm mistakes (x̂ is then 0).
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { Layer } from "../layers/layer";
import type { Loss, Target } from "../losses/loss";
import { BatchNorm } from "../layers/batchnorm";
import { Dropout } from "../layers/dropout";
import { checkNumberOption, checkOptionNames } from "../layers/checks";
import { numericalGradient } from "./numerical-gradient";

/** One row of the table gradientCheck returns. @example gradientCheck(model, loss, x, t).filter((row) => !row.ok) */
export interface GradientCheckRow {
  /** The parameter's name, e.g. "0.weight". */
  name: string;
  /** Its shape, e.g. "[4, 5]". */
  shape: string;
  /** The largest |a − b| / max(|a|, |b|, floor) over its elements. */
  maxRelativeError: number;
  /** The largest |a − b| over its elements. */
  maxAbsoluteError: number;
  /** Backprop's and the numerical value at the element with the largest relative error. */
  backprop: number;
  numerical: number;
  /** maxRelativeError < tolerance. */
  ok: boolean;
}

/** Options of gradientCheck. @example gradientCheck(model, loss, x, t, { extrapolate: false, h: 1e-4 }) // the book's check */
export interface GradientCheckOptions {
  /** The step of the central differences (default 2e-4 with extrapolation, else 1e-4 as the book). */
  h?: number;
  /** Richardson-extrapolate two central differences (default true); false: the book's plain one. */
  extrapolate?: boolean;
  /** A row is ok when its maxRelativeError is below this (default 1e-6). */
  tolerance?: number;
  /** The smallest denominator of the relative error (default 1e-4 · max(1, |L|)). */
  floor?: number;
}

/**
 * Compares backprop and numerical gradients of loss(model(x), target) for every parameter.
 *
 * @example
 * const model = new Sequential([new Linear(4, 5, { rng: createRng(0) }), new Tanh(), new Linear(5, 3, { rng: createRng(1) })]);
 * const x = Tensor.randn(6, 4, { rng: createRng(2) });
 * const table = gradientCheck(model, new CrossEntropyLoss(), x, [0, 1, 2, 0, 1, 2]);
 * show(table); // name, shape, maxRelativeError (≈ 1e-9), …, ok
 */
export function gradientCheck(
  model: Layer,
  loss: Loss,
  x: Tensor,
  target: Target,
  options: GradientCheckOptions = {},
): GradientCheckRow[] {
  checkOptionNames("gradientCheck", options, ["h", "extrapolate", "tolerance", "floor"]);
  const { extrapolate = true } = options;
  const tolerance = checkNumberOption("gradientCheck", "tolerance", options.tolerance ?? 1e-6, 0);
  if (options.floor !== undefined) checkNumberOption("gradientCheck", "floor", options.floor, 0);
  const h = options.h ?? (extrapolate ? 2e-4 : 1e-4);
  const params = model.parameters();
  const layers = allLayers(model);
  const restore = saveState(layers, params);
  try {
    for (const p of params) p.zeroGrad();
    const { value, gradient } = lossAndGradient(model, loss, x, target);
    model.backward(gradient);
    const floor = options.floor ?? 1e-4 * Math.max(1, Math.abs(value));
    const backprop = params.map((p) => p.grad.clone());
    for (const layer of layers) if (layer instanceof Dropout) layer.holdMask = true;
    const f = () => loss.forward(model.forward(x, { training: true }), target);
    const numerical = (p: Parameter) => (extrapolate ? extrapolatedGradient(f, p, h) : numericalGradient(f, p, h));
    return params.map((p, i) => compare(p, backprop[i], numerical(p), tolerance, floor));
  } finally {
    restore();
  }
}

/** (4·D(h/2) − D(h)) / 3: two central differences whose h² errors cancel. */
function extrapolatedGradient(f: () => number, p: Parameter, h: number): Tensor {
  const coarse = numericalGradient(f, p, h),
    fine = numericalGradient(f, p, h / 2);
  for (let i = 0; i < fine.data.length; i++) fine.data[i] = (4 * fine.data[i] - coarse.data[i]) / 3;
  return fine;
}

/** Runs forward and the loss once: L and ∂L/∂y. */
function lossAndGradient(model: Layer, loss: Loss, x: Tensor, target: Target): { value: number; gradient: Tensor } {
  const value = loss.forward(model.forward(x, { training: true }), target);
  if (!Number.isFinite(value))
    throw new Error(`gradientCheck: the loss is ${value}; a gradient check needs a finite loss`);
  return { value, gradient: loss.backward() };
}

function compare(p: Parameter, a: Tensor, b: Tensor, tolerance: number, floor: number): GradientCheckRow {
  let worst = 0,
    worstAbs = 0,
    at = 0;
  for (let i = 0; i < a.data.length; i++) {
    const diff = Math.abs(a.data[i] - b.data[i]);
    const rel = diff / Math.max(Math.abs(a.data[i]), Math.abs(b.data[i]), floor);
    if (rel > worst) {
      worst = rel;
      at = i;
    }
    if (diff > worstAbs) worstAbs = diff;
  }
  return {
    name: p.name,
    shape: `[${a.rows}, ${a.cols}]`,
    maxRelativeError: worst,
    maxAbsoluteError: worstAbs,
    backprop: a.data[at] ?? 0,
    numerical: b.data[at] ?? 0,
    ok: worst < tolerance,
  };
}

/** The model and every layer inside it (through `layers` arrays, as Sequential has). */
function allLayers(model: Layer): Layer[] {
  const out: Layer[] = [model];
  const inner = (model as { layers?: unknown }).layers;
  if (Array.isArray(inner)) for (const layer of inner) out.push(...allLayers(layer as Layer));
  return out;
}

/** Snapshots what a check changes and returns a function that puts it back. */
function saveState(layers: Layer[], params: Parameter[]): () => void {
  const grads = params.map((p) => p.grad.data.slice());
  const undo: (() => void)[] = [];
  for (const layer of layers) {
    if (layer instanceof Dropout) {
      const { holdMask, lastMask } = layer;
      undo.push(() => {
        layer.holdMask = holdMask;
        layer.lastMask = lastMask;
      });
    } else if (layer instanceof BatchNorm) {
      const mean = layer.runningMean.data.slice(),
        variance = layer.runningVar.data.slice();
      const { batchMean, batchVar } = layer;
      undo.push(() => {
        layer.runningMean.data.set(mean);
        layer.runningVar.data.set(variance);
        layer.batchMean = batchMean;
        layer.batchVar = batchVar;
      });
    }
  }
  return () => {
    params.forEach((p, i) => p.grad.data.set(grads[i]));
    for (const u of undo) u();
  };
}
