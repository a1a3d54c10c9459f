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
import { ElementwiseActivation } from "./elementwise";

/**
 * y = max(0, x), elementwise.
 *
 * @example
 * new ReLU().forward(Tensor.from([-2, 0, 3])).toArray(); // [[0, 0, 3]]
 * new Sequential([new Linear(2, 3), new ReLU()]);
 */
export class ReLU extends ElementwiseActivation {
  constructor() {
    super("ReLU");
  }

  protected values(x: Float64Array, y: Float64Array): void {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = v > 0 ? v : 0;
    }
  }

  /** ∂L/∂y where the unit was on (y > 0), else 0. */
  protected gradients(dout: Float64Array, y: Float64Array, dx: Float64Array): void {
    for (let i = 0; i < y.length; i++) dx[i] = y[i] > 0 ? dout[i] : 0;
  }
}
