/**
 * The activation-functions chapter's logic, without a DOM. Every number comes from the
 * core's layers:
 *
 *   value  h(x)  = layer.forward([[x]])
 *   slope  h′(x) = layer.backward([[1]])      (∂y/∂x, since ∂L/∂y = 1)
 *
 * plus the gradient that reaches each layer of a deep stack (backprop through real
 * Linear + activation layers), and softmax the naive way next to the core's stable one.
 */
import { LeakyReLU, Linear, ReLU, Sigmoid, Step, Tanh, Tensor, createRng, softmax, type Layer } from "kobai";

export const ACTIVATIONS = ["step", "sigmoid", "tanh", "relu", "leaky-relu"] as const;
export type ActivationId = (typeof ACTIVATIONS)[number];

/** A fresh core layer for each activation (LeakyReLU with PyTorch's slope 0.01). */
export function layerOf(id: ActivationId): Layer {
  switch (id) {
    case "step":
      return new Step();
    case "sigmoid":
      return new Sigmoid();
    case "tanh":
      return new Tanh();
    case "relu":
      return new ReLU();
    case "leaky-relu":
      return new LeakyReLU(0.01);
  }
}

/** The formula of h and h′ in KaTeX, in the book's notation. */
export const FORMULAS: Record<ActivationId, { f: string; df: string }> = {
  step: {
    f: String.raw`h(x) = \begin{cases} 1 & (x > 0) \\ 0 & (x \le 0) \end{cases}`,
    df: String.raw`h'(x) = 0 \quad (x \ne 0), \qquad h'(0)\ \text{undefined}`,
  },
  sigmoid: {
    f: String.raw`\sigma(x) = \frac{1}{1 + \exp(-x)}`,
    df: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr) \le \tfrac14`,
  },
  tanh: {
    f: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
    df: String.raw`\tanh'(x) = 1 - \tanh^2(x) \le 1`,
  },
  relu: {
    f: String.raw`h(x) = \max(0, x)`,
    df: String.raw`h'(x) = \begin{cases} 1 & (x > 0) \\ 0 & (x \le 0) \end{cases}`,
  },
  "leaky-relu": {
    f: String.raw`h(x) = \begin{cases} x & (x > 0) \\ 0.01\,x & (x \le 0) \end{cases}`,
    df: String.raw`h'(x) = \begin{cases} 1 & (x > 0) \\ 0.01 & (x \le 0) \end{cases}`,
  },
};

/** The y range each chart shows, so f and f′ are both readable. */
export const Y_DOMAIN: Record<ActivationId, [number, number]> = {
  step: [-0.2, 1.2],
  sigmoid: [-0.1, 1.1],
  tanh: [-1.1, 1.1],
  relu: [-0.5, 6],
  "leaky-relu": [-0.5, 6],
};

/** The x range of the explorer. */
export const X_RANGE: [number, number] = [-6, 6];

/** Value and slope at x, or the error the core's backward throws (Step). */
export interface Reading {
  x: number;
  y: number;
  /** h′(x) from backward, when the layer has one. */
  dy?: number;
  /** The message of the error backward threw. */
  error?: string;
}

/**
 * h(x) and h′(x) from one forward and one backward pass of the core layer.
 *
 * @example
 * readAt("sigmoid", 0); // { x: 0, y: 0.5, dy: 0.25 }
 * readAt("step", 1).error; // "Step.backward: a step function's derivative is 0 …"
 */
export function readAt(id: ActivationId, x: number): Reading {
  const layer = layerOf(id);
  const y = layer.forward(Tensor.from([[x]]), { training: false }).data[0];
  try {
    const dy = layer.backward(Tensor.from([[1]])).data[0];
    return { x, y, dy };
  } catch (e) {
    return { x, y, error: (e as Error).message };
  }
}

/**
 * The curves to draw: f from forward and f′ from backward. The step has no backward, so
 * its chart draws the derivative where it exists (0) and leaves a gap at x = 0.
 */
export function curvesOf(id: ActivationId): { f: (x: number) => number; df: (x: number) => number } {
  const f = (x: number) => readAt(id, x).y;
  if (id === "step") return { f, df: (x) => (x === 0 ? NaN : 0) };
  return { f, df: (x) => readAt(id, x).dy! };
}

// ── the gradient through depth ────────────────────────────────────────────────────────

