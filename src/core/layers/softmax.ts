/**
 * Softmax over each row (『ゼロから作る』 3.5):
 *
 *   forward:   yₖ = e^(xₖ − m) / Σⱼ e^(xⱼ − m)          m = maxⱼ xⱼ of the row
 *   backward:  ∂L/∂x = y ⊙ (∂L/∂y − Σⱼ ∂L/∂yⱼ · yⱼ)      (per row)
 *
 * Subtracting the row's maximum m changes nothing mathematically (it cancels between
 * numerator and denominator) but keeps e^(…) ≤ 1, so logits like 1000 do not overflow to
 * Infinity and give NaN (3.5.2).
 *
 * The backward rule is the full Jacobian–vector product: ∂yₖ/∂xᵢ = yₖ(δₖᵢ − yᵢ), so
 * ∂L/∂xᵢ = Σₖ ∂L/∂yₖ · yₖ(δₖᵢ − yᵢ) = yᵢ(∂L/∂yᵢ − Σₖ ∂L/∂yₖ yₖ). Every output depends on
 * every input of its row, unlike the elementwise activations. (Followed by cross-entropy,
 * the whole thing collapses to y − t: see CrossEntropyLoss, the book's SoftmaxWithLoss.)
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, savedForBackward } from "./checks";

/**
 * The overflow-safe pieces softmax and log-softmax are both made of: e^(xⱼ − m) for every
 * number (m = its row's maximum, so every term is ≤ 1 and one is exactly 1), and per row
 * m and the sum Σⱼ e^(xⱼ − m), which is in [1, number of columns].
 *
 * @example
 * shiftedExps(Tensor.from([[1000, 1000]])).rowSum; // Float64Array [2]
 */
export function shiftedExps(x: Tensor): { exps: Tensor; rowMax: Float64Array; rowSum: Float64Array } {
  const exps = new Tensor(x.rows, x.cols);
  const rowMax = new Float64Array(x.rows),
    rowSum = new Float64Array(x.rows);
  const X = x.data,
    E = exps.data,
    n = x.cols;
  for (let i = 0; i < x.rows; i++) {
    const r = i * n;
    let max = -Infinity;
    for (let j = 0; j < n; j++) if (X[r + j] > max) max = X[r + j];
    let total = 0;
    for (let j = 0; j < n; j++) {
      E[r + j] = Math.exp(X[r + j] - max);
      total += E[r + j];
    }
    rowMax[i] = max;
    rowSum[i] = total;
  }
  return { exps, rowMax, rowSum };
}

/**
 * Softmax of each row: positive numbers that sum to 1 (probabilities over the classes).
 *
 * @example
 * softmax(Tensor.from([[1000, 1000]])).toArray(); // [[0.5, 0.5]], no overflow
 */
export function softmax(x: Tensor): Tensor {
  const { exps: y, rowSum } = shiftedExps(x);
  for (let i = 0; i < y.data.length; i++) y.data[i] /= rowSum[Math.floor(i / y.cols)];
  return y;
}

/** Softmax as a layer, with its backward pass. @example new Sequential([new Linear(4, 3), new Softmax()]) */
export class Softmax implements Layer {
  private y: Tensor | null = null;

  /**
   * @example
   * new Softmax().forward(Tensor.from([[0, Math.log(3)]])).toArray(); // [[0.25, 0.75]]
   */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    this.y = softmax(x);
    return this.y;
  }

  /** ∂L/∂x = y ⊙ (∂L/∂y − Σ ∂L/∂y ⊙ y), row by row. @example sm.backward(dout) */
  backward(dout: Tensor): Tensor {
    const y = savedForBackward("Softmax", this.y);
    checkDoutShape("Softmax", dout, y);
    const dx = new Tensor(y.rows, y.cols);
    const D = dout.data,
      Y = y.data,
      DX = dx.data,
      n = y.cols;
    for (let i = 0; i < y.rows; i++) {
      const r = i * n;
      let dot = 0;
      for (let j = 0; j < n; j++) dot += D[r + j] * Y[r + j];
      for (let j = 0; j < n; j++) DX[r + j] = Y[r + j] * (D[r + j] - dot);
    }
    return dx;
  }

  /** None. @example new Softmax().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
