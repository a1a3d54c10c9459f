/**
 * AdamW: Adam with the weight decay taken out of the gradient.
 *
 *   PyTorch (torch.optim.AdamW):  W ← W·(1 − η·λ), then Adam's step with the raw ∇
 *                                 (λ = weightDecay = 0.01 by default)
 *   compare Adam + L2:            ∇ ← ∇ + λ·W, then Adam's step (the decay is divided by √v̂)
 *   The book has no AdamW; `{ form: "book" }` gives the book's Adam step after the same decay.
 *
 * Loshchilov & Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019),
 * https://arxiv.org/abs/1711.05101. (The paper multiplies λ by a schedule factor; torch, and
 * so kobai, multiplies it by the learning rate η.)
 *
 * What it fixes: with L2 added to ∇, Adam shrinks a weight by λ·W/√v̂ per unit η, so a weight
 * with large gradients (large √v̂) is hardly regularised and one with tiny gradients is
 * decayed hard. Decoupled, every weight shrinks by the same factor 1 − η·λ per step, which
 * is what "weight decay" means for plain SGD, where the two are the same thing.
 * What it brings: λ now means something different from L2's λ (it is scaled by η and not
 * by the gradient statistics), so values tuned for Adam + L2 do not carry over.
 */
import type { Parameter } from "../parameter";
import { Adam, type AdamOptions } from "./adam";
import type { OptimizerForm } from "./optimizer";

/** AdamW's options: Adam's, with `weightDecay` defaulting to 0.01 and applied decoupled. @example new AdamW(net.parameters(), { lr: 0.001, weightDecay: 0.01 }) */
export type AdamWOptions = AdamOptions;

/**
 * AdamW, equal to `torch.optim.AdamW(params, lr, betas=(β1, β2), eps, weight_decay=λ)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[2]]), "w");
 * const opt = new AdamW([w], { lr: 0.1, weightDecay: 0.5 });
 * opt.step(); // grad 0: only the decay acts, w = 2·(1 − 0.1·0.5) = 1.9
 */
export class AdamW extends Adam {
  static readonly label: string = "AdamW";
  /** Adam's options, but λ defaults to torch's 0.01. */
  static defaults(form?: OptimizerForm): Required<AdamWOptions> {
    return { ...Adam.defaults(form), weightDecay: 0.01 };
  }

  constructor(params: readonly Parameter[], options?: AdamWOptions) {
    super(params, options);
  }

  /** The raw ∇: AdamW's decay is not part of the gradient. */
  protected gradient(param: Parameter): Float64Array {
    return param.grad.data;
  }

  protected update(param: Parameter, grad: Float64Array): void {
    const shrink = 1 - this.options.lr * this.options.weightDecay;
    const w = param.value.data;
    for (let i = 0; i < w.length; i++) w[i] *= shrink;
    super.update(param, grad);
  }
}
