/**
 * Nesterov: momentum that looks ahead before it steps.
 *
 *   PyTorch (torch.optim.SGD, momentum=μ, nesterov=True):
 *       v ← μ·v + ∇,    W ← W − η·(∇ + μ·v)
 *   The book (6.1 / common/optimizer.py, class Nesterov, "reformulated" as in Bengio et al.):
 *       v ← μ·v − η·∇,  W ← W + μ²·v − (1 + μ)·η·∇
 *
 * Nesterov, "A method for solving the convex programming problem with convergence rate
 * O(1/k²)" (1983); Sutskever et al. (ICML 2013), https://proceedings.mlr.press/v28/sutskever13.html;
 * Bengio, Boulanger-Lewandowski & Pascanu, "Advances in optimizing recurrent networks",
 * https://arxiv.org/abs/1212.0901 (eq. 7, the form the book cites).
 *
 * Derivation. Nesterov's momentum evaluates the gradient at the look-ahead point:
 *   u_{t+1} = μ·u_t − η·∇f(θ_t + μ·u_t),   θ_{t+1} = θ_t + u_{t+1}.
 * Store the look-ahead point W_t = θ_t + μ·u_t instead of θ_t, so the gradient is taken at
 * W_t itself. Then W_{t+1} = W_t + u_{t+1} + μ(u_{t+1} − u_t) = W_t + μ²·u_t − (1 + μ)·η·∇f(W_t):
 * the step uses the velocity from BEFORE the update, u_t. Torch's rule is exactly this with
 * u = −η·v_torch: W − η(∇ + μ(μ·v_t + ∇)) = W − η·μ²·v_t − (1 + μ)·η·∇.
 *
 * The book's code updates v first and then adds μ²·v with the NEW velocity u_{t+1}. From the
 * same state and the same ∇ its step differs from torch's by exactly
 *   ΔW_book − ΔW_torch = μ²·(u_{t+1} − u_t),
 * so it is a slightly different method, not a re-parametrisation: from rest the first step
 * is (1 + μ + μ²)·η·∇ instead of (1 + μ)·η·∇ (2.71 vs 1.9 times SGD's for μ = 0.9). Both
 * reach the same speed η·∇/(1 − μ) on a steady slope (their fixed points agree), so on a
 * convex bowl both converge to the same minimum; the trajectories differ, which the tests
 * check against numpy runs of the book's code. `velocity` holds torch's v, or the book's v
 * (= u) with form "book".
 *
 * What it fixes: Momentum's late reaction. Measuring the slope where the velocity is about
 * to carry the parameter lets the rule brake before it overshoots (fewer, smaller swings).
 * What it brings: still one η for every direction. A parameter with steep gradients and
 * one with shallow ones get the same step size; AdaGrad (adagrad.ts) gives each its own.
 */
import type { Parameter } from "../parameter";
import { Momentum, type MomentumOptions } from "./momentum";

/** Nesterov's options are Momentum's: `lr` (0.01), `momentum` (0.9), `weightDecay` (0), `form`. @example new Nesterov(net.parameters(), { lr: 0.1, momentum: 0.9 }) */
export type NesterovOptions = MomentumOptions;

/**
 * Nesterov momentum, equal to `torch.optim.SGD(params, lr, momentum=μ, nesterov=True)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new Nesterov([w], { lr: 0.1, momentum: 0.9 });
 * w.grad = Tensor.from([[1]]);
 * opt.step(); // v = 1, w = 1 − 0.1·(1 + 0.9·1) = 0.81
 */
export class Nesterov extends Momentum {
  static readonly label: string = "Nesterov";

  constructor(params: readonly Parameter[], options?: NesterovOptions) {
    super(params, options);
  }

  /**
   * W ← W − η·(∇ + μ·v) (torch) or W ← W + μ²·v − (1 + μ)·η·∇ (book). The velocity v was
   * just updated exactly as Momentum does it; only this step is Nesterov's own.
   */
  protected move(w: Float64Array, v: Float64Array, grad: Float64Array): void {
    const { lr, momentum, form } = this.options;
    if (form === "book") {
      for (let i = 0; i < w.length; i++) {
        w[i] += momentum * momentum * v[i];
        w[i] -= (1 + momentum) * lr * grad[i];
      }
    } else {
      for (let i = 0; i < w.length; i++) w[i] -= lr * (grad[i] + momentum * v[i]);
    }
  }
}
