/**
 * The book's weight decay (『ゼロから作るDeep Learning』 6.4.1): L2 regularisation written into
 * the loss, over the weights of the Linear layers only (not biases, not Batch Norm's γ, β):
 *
 *   L = L_data + λ/2 · Σ_W ‖W‖²          so the reported loss includes the penalty
 *   ∂L/∂W = ∂L_data/∂W + λ·W             added to each weight's gradient after backward
 *
 * The optimizers' `weightDecay` option is PyTorch's form instead: it adds λ·θ to the
 * gradient of EVERY parameter (biases too) and leaves the loss alone. For plain SGD on the
 * weights the two give the same step; they differ on biases and in the loss curve.
 */
import type { Layer } from "../layers/layer";
import { Linear } from "../layers/linear";
import { Sequential } from "../layers/sequential";
import type { Parameter } from "../parameter";

/**
 * The weights the book's decay acts on: every Linear layer's weight, in order.
 *
 * @example
 * decayedWeights(new Sequential([new Linear(2, 3), new ReLU(), new Linear(3, 2)])).map((p) => p.name); // ["0.weight", "2.weight"]
 */
export function decayedWeights(model: Layer): Parameter[] {
  if (model instanceof Linear) return [model.weight];
  if (model instanceof Sequential) return model.layers.flatMap(decayedWeights);
  return [];
}

/**
 * Σ w² over the parameters: λ/2 times this is the penalty, and its square root is ‖W‖.
 *
 * @example
 * sumOfSquares([new Parameter(Tensor.from([[3, 4]]))]); // 25
 */
export function sumOfSquares(params: readonly Parameter[]): number {
  let squares = 0;
  for (const p of params) for (const v of p.value.data) squares += v * v;
  return squares;
}

/** Adds λ·W to the gradient of each weight (after backward, before the optimizer's step). */
export function addDecayGradient(weights: readonly Parameter[], lambda: number): void {
  for (const w of weights) {
    const g = w.grad.data,
      v = w.value.data;
    for (let i = 0; i < g.length; i++) g[i] += lambda * v[i];
  }
}
