/**
 * Step function, the perceptron's activation (『ゼロから作る』 2.3, 3.2.2):
 *
 *   h(x) = 1 if x > 0,  0 if x ≤ 0
 *
 *   h′(x) = 0 for every x ≠ 0, and undefined at x = 0.
 *
 * So backpropagation through a step carries no information: ∂L/∂x = ∂L/∂y · 0 = 0 for
 * (almost) every input, and a gradient-descent learner never learns which way to move a
 * weight. That is why the book replaces it with the sigmoid (3.2.4), whose slope is never
 * zero. `backward` throws to say so rather than silently returning zeros.
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";

/** The message Step.backward throws: why a step has no useful gradient. @example console.log(STEP_HAS_NO_GRADIENT) */
export const STEP_HAS_NO_GRADIENT =
  "Step.backward: a step function's derivative is 0 everywhere except at x = 0, where it is undefined, " +
  "so no gradient flows back through it and gradient descent cannot learn. " +
  "Use Sigmoid (or ReLU) instead: that is why the book switches from the step to the sigmoid.";

/** The perceptron's step activation: 1 where x > 0, else 0. */
export class Step implements Layer {
  /**
   * @example
   * new Step().forward(Tensor.from([-1, 0, 2])).toArray(); // [[0, 0, 1]]
   */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    const X = x.data,
      Y = y.data;
    for (let i = 0; i < X.length; i++) Y[i] = X[i] > 0 ? 1 : 0;
    return y;
  }

  /**
   * Always throws: see `STEP_HAS_NO_GRADIENT`.
   *
   * @example
   * try { new Step().backward(Tensor.ones(1, 3)); } catch (e) { console.log(e.message); }
   */
  backward(_dout: Tensor): Tensor {
    throw new Error(STEP_HAS_NO_GRADIENT);
  }

  /** None. @example new Step().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
