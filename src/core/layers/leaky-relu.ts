/**
 * Leaky ReLU:
 *
 *   forward:   y = x        where x > 0,     y = a·x        where x ≤ 0      (a = slope, default 0.01)
 *   backward:  ∂L/∂x = ∂L/∂y where x > 0,    a · ∂L/∂y     where x ≤ 0
 *
 * A ReLU whose negative side keeps a small slope a, so a unit that is "off" still passes a
 * little gradient and cannot die for good. At x = 0 the gradient is a, as in PyTorch's
 * `nn.LeakyReLU`.
 *
 * Paper: Maas, Hannun & Ng 2013, "Rectifier Nonlinearities Improve Neural Network Acoustic Models".
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, checkNumberOption, savedForBackward } from "./checks";

/** y = x for x > 0, slope·x otherwise. @example new Sequential([new Linear(2, 3), new LeakyReLU(0.1)]) */
export class LeakyReLU implements Layer {
  /** The slope a of the negative side. */
  readonly slope: number;
  private x: Tensor | null = null;

  /**
   * @example
   * new LeakyReLU().forward(Tensor.from([-100, 0, 3])).toArray();    // [[-1, 0, 3]]
   * new LeakyReLU(0.2).forward(Tensor.from([-1])).toArray();         // [[-0.2]]
   */
  constructor(slope = 0.01) {
    this.slope = checkNumberOption("LeakyReLU", "slope", slope);
  }

  /** y = x or slope·x. @example lrelu.forward(x) */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    const X = x.data,
      Y = y.data,
      a = this.slope;
    for (let i = 0; i < X.length; i++) Y[i] = X[i] > 0 ? X[i] : a * X[i];
    this.x = x;
    return y;
  }

  /** ∂L/∂y where x > 0, slope·∂L/∂y where x ≤ 0. @example lrelu.backward(dout) */
  backward(dout: Tensor): Tensor {
    // Forward keeps x, not y: with a negative slope the sign of y no longer tells the side.
    const x = savedForBackward("LeakyReLU", this.x);
    checkDoutShape("LeakyReLU", dout, x);
    const dx = new Tensor(x.rows, x.cols);
    const D = dout.data,
      X = x.data,
      DX = dx.data,
      a = this.slope;
    for (let i = 0; i < X.length; i++) DX[i] = X[i] > 0 ? D[i] : a * D[i];
    return dx;
  }

  /** None. @example new LeakyReLU().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
