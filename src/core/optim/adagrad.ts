/**
 * AdaGrad: a step size of its own for every weight, shrinking with the gradients it has seen.
 *
 *   PyTorch (torch.optim.Adagrad):   h ← h + ∇⊙∇,   W ← W − η·∇ / (√h + ε)      ε = 1e-10
 *   The book (6.1.5, AdaGrad):       h ← h + ∂L/∂W ⊙ ∂L/∂W,  W ← W − η·∂L/∂W / (√h + 1e-7)
 *
 * Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
 * Optimization" (JMLR 2011), https://jmlr.org/papers/v12/duchi11a.html
 *
 * The two forms are the same rule: both add ε outside the square root (torch 1.13 with
 * its defaults lr_decay = 0 and initial_accumulator_value = 0). Only ε's value differs,
 * so `{ form: "book" }` just makes ε default to the book's 1e-7. The effective step size of
 * each weight, η/(√h + ε), is what the widgets draw (`snapshot(p).effectiveLr`).
 *
 * What it fixes: one η for all. A weight whose gradients have been large gets a small
 * step, a weight whose gradients have been small a large one: on f = x²/20 + y² the steep
 * y is tamed at once while x keeps moving, so the zig-zag is gone from the first step.
 * What it brings: h only grows, so every step size shrinks like 1/√t and learning
 * eventually stops, even far from a minimum. RMSProp (rmsprop.ts) lets h forget.
 */
import type { Parameter } from "../parameter";
import type { Tensor } from "../tensor";
import {
  Optimizer,
  defaultEps,
  snapshotOfH,
  type BaseOptions,
  type OptimizerForm,
  type StateSnapshot,
} from "./optimizer";

/** AdaGrad's options: `lr` (0.01), `eps` (1e-10; 1e-7 with form "book"), `weightDecay` (0), `form`. @example new AdaGrad(net.parameters(), { lr: 0.1, eps: 1e-7 }) */
export interface AdaGradOptions extends BaseOptions {
  /** ε ≥ 0, added to √h so a weight that has seen no gradient does not divide by zero. */
  eps?: number;
}

/**
 * AdaGrad, equal to `torch.optim.Adagrad(params, lr, eps=…, weight_decay=…)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1, 1]]), "w");
 * const opt = new AdaGrad([w], { lr: 0.5 });
 * w.grad = Tensor.from([[4, 0.1]]);
 * opt.step(); // both weights move by ≈ 0.5: the size of the gradient cancels out
 */
export class AdaGrad<Options extends AdaGradOptions = AdaGradOptions> extends Optimizer<Options> {
  /** Σ∇⊙∇ so far, per parameter (the book's `h`, torch's `sum`); RMSProp's running average of it (torch's `square_avg`). */
  readonly h: Map<Parameter, Tensor>;

  static readonly label: string = "AdaGrad";
  /** Every option AdaGrad takes, with its default (ε: torch's 1e-10, the book's 1e-7). */
  static defaults(form?: OptimizerForm): Required<AdaGradOptions> {
    return { lr: 0.01, eps: defaultEps(form, 1e-10), weightDecay: 0, form: "pytorch" };
  }

  constructor(params: readonly Parameter[], options?: Options) {
    super(params, options);
    this.h = this.zerosPerParam();
  }

  protected update(param: Parameter, grad: Float64Array): void {
    const { lr, eps } = this.options as Required<AdaGradOptions>;
    const w = param.value.data,
      h = this.stateOf(this.h, param).data;
    this.accumulate(h, grad);
    for (let i = 0; i < w.length; i++) w[i] -= (lr * grad[i]) / (Math.sqrt(h[i]) + eps);
  }

  /** h ← h + ∇⊙∇: AdaGrad's memory of every gradient so far (RMSProp lets it fade instead). */
  protected accumulate(h: Float64Array, grad: Float64Array): void {
    for (let i = 0; i < h.length; i++) h[i] += grad[i] * grad[i];
  }

  /** `{ h, effectiveLr }`, where effectiveLr = η/(√h + ε) per weight. @example opt.snapshot(w).effectiveLr */
  snapshot(param: Parameter): StateSnapshot {
    const { lr, eps } = this.options as Required<AdaGradOptions>;
    return snapshotOfH(this.stateOf(this.h, param), lr, eps);
  }
}
