/**
 * Momentum: gradient descent with a velocity that remembers past steps.
 *
 *   PyTorch (torch.optim.SGD, momentum=μ):   v ← μ·v + ∇,       W ← W − η·v
 *   The book (6.1.4, Momentum):              v ← α·v − η·∇,     W ← W + v      (α is the book's μ)
 *
 * Polyak, "Some methods of speeding up the convergence of iteration methods" (1964),
 * https://doi.org/10.1016/0041-5553(64)90137-5; Sutskever et al., "On the importance of
 * initialization and momentum in deep learning" (ICML 2013),
 * https://proceedings.mlr.press/v28/sutskever13.html
 *
 * Why the two forms take the same steps: start both from v = 0 and call the book's
 * velocity v_book. By induction v_book = −η·v_torch: if it holds before a step, then
 * v_book' = μ·v_book − η∇ = −η(μ·v_torch + ∇) = −η·v_torch', and both move W by the same
 * −η·v_torch'. This needs η to stay constant: the book's v has η baked into its past
 * terms, torch's does not, so after a change of η the two forms part ways. (Torch's first
 * step sets v = ∇, which is μ·0 + ∇: dampening 0, no special case needed.)
 * `velocity` holds torch's v with form "pytorch" and the book's v (= the last step ΔW)
 * with form "book".
 *
 * What it fixes: SGD's zig-zag. Steps across a narrow valley alternate in sign and
 * cancel in v; steps along the valley agree and add up, so on a steady slope the speed
 * grows towards η·∇/(1 − μ), ten times SGD's for μ = 0.9.
 * What it brings: inertia. The ball overshoots the minimum and swings around it, and
 * it reacts to a change of slope only after it has already gone past. Nesterov
 * (nesterov.ts) looks ahead before it commits.
 */
import type { Parameter } from "../parameter";
import type { Tensor } from "../tensor";
import { Optimizer, type BaseOptions, type OptimizerForm, type StateSnapshot } from "./optimizer";

/** Options of Momentum and Nesterov: `lr` (0.01), `momentum` μ (0.9), `weightDecay` (0), `form`. @example new Momentum(net.parameters(), { lr: 0.1, momentum: 0.9, form: "book" }) */
export interface MomentumOptions extends BaseOptions {
  /** μ ∈ [0, 1): how much of the last velocity is kept each step. */
  momentum?: number;
}

/**
 * SGD with momentum, equal to `torch.optim.SGD(params, lr, momentum=μ, weight_decay=…)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new Momentum([w], { lr: 0.1, momentum: 0.9 });
 * w.grad = Tensor.from([[1]]);
 * opt.step(); opt.step(); // v = 1, then 1.9: w = 1 − 0.1 − 0.19 = 0.71
 */
export class Momentum extends Optimizer<MomentumOptions> {
  /** The velocity of each parameter (torch's `momentum_buffer`, or the book's `v` with form "book"). */
  readonly velocity: Map<Parameter, Tensor>;

  /** @param label the name in error messages; Nesterov passes its own, leave it out. */
  static readonly label: string = "Momentum";
  /** Every option Momentum (and Nesterov) takes, with its default. */
  static defaults(_form?: OptimizerForm): Required<MomentumOptions> {
    return { lr: 0.01, momentum: 0.9, weightDecay: 0, form: "pytorch" };
  }

  constructor(params: readonly Parameter[], options?: MomentumOptions) {
    super(params, options);
    this.velocity = this.zerosPerParam();
  }

  protected update(param: Parameter, grad: Float64Array): void {
    const { lr, momentum, form } = this.options;
    const v = this.stateOf(this.velocity, param).data;
    if (form === "book") for (let i = 0; i < v.length; i++) v[i] = momentum * v[i] - lr * grad[i];
    else for (let i = 0; i < v.length; i++) v[i] = momentum * v[i] + grad[i];
    this.move(param.value.data, v, grad);
  }

  /** W ← W − η·v (torch) or W ← W + v (book), with the velocity v just updated. Nesterov steps differently. */
  protected move(w: Float64Array, v: Float64Array, _grad: Float64Array): void {
    const { lr, form } = this.options;
    if (form === "book") for (let i = 0; i < w.length; i++) w[i] += v[i];
    else for (let i = 0; i < w.length; i++) w[i] -= lr * v[i];
  }

  /** `{ velocity }`. @example opt.snapshot(w).velocity */
  snapshot(param: Parameter): StateSnapshot {
    return { velocity: this.stateOf(this.velocity, param).clone() };
  }
}
