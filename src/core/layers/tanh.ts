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
import { ElementwiseActivation } from "./elementwise";

/**
 * y = tanh(x), elementwise.
 *
 * @example
 * new Tanh().forward(Tensor.from([0, 100])).toArray(); // [[0, 1]]
 * new Sequential([new Linear(2, 3), new Tanh()]);
 */
export class Tanh extends ElementwiseActivation {
  constructor() {
    super("Tanh");
  }

  protected values(x: Float64Array, y: Float64Array): void {
    for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
  }

  /** ∂L/∂y · (1 − y²). */
  protected gradients(dout: Float64Array, y: Float64Array, dx: Float64Array): void {
    for (let i = 0; i < y.length; i++) {
      const v = y[i];
      dx[i] = dout[i] * (1 - v * v);
    }
  }
}