export const DEPTH_ACTIVATIONS = ["sigmoid", "tanh", "relu"] as const;
export type DepthActivation = (typeof DEPTH_ACTIVATIONS)[number];
export const MAX_DEPTH = 30;
export const DEPTH_SETUP = { width: 20, batch: 100, seed: 0 } as const;

/** The initial scale the book recommends for each (6.2.3–6.2.4): Xavier for sigmoid and tanh, He for ReLU. */
const INIT: Record<DepthActivation, "xavier" | "he"> = { sigmoid: "xavier", tanh: "xavier", relu: "he" };

const rms = (t: Tensor) => Math.sqrt(t.data.reduce((s, v) => s + v * v, 0) / t.data.length);

const stacks = new Map<DepthActivation, { x: Tensor; blocks: [Linear, Layer][] }>();

/** MAX_DEPTH blocks of Linear(20 → 20) + activation, and 100 inputs from N(0, 1), all from seed 0. */
function stackOf(act: DepthActivation) {
  let stack = stacks.get(act);
  if (!stack) {
    const rng = createRng(DEPTH_SETUP.seed);
    const x = Tensor.randn(DEPTH_SETUP.batch, DEPTH_SETUP.width, { rng });
    const blocks: [Linear, Layer][] = Array.from({ length: MAX_DEPTH }, () => [
      new Linear(DEPTH_SETUP.width, DEPTH_SETUP.width, { init: INIT[act], rng }),
      layerOf(act),
    ]);
    stack = { x, blocks };
    stacks.set(act, stack);
  }
  return stack;
}

/**
 * Backpropagation through the first `depth` blocks: y = Σ (last layer's outputs), and the
 * RMS of ∂y/∂(input of block l) for l = 1 … depth (element 0 is the network's input).
 *
 * @example
 * gradientByLayer("sigmoid", 10)[0]; // tiny: the gradient has shrunk through 10 sigmoids
 */
export function gradientByLayer(act: DepthActivation, depth: number): number[] {
  if (!(Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH))
    throw new Error(`gradientByLayer: depth must be a whole number from 1 to ${MAX_DEPTH}, got ${depth}`);
  const { x, blocks } = stackOf(act);
  const used = blocks.slice(0, depth);
  let h = x;
  for (const [linear, activation] of used) h = activation.forward(linear.forward(h));
  let grad = Tensor.ones(h.rows, h.cols); // ∂y/∂(last outputs) = 1
  const out: number[] = new Array(depth);
  for (let l = depth - 1; l >= 0; l--) {
    const [linear, activation] = used[l];
    grad = linear.backward(activation.backward(grad));
    out[l] = rms(grad);
  }
  for (const [linear] of used) for (const p of linear.parameters()) p.grad.data.fill(0); // keep the stack clean
  return out;
}

// ── softmax, naive and stable ─────────────────────────────────────────────────────────

export interface SoftmaxPanel {
  /** (aₖ + C) / T, what goes into exp. */
  scaled: number[];
  /** exp of it, as a naive implementation computes it (may be Infinity or 0). */
  exps: number[];
  naive: number[];
  /** The core's `softmax`, which subtracts the row's maximum first. */
  stable: number[];
  status: "ok" | "overflow" | "underflow";
}

/**
 * Softmax of logits a with temperature T after adding C to every logit, computed naively
 * (exp, then divide by the sum) and with the core's stable `softmax`.
 *
 * @example
 * softmaxPanel([1010, 1000, 990]).status; // "overflow": naive gives NaN, stable ≈ [0.99995, 4.5e-5, 2.1e-9]
 */
export function softmaxPanel(logits: readonly number[], temperature = 1, shift = 0): SoftmaxPanel {
  if (!(temperature > 0 && Number.isFinite(temperature)))
    throw new Error(`softmaxPanel: the temperature must be a positive number, got ${temperature}`);
  const scaled = logits.map((a) => (a + shift) / temperature);
  const exps = scaled.map(Math.exp);
  const total = exps.reduce((s, e) => s + e, 0);
  const naive = exps.map((e) => e / total);
  const stable = Array.from(softmax(Tensor.from([scaled])).data);
  const status = naive.every(Number.isFinite) ? "ok" : exps.some((e) => e === Infinity) ? "overflow" : "underflow";
  return { scaled, exps, naive, stable, status };
}
