/**
 * Parameter: a learnable tensor and its gradient.
 *
 *   W  (value)   and   ∂L/∂W  (grad, same shape)
 *
 * A layer's backward pass adds into `grad` (so gradients from several uses add up, as the
 * chain rule says); an optimizer reads `grad` in `step()` and clears it in `zeroGrad()`.
 */
import { Tensor } from "./tensor";

/** A learnable value with its gradient, e.g. a Linear layer's weight. */
export class Parameter {
  /** A readable name, e.g. "fc1.weight", shown in gradient-check tables and widgets. */
  name: string;
  /** The current value. Optimizers update it in place. */
  value: Tensor;
  /** ∂L/∂value, accumulated by backward passes; starts as zeros. */
  grad: Tensor;

  /**
   * @example
   * const w = new Parameter(Tensor.from([[0.5, -0.5]]), "w");
   * w.grad.shape; // [1, 2], all zeros
   */
  constructor(value: Tensor, name = "param") {
    this.value = value;
    this.grad = Tensor.zeros(value.rows, value.cols);
    this.name = name;
  }

  /** Sets grad back to zeros. @example w.zeroGrad() */
  zeroGrad(): void {
    this.grad.data.fill(0);
  }
}
