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
import { ElementwiseActivation } from "./elementwise";

/**
 * y = 1 / (1 + e^(−x)), elementwise.
 *
 * @example
 * new Sigmoid().forward(Tensor.from([0])).get(0, 0); // 0.5
 * new Sequential([new Linear(2, 3), new Sigmoid()]);
 */
export class Sigmoid extends ElementwiseActivation {
  constructor() {
    super("Sigmoid");
  }

  protected values(x: Float64Array, y: Float64Array): void {
    // For x ≪ 0, e^(−x) overflows to Infinity and 1/Infinity = 0: the right limit, no NaN.
    for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]));
  }

  /** ∂L/∂y · y(1 − y). */
  protected gradients(dout: Float64Array, y: Float64Array, dx: Float64Array): void {
    for (let i = 0; i < y.length; i++) {
      const v = y[i];
      dx[i] = dout[i] * v * (1 - v);
    }
  }
}
