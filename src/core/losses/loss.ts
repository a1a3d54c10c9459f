/**
 * The loss interface: one number that says how wrong a prediction is, and its gradient.
 *
 *   forward:   L = loss(y, t)            y: the model's output (N × C),  t: the target
 *   backward:  ∂L/∂y                     for the last forward, the start of backpropagation
 */
import type { Tensor } from "../tensor";

/** A target: class indices (one per row) or a tensor shaped like the prediction. @example const t: Target = [0, 2, 1]; */
export type Target = Tensor | readonly number[];

/** A loss function with its gradient. @example const loss: Loss = new CrossEntropyLoss(); */
export interface Loss {
  /** L for a prediction and its target. */
  forward(prediction: Tensor, target: Target): number;
  /** ∂L/∂prediction for the last forward. */
  backward(): Tensor;
}
