/**
 * The gradient-descent chapter's problem: one neuron y = φ(w·x + b) fitted to a small
 * data set by mean squared error,
 *
 *   L(w, b) = (1/N) Σₙ (φ(w·xₙ + b) − tₙ)²          φ = identity or sigmoid
 *
 * so the loss is a surface over just two numbers, (w, b), that a contour plot can show
 * whole (『ゼロから作る』 4.4, 図4-9/4-10 draw the same picture for f(x₀, x₁) = x₀² + x₁²).
 * Everything is computed by the core: `Linear(1, 1)` holds w and b as Parameters,
 * `Sigmoid` and `MSELoss` (PyTorch's mean) give the loss, `backward()` gives the gradient,
 * `numericalGradient` the central-difference check, and `SGD` takes the steps.
 */
import { Linear, MSELoss, Parameter, Sigmoid, Tensor, createRng, numericalGradient } from "kobai";

/** φ, the output activation. */
export type Activation = "identity" | "sigmoid";
export const ACTIVATIONS: readonly Activation[] = ["identity", "sigmoid"];

/** The data set: N inputs x (N × 1) and targets t (N × 1). */
export interface FitData {
  x: Tensor;
  t: Tensor;
  seed: number;
}

/** The seed and size the chapter uses; the widgets show them. */
export const DATA_SEED = 1;
export const DATA_SIZE = 40;

/**
 * The chapter's data: xₙ uniform in [−3, 3], tₙ = σ(2xₙ − 1) + 0.1·noise. The targets
 * follow an S-shaped curve, so φ = sigmoid can fit them well and φ = identity fits the
 * best straight line through them.
 *
 * @example
 * const { x, t } = makeData();   // 40 × 1 each, the same numbers in every browser
 */
export function makeData(seed = DATA_SEED, n = DATA_SIZE): FitData {
  if (!Number.isInteger(n) || n < 1) throw new Error(`makeData: n must be a positive integer, got ${n}`);
  const rng = createRng(seed);
  const xs: number[] = [];
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = -3 + 6 * rng.uniform();
    xs.push(Number(x.toFixed(2)));
  }
  for (const x of xs) ts.push(Number((1 / (1 + Math.exp(-(2 * x - 1))) + 0.1 * rng.normal()).toFixed(2)));
  return { x: Tensor.from(xs.map((v) => [v])), t: Tensor.from(ts.map((v) => [v])), seed };
}

/**
 * One neuron, y = φ(x·w + b), built from core layers. w and b are the Linear layer's
 * weight and bias Parameters, so an optimizer updates them exactly as it would a network's.
 *
 * @example
 * const neuron = new Neuron("sigmoid", [0.5, -1]);
 * neuron.loss(data);            // L(0.5, −1)
 * neuron.gradient(data);        // [∂L/∂w, ∂L/∂b] by backpropagation
 */
export class Neuron {
  readonly linear = new Linear(1, 1, { init: "zeros" });
  private readonly sigmoid = new Sigmoid();
  private readonly mse = new MSELoss();

  constructor(
    readonly activation: Activation,
    start: readonly [number, number] = [0, 0],
  ) {
    if (!ACTIVATIONS.includes(activation))
      throw new Error(`Neuron: activation must be "identity" or "sigmoid", got "${String(activation)}"`);
    this.set(start[0], start[1]);
  }

  get w(): number {
    return this.linear.weight.value.data[0];
  }

  get b(): number {
    return this.linear.bias.value.data[0];
  }

  /** [w, b] as parameters, for an optimizer. */
  parameters(): Parameter[] {
    return this.linear.parameters();
  }

  set(w: number, b: number): void {
    this.linear.weight.value.data[0] = w;
    this.linear.bias.value.data[0] = b;
  }

  /** φ(x·w + b) for every row of x. */
  predict(x: Tensor): Tensor {
    const z = this.linear.forward(x);
    return this.activation === "sigmoid" ? this.sigmoid.forward(z) : z;
  }

  /** L(w, b) on the data (MSELoss, mean). */
  loss(data: { x: Tensor; t: Tensor }): number {
    return this.mse.forward(this.predict(data.x), data.t);
  }

  /** Forward and backward: fills w.grad and b.grad (after clearing them) and returns the loss. */
  backward(data: { x: Tensor; t: Tensor }): number {
    for (const p of this.parameters()) p.zeroGrad();
    const loss = this.loss(data);
    let dout = this.mse.backward();
    if (this.activation === "sigmoid") dout = this.sigmoid.backward(dout);
    this.linear.backward(dout);
    return loss;
  }

  /** [∂L/∂w, ∂L/∂b] by backpropagation. */
  gradient(data: { x: Tensor; t: Tensor }): [number, number] {
    this.backward(data);
    return [this.linear.weight.grad.data[0], this.linear.bias.grad.data[0]];
  }

  /** [∂L/∂w, ∂L/∂b] by central differences (the core's numericalGradient, h = 1e-4 by default). */
  numericalGradient(data: { x: Tensor; t: Tensor }, h = 1e-4): [number, number] {
    const f = () => this.loss(data);
    return [numericalGradient(f, this.linear.weight, h).data[0], numericalGradient(f, this.linear.bias, h).data[0]];
  }
}

/**
 * L(w, b) as a plain function of two numbers (for the contour plot), memoised: the
 * contour samples the same grid every time it is redrawn, so each grid point is computed
 * once per activation.
 *
 * @example
 * const L = lossSurface("identity", makeData());
 * L(0.2, 0.4);
 */
export function lossSurface(activation: Activation, data: FitData): (w: number, b: number) => number {
  const neuron = new Neuron(activation);
  const cache = new Map<string, number>();
  return (w, b) => {
    const key = `${w},${b}`;
    let v = cache.get(key);
    if (v === undefined) {
      neuron.set(w, b);
      v = neuron.loss(data);
      if (cache.size > 20_000) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}

/**
 * For φ = identity the loss is a quadratic bowl, L = (1/N) Σ (w xₙ + b − tₙ)², whose
 * Hessian is constant:
 *
 *   H = (2/N) [[Σ xₙ², Σ xₙ], [Σ xₙ, N]]
 *
 * Gradient descent with rate η multiplies the distance to the minimum along each
 * eigenvector of H by (1 − η λ): it falls monotonically for η < 1/λ_max, zigzags but
 * still converges for 1/λ_max < η < 2/λ_max, and diverges for η > 2/λ_max.
 *
 * @example
 * const { lambdaMax, critical } = identityCurvature(makeData()); // critical = 2 / lambdaMax
 */
export function identityCurvature(data: FitData): {
  lambdaMin: number;
  lambdaMax: number;
  monotone: number;
  critical: number;
  minimum: [number, number];
} {
  const n = data.x.rows;
  let sx = 0,
    sxx = 0,
    st = 0,
    sxt = 0;
  for (let i = 0; i < n; i++) {
    const x = data.x.data[i],
      t = data.t.data[i];
    sx += x;
    sxx += x * x;
    st += t;
    sxt += x * t;
  }
  const a = (2 / n) * sxx,
    b = (2 / n) * sx,
    d = 2;
  const mid = (a + d) / 2;
  const r = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const lambdaMax = mid + r,
    lambdaMin = mid - r;
  // The least-squares line: the normal equations [[Σx², Σx], [Σx, N]] (w, b) = (Σxt, Σt).
  const det = sxx * n - sx * sx;
  const w = (n * sxt - sx * st) / det;
  const bias = (sxx * st - sx * sxt) / det;
  return { lambdaMin, lambdaMax, monotone: 1 / lambdaMax, critical: 2 / lambdaMax, minimum: [w, bias] };
}
