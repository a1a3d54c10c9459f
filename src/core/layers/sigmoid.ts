/**
 * Sigmoid (『ゼロから作る』 3.2.4, 5.5.2):
 *
 *   forward:   y = σ(x) = 1 / (1 + e^(−x))
 *   backward:  ∂L/∂x = ∂L/∂y ⊙ y ⊙ (1 − y)        since σ′(x) = σ(x)(1 − σ(x))
 *
 * The backward pass needs only the output y, so that is what forward keeps. The slope is
 * at most 1/4 (at x = 0) and tends to 0 for large |x|: stacking sigmoids shrinks gradients
 * layer by layer (the vanishing gradient of 6.2.2).
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, savedForBackward } from "./checks";

/** y = 1 / (1 + e^(−x)), elementwise. @example new Sequential([new Linear(2, 3), new Sigmoid()]) */
export class Sigmoid implements Layer {
  private y: Tensor | null = null;

  /**
   * @example
   * new Sigmoid().forward(Tensor.from([0])).get(0, 0); // 0.5
   */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    const X = x.data,
      Y = y.data;
    // For x ≪ 0, e^(−x) overflows to Infinity and 1/Infinity = 0: the right limit, no NaN.
    for (let i = 0; i < X.length; i++) Y[i] = 1 / (1 + Math.exp(-X[i]));
    this.y = y;
    return y;
  }

  /** ∂L/∂x = ∂L/∂y ⊙ y(1 − y). @example s.backward(Tensor.ones(1, 1)) */
  backward(dout: Tensor): Tensor {
    const y = savedForBackward("Sigmoid", this.y);
    checkDoutShape("Sigmoid", dout, y);
    const dx = new Tensor(y.rows, y.cols);
    const D = dout.data,
      Y = y.data,
      DX = dx.data;
    for (let i = 0; i < Y.length; i++) DX[i] = D[i] * Y[i] * (1 - Y[i]);
    return dx;
  }

  /** None. @example new Sigmoid().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
