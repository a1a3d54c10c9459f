/**
 * RMSProp: AdaGrad with a memory that fades.
 *
 *   PyTorch (torch.optim.RMSprop):  h ← α·h + (1 − α)·∇⊙∇,   W ← W − η·∇ / (√h + ε)    α = 0.99, ε = 1e-8
 *   The book (6.1.5, RMSprop):      h ← ρ·h + (1 − ρ)·∇⊙∇,   W ← W − η·∇ / (√h + 1e-7)  ρ = decay_rate = 0.99
 *
 * Tieleman & Hinton, "Lecture 6.5 — RMSProp: divide the gradient by a running average of
 * its recent magnitude", COURSERA: Neural Networks for Machine Learning (2012),
 * https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf
 *
 * As with AdaGrad the two forms are one rule (torch without `centered` or `momentum`):
 * ε outside the root, the book's decay_rate is torch's α, and only ε's value differs, so
 * `{ form: "book" }` makes ε default to 1e-7.
 *
 * What it fixes: AdaGrad's ever-growing h. An exponential moving average keeps roughly the
 * last 1/(1 − α) squared gradients (100 for α = 0.99), so the step size tracks the recent
 * gradient scale and does not decay to zero.
 * What it brings: h starts at 0, so the first averages are too small and the early steps
 * too large (after one step h = (1 − α)·∇², so √h = 0.1·|∇| for α = 0.99 and the step is
 * 10·η instead of about η); and it
 * still steps along the raw gradient, without momentum's smoothing. Adam (adam.ts) adds
 * momentum and corrects both averages for their start at zero.
 */
import { AdaGrad, type AdaGradOptions } from "./adagrad";
import { defaultEps, type OptimizerForm } from "./optimizer";

/** RMSProp's options: `lr` (0.01), `alpha` (0.99), `eps` (1e-8; 1e-7 with form "book"), `weightDecay` (0), `form`. @example new RMSProp(net.parameters(), { lr: 0.01, alpha: 0.99 }) */
export interface RMSPropOptions extends AdaGradOptions {
  /** α ∈ [0, 1): how much of the running average of ∇² is kept each step (the book's decay_rate). */
  alpha?: number;
}

/**
 * RMSProp, equal to `torch.optim.RMSprop(params, lr, alpha, eps, weight_decay=…)`. It is
 * AdaGrad (the same h, the same step W ← W − η·∇ / (√h + ε), the same snapshot) with only
 * the way h remembers changed.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new RMSProp([w], { lr: 0.01 });
 * w.grad = Tensor.from([[2]]);
 * opt.step(); // h = 0.01·4 = 0.04, w = 1 − 0.01·2/0.2 ≈ 0.9
 */
export class RMSProp extends AdaGrad<RMSPropOptions> {
  static readonly label: string = "RMSProp";
  /** Every option RMSProp takes, with its default (ε: torch's 1e-8, the book's 1e-7). */
  static defaults(form?: OptimizerForm): Required<RMSPropOptions> {
    return { lr: 0.01, alpha: 0.99, eps: defaultEps(form, 1e-8), weightDecay: 0, form: "pytorch" };
  }

  /** h ← α·h + (1 − α)·∇⊙∇: a running average, so old gradients fade (h is torch's `square_avg`). */
  protected accumulate(h: Float64Array, grad: Float64Array): void {
    const { alpha } = this.options;
    for (let i = 0; i < h.length; i++) h[i] = alpha * h[i] + (1 - alpha) * grad[i] * grad[i];
  }
}
