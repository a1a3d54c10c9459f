/**
 * Hyperbolic tangent:
 *
 *   forward:   y = tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x))
 *   backward:  ∂L/∂x = ∂L/∂y ⊙ (1 − y²)            since tanh′(x) = 1 − tanh²(x)
 *
 * A sigmoid stretched to (−1, 1) and centred on 0 (tanh(x) = 2σ(2x) − 1); its slope at 0
 * is 1, four times the sigmoid's. The book uses it in 6.2.2 to show that a zero-centred
 * activation with Xavier initialisation keeps activations spread across layers.
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, savedForBackward } from "./checks";

/** y = tanh(x), elementwise. @example new Sequential([new Linear(2, 3), new Tanh()]) */
export class Tanh implements Layer {
  private y: Tensor | null = null;

  /**
   * @example
   * new Tanh().forward(Tensor.from([0, 100])).toArray(); // [[0, 1]]
   */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    const X = x.data,
      Y = y.data;
    for (let i = 0; i < X.length; i++) Y[i] = Math.tanh(X[i]);
    this.y = y;
    return y;
  }

  /** ∂L/∂x = ∂L/∂y ⊙ (1 − y²). @example t.backward(Tensor.ones(1, 2)) */
  backward(dout: Tensor): Tensor {
    const y = savedForBackward("Tanh", this.y);
    checkDoutShape("Tanh", dout, y);
    const dx = new Tensor(y.rows, y.cols);
    const D = dout.data,
      Y = y.data,
      DX = dx.data;
    for (let i = 0; i < Y.length; i++) DX[i] = D[i] * (1 - Y[i] * Y[i]);
    return dx;
  }

  /** None. @example new Tanh().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
