/**
 * ReLU, the rectified linear unit (『ゼロから作る』 3.2.7, 5.5.1):
 *
 *   forward:   y = max(0, x)
 *   backward:  ∂L/∂x = ∂L/∂y  where x > 0,   0 where x ≤ 0
 *
 * At x = 0 the derivative is undefined; like the book (mask = x <= 0) and PyTorch, kobai
 * uses 0 there. The gradient is a switch: a unit that was on passes ∂L/∂y through
 * unchanged, a unit that was off blocks it. (y > 0 exactly when x > 0, so forward keeps y.)
 *
 * Paper: Nair & Hinton 2010, https://www.cs.toronto.edu/~hinton/absps/reluICML.pdf
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, savedForBackward } from "./checks";

/** y = max(0, x), elementwise. @example new Sequential([new Linear(2, 3), new ReLU()]) */
export class ReLU implements Layer {
  private y: Tensor | null = null;

  /**
   * @example
   * new ReLU().forward(Tensor.from([-2, 0, 3])).toArray(); // [[0, 0, 3]]
   */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    const X = x.data,
      Y = y.data;
    for (let i = 0; i < X.length; i++) Y[i] = X[i] > 0 ? X[i] : 0;
    this.y = y;
    return y;
  }

  /** ∂L/∂y where the input was positive, else 0. @example relu.backward(Tensor.ones(1, 3)) // [[0, 0, 1]] */
  backward(dout: Tensor): Tensor {
    const y = savedForBackward("ReLU", this.y);
    checkDoutShape("ReLU", dout, y);
    const dx = new Tensor(y.rows, y.cols);
    const D = dout.data,
      Y = y.data,
      DX = dx.data;
    for (let i = 0; i < Y.length; i++) DX[i] = Y[i] > 0 ? D[i] : 0;
    return dx;
  }

  /** None. @example new ReLU().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
