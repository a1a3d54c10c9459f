/**
 * The experiment of 『ゼロから作る』 6.2.2–6.2.3 (ch06/weight_init_activation_histogram.py),
 * run with the real core layers:
 *
 *   x ~ 𝒩(0, 1),  1000 × 100                  (1,000 random inputs of 100 features)
 *   for l = 1 … 5:  a_l = h_{l−1} · W_l,  h_l = φ(a_l)     W_l: 100 × 100, W ~ 𝒩(0, σ²), b = 0
 *
 * then one backward pass of L = (1/N) Σ r ⊙ h_5 with a random upstream gradient r ~ 𝒩(0, 1),
 * so each W_l.grad holds ∂L/∂W_l: how strongly layer l would learn from this signal.
 *
 * σ is the initial scale: 1, 0.01, Xavier 1/√n, He √(2/n) (n = 100 inputs per unit) or any
 * value. Every draw comes from ONE generator seeded with `seed`, in the book's order (the
 * inputs, then W_1 … W_5, then r), and `Tensor.randn` draws σ·z: so every scale uses the
 * same z, and two settings differ only in what the reader changed.
 */
import { Linear, ReLU, Sequential, Sigmoid, Tanh, Tensor, createRng, heStd, xavierStd, type Layer } from "kobai";

export type ActivationName = "sigmoid" | "tanh" | "relu";
export type ScaleName = "1" | "0.01" | "xavier" | "he" | "custom";

export const ACTIVATIONS: readonly ActivationName[] = ["sigmoid", "tanh", "relu"];
export const SCALES: readonly ScaleName[] = ["1", "0.01", "xavier", "he", "custom"];

/** The book's setting: 5 hidden layers of 100 units, 1,000 inputs. */
export const BOOK_STACK = { layers: 5, units: 100, samples: 1000 } as const;

/** A sigmoid output below this or above 1 − this counts as saturated (its slope σ(1 − σ) < 0.0099). */
export const SATURATION_MARGIN = 0.01;
/** A tanh output with |h| above this counts as saturated (its slope 1 − h² < 0.0199). */
export const TANH_SATURATION = 0.99;

export interface StackOptions {
  activation: ActivationName;
  scale: ScaleName;
  /** σ when scale is "custom". */
  customStd?: number;
  seed?: number;
  layers?: number;
  units?: number;
  samples?: number;
}

/** What one layer's activations and weight gradient look like. */
export interface LayerStats {
  /** 1-based. */
  layer: number;
  mean: number;
  std: number;
  /**
   * sigmoid: fraction of outputs within 0.01 of 0 or 1; tanh: fraction with |h| > 0.99;
   * ReLU: fraction exactly 0 (no gradient passes these).
   */
  saturated: number;
  /** ReLU: units that are 0 for every one of the inputs ("dead" for this batch); else 0. */
  deadUnits: number;
  /** Root mean square of ∂L/∂W_l. */
  gradRms: number;
}

export interface StackResult {
  /** The σ the weights were drawn with. */
  std: number;
  /** h_1 … h_L, each samples × units. */
  activations: Tensor[];
  /** ∂L/∂W_1 … ∂L/∂W_L, each units × units. */
  weightGradients: Tensor[];
  stats: LayerStats[];
}

/**
 * σ for a scale name (n inputs per unit).
 *
 * @example
 * scaleStd("he", 100); // 0.1414…
 */
export function scaleStd(scale: ScaleName, n: number, customStd = 0.05): number {
  switch (scale) {
    case "1":
      return 1;
    case "0.01":
      return 0.01;
    case "xavier":
      return xavierStd(n);
    case "he":
      return heStd(n);
    case "custom":
      if (!(Number.isFinite(customStd) && customStd > 0))
        throw new Error(`the custom standard deviation must be a positive number, got ${customStd}`);
      return customStd;
    default:
      throw new Error(`unknown initial scale "${String(scale)}" (known: ${SCALES.join(", ")})`);
  }
}

function activationLayer(name: ActivationName): Layer {
  if (name === "sigmoid") return new Sigmoid();
  if (name === "tanh") return new Tanh();
  if (name === "relu") return new ReLU();
  throw new Error(`unknown activation "${String(name)}" (known: ${ACTIVATIONS.join(", ")})`);
}

/**
 * Builds the stack, runs forward and backward, and measures each layer.
 *
 * @example
 * const { stats } = runStack({ activation: "sigmoid", scale: "1" });
 * stats[0].saturated; // most sigmoid outputs sit at 0 or 1 (図6-10)
 */
export function runStack(options: StackOptions): StackResult {
  const { activation, scale, seed = 0 } = options;
  const layers = options.layers ?? BOOK_STACK.layers;
  const units = options.units ?? BOOK_STACK.units;
  const samples = options.samples ?? BOOK_STACK.samples;
  const std = scaleStd(scale, units, options.customStd);
  const rng = createRng(seed);
  const x = Tensor.randn(samples, units, { rng });
  const linears: Linear[] = [];
  const stack: Layer[] = [];
  for (let l = 0; l < layers; l++) {
    const linear = new Linear(units, units, { init: "normal", std, rng });
    linears.push(linear);
    stack.push(linear, activationLayer(activation));
  }
  const model = new Sequential(stack);
  // Keep every activation on the way up: the output of each activation layer.
  const activations: Tensor[] = [];
  let h = x;
  model.layers.forEach((layer, i) => {
    h = layer.forward(h);
    if (i % 2 === 1) activations.push(h);
  });
  const r = Tensor.randn(samples, units, { rng });
  for (let i = 0; i < r.data.length; i++) r.data[i] /= samples;
  model.backward(r);
  const weightGradients = linears.map((linear) => linear.weight.grad);
  const stats = activations.map((a, l) => layerStats(l + 1, a, weightGradients[l], activation));
  return { std, activations, weightGradients, stats };
}

function layerStats(layer: number, a: Tensor, grad: Tensor, activation: ActivationName): LayerStats {
  const A = a.data,
    n = A.length;
  let sum = 0,
    sq = 0,
    saturated = 0;
  for (let i = 0; i < n; i++) {
    const v = A[i];
    sum += v;
    sq += v * v;
    if (
      activation === "sigmoid"
        ? v < SATURATION_MARGIN || v > 1 - SATURATION_MARGIN
        : activation === "tanh"
          ? Math.abs(v) > TANH_SATURATION
          : v === 0
    )
      saturated++;
  }
  const mean = sum / n;
  let deadUnits = 0;
  if (activation === "relu") {
    for (let j = 0; j < a.cols; j++) {
      let alive = false;
      for (let i = 0; i < a.rows && !alive; i++) alive = A[i * a.cols + j] > 0;
      if (!alive) deadUnits++;
    }
  }
  let g2 = 0;
  for (const g of grad.data) g2 += g * g;
  return {
    layer,
    mean,
    std: Math.sqrt(Math.max(0, sq / n - mean * mean)),
    saturated: saturated / n,
    deadUnits,
    gradRms: Math.sqrt(g2 / grad.data.length),
  };
}
