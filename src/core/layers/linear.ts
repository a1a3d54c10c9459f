/**
 * Linear (fully connected, the book's Affine layer, 『ゼロから作る』 5.6):
 *
 *   forward:   y = x · W + b                 x: N × in,  W: in × out,  b: 1 × out,  y: N × out
 *   backward:  ∂L/∂x = ∂L/∂y · Wᵀ            (N × out) · (out × in) → N × in
 *              ∂L/∂W = xᵀ · ∂L/∂y            (in × N) · (N × out)  → in × out
 *              ∂L/∂b = Σₙ ∂L/∂y[n, :]        the bias was added to every row, so its gradient sums the rows
 *
 * W is stored in × out, the book's layout (PyTorch stores its transpose, out × in).
 * The two transposed products never build a transpose: `matmulTransposeA` and
 * `matmulTransposeB` read the operands in place, which keeps training fast.
 */
import { Tensor, matmul, matmulTransposeA, matmulTransposeB, shapeOf } from "../tensor";
import { Parameter } from "../parameter";
import type { Rng } from "../random";
import type { BackwardOptions, ForwardOptions, Layer } from "./layer";
import { initWeight, type InitName } from "./init";
import { checkOptionNames, savedForBackward } from "./checks";

/** Options of `new Linear(in, out, options)`. @example new Linear(784, 100, { init: "normal", std: 0.01, rng: createRng(0) }) */
export interface LinearOptions {
  /** How W starts (default "he"); b always starts at zero. See init.ts. */
  init?: InitName;
  /** The standard deviation for `init: "normal"` (default 0.01, the book's weight_init_std). */
  std?: number;
  /** The generator for the initial weights (default: the seeded default generator). */
  rng?: Rng;
}

/** y = x · W + b. @example new Linear(2, 3).forward(Tensor.ones(4, 2)).shape // [4, 3] */
export class Linear implements Layer {
  /** W, inFeatures × outFeatures. */
  readonly weight: Parameter;
  /** b, 1 × outFeatures. */
  readonly bias: Parameter;
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** The input of the last forward pass, kept for ∂L/∂W = xᵀ · ∂L/∂y. */
  private x: Tensor | null = null;

  /**
   * @example
   * const fc = new Linear(784, 100);                         // He initialisation
   * const fc2 = new Linear(2, 3, { init: "normal", std: 0.01, rng: createRng(1) });
   * fc.forward(Tensor.zeros(128, 784)).shape;                // [128, 100]
   */
  constructor(inFeatures: number, outFeatures: number, options: LinearOptions = {}) {
    checkOptionNames("Linear", options, ["init", "std", "rng"]);
    for (const [name, n] of [
      ["inFeatures", inFeatures],
      ["outFeatures", outFeatures],
    ] as const) {
      if (!Number.isInteger(n) || n <= 0) throw new Error(`Linear: ${name} must be a positive integer, got ${n}`);
    }
    const { init = "he", std, rng } = options;
    if (std !== undefined && init !== "normal") {
      throw new Error(`Linear: std applies only to init: "normal" ("${init}" computes its own std)`);
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.weight = new Parameter(initWeight(init, inFeatures, outFeatures, { std, rng }), "weight");
    this.bias = new Parameter(Tensor.zeros(1, outFeatures), "bias");
  }

  /** y = x · W + b. @example fc.forward(x) */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    if (x.cols !== this.inFeatures) {
      throw new Error(
        `Linear(${this.inFeatures} → ${this.outFeatures}): input has shape ${shapeOf(x)}, expected [N, ${this.inFeatures}]`,
      );
    }
    this.x = x;
    const y = matmul(x, this.weight.value);
    // Add b to every row in place: no temporary tensor.
    const Y = y.data,
      B = this.bias.value.data,
      n = this.outFeatures;
    for (let i = 0; i < x.rows; i++) {
      const r = i * n;
      for (let j = 0; j < n; j++) Y[r + j] += B[j];
    }
    return y;
  }

  /**
   * Adds ∂L/∂W and ∂L/∂b into the grads and returns ∂L/∂x (an empty N × 0 tensor when
   * `inputGradient: false`, which saves the N × out · out × in product nothing would use).
   *
   * @example
   * const dx = fc.backward(dout);
   * fc.backward(dout, { inputGradient: false }).shape; // [N, 0]: only W and b get gradients
   */
  backward(dout: Tensor, opts?: BackwardOptions): Tensor {
    const x = savedForBackward("Linear", this.x);
    if (dout.rows !== x.rows || dout.cols !== this.outFeatures) {
      throw new Error(
        `Linear(${this.inFeatures} → ${this.outFeatures}): dout has shape ${shapeOf(dout)}, expected [${x.rows}, ${this.outFeatures}] like the last output`,
      );
    }
    const dW = matmulTransposeA(x, dout).data;
    const gW = this.weight.grad.data;
    for (let i = 0; i < gW.length; i++) gW[i] += dW[i];
    const gB = this.bias.grad.data,
      D = dout.data,
      n = this.outFeatures;
    for (let i = 0; i < dout.rows; i++) {
      const r = i * n;
      for (let j = 0; j < n; j++) gB[j] += D[r + j];
    }
    if (opts?.inputGradient === false) return new Tensor(dout.rows, 0);
    return matmulTransposeB(dout, this.weight.value);
  }

  /** [weight, bias]. @example new SGD(fc.parameters(), { lr: 0.1 }) */
  parameters(): Parameter[] {
    return [this.weight, this.bias];
  }
}
