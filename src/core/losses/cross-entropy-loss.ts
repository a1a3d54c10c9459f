/**
 * Cross-entropy on logits (『ゼロから作る』 4.2.2 with 5.6.3's Softmax-with-Loss):
 *
 *   y = softmax(x)                        x: logits, N × C
 *   L = −(1/N) Σₙ Σₖ tₙₖ · log yₙₖ         = −(1/N) Σₙ log yₙ,cₙ  when tₙ is one-hot for class cₙ
 *   ∂L/∂x = (y ⊙ Σₖ tₙₖ − t) / N           = (y − t) / N          for one-hot (or any probability) rows
 *
 * That y − t is the book's famous result (5.6.3): softmax and cross-entropy together have
 * the simplest possible gradient, which is why they are fused into one loss. It equals
 * PyTorch's nn.CrossEntropyLoss (mean reduction), which also takes raw logits, not
 * probabilities: do not put a Softmax layer before it.
 *
 * The target is either class indices (number[], one per row, in 0 … C − 1) or a tensor
 * shaped like x: one-hot rows, or class probabilities (as PyTorch ≥ 1.10 accepts).
 * log y comes from logSoftmax (log-sum-exp), so logits of ±1000 give exact, finite values.
 */
import { Tensor, shapeOf } from "../tensor";
import { checkOptionNames } from "../layers/checks";
import { softmax } from "../layers/softmax";
import { logSoftmax } from "./log-softmax";
import type { Loss, Target } from "./loss";

/** Softmax + mean negative log-likelihood, on logits. @example new CrossEntropyLoss().forward(model.forward(x), labels) */
export class CrossEntropyLoss implements Loss {
  private last: { logits: Tensor; target: Tensor } | null = null;

  /**
   * @example
   * const loss = new CrossEntropyLoss();
   * loss.forward(Tensor.from([[2, 0, 0]]), [0]);           // −log(e²/(e² + 2)) ≈ 0.2395
   * loss.forward(Tensor.from([[2, 0, 0]]), Tensor.from([[1, 0, 0]])); // the same, one-hot
   * loss.backward();                                        // softmax − one-hot, divided by N
   */
  constructor(options: Record<string, never> = {}) {
    checkOptionNames("CrossEntropyLoss", options, []);
  }

  /** The mean cross-entropy of logits and target. @example loss.forward(logits, labels) */
  forward(logits: Tensor, target: Target): number {
    const t = targetDistribution(logits, target);
    if (logits.rows === 0) throw new Error("CrossEntropyLoss: the batch is empty");
    const logY = logSoftmax(logits).data,
      T = t.data;
    let total = 0;
    // Skip tₙₖ = 0 terms: 0 · log y must count as 0 even where log y is −Infinity.
    for (let i = 0; i < T.length; i++) if (T[i] !== 0) total -= T[i] * logY[i];
    this.last = { logits, target: t };
    return total / logits.rows;
  }

  /** ∂L/∂logits = (softmax(x) ⊙ Σₖ tₖ − t) / N for the last forward. @example model.backward(loss.backward()) */
  backward(): Tensor {
    if (this.last === null) throw new Error("CrossEntropyLoss: backward called before forward");
    const { logits, target } = this.last;
    const grad = softmax(logits),
      G = grad.data,
      T = target.data;
    const N = logits.rows,
      C = logits.cols;
    for (let n = 0; n < N; n++) {
      const r = n * C;
      let rowMass = 0; // 1 for one-hot and probability rows
      for (let k = 0; k < C; k++) rowMass += T[r + k];
      for (let k = 0; k < C; k++) G[r + k] = (G[r + k] * rowMass - T[r + k]) / N;
    }
    return grad;
  }
}

/** The target as an N × C tensor (one-hot rows for class indices), or a clear error. */
function targetDistribution(logits: Tensor, target: Target): Tensor {
  const N = logits.rows,
    C = logits.cols;
  if (target instanceof Tensor) {
    if (target.rows !== N || target.cols !== C) {
      throw new Error(
        `CrossEntropyLoss: logits have shape ${shapeOf(logits)} but the target tensor has shape ${shapeOf(target)}; give one-hot rows of the same shape or ${N} class indices`,
      );
    }
    return target;
  }
  if (!Array.isArray(target))
    throw new Error(`CrossEntropyLoss: target must be class indices (number[]) or a tensor, got ${String(target)}`);
  const labels = target as readonly number[];
  if (labels.length !== N) {
    throw new Error(
      `CrossEntropyLoss: ${labels.length} class indices for ${N} rows of logits (shape ${shapeOf(logits)}); give one index per row`,
    );
  }
  const oneHot = new Tensor(N, C);
  labels.forEach((c, n) => {
    if (!Number.isInteger(c) || c < 0 || c >= C) {
      throw new Error(
        `CrossEntropyLoss: class index ${c} at row ${n} is outside 0 … ${C - 1} (the logits have ${C} columns)`,
      );
    }
    oneHot.data[n * C + c] = 1;
  });
  return oneHot;
}
