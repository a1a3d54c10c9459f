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
import { ElementwiseActivation } from "./elementwise";
import { checkNumberOption } from "./checks";

/** y = x for x > 0, slope·x otherwise. @example new Sequential([new Linear(2, 3), new LeakyReLU(0.1)]) */
export class LeakyReLU extends ElementwiseActivation {
  /** The slope a of the negative side. */
  readonly slope: number;

  /**
   * @example
   * new LeakyReLU().forward(Tensor.from([-100, 0, 3])).toArray();    // [[-1, 0, 3]]
   * new LeakyReLU(0.2).forward(Tensor.from([-1])).toArray();         // [[-0.2]]
   */
  constructor(slope = 0.01) {
    // Forward keeps x, not y: with a negative slope the sign of y no longer tells the side.
    super("LeakyReLU", "input");
    this.slope = checkNumberOption("LeakyReLU", "slope", slope);
  }

  protected values(x: Float64Array, y: Float64Array): void {
    const a = this.slope;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = v > 0 ? v : a * v;
    }
  }

  /** ∂L/∂y where x > 0, slope·∂L/∂y where x ≤ 0. */
  protected gradients(dout: Float64Array, x: Float64Array, dx: Float64Array): void {
    const a = this.slope;
    for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dout[i] : a * dout[i];
  }
}
