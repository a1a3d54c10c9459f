/**
 * Adam: momentum's average of ∇ and RMSProp's average of ∇², both corrected for starting at 0.
 *
 *   PyTorch (torch.optim.Adam), at step t = 1, 2, …:
 *     m ← β1·m + (1 − β1)·∇            v ← β2·v + (1 − β2)·∇⊙∇
 *     m̂ = m / (1 − β1ᵗ)                 v̂ = v / (1 − β2ᵗ)
 *     W ← W − η·m̂ / (√v̂ + ε)                               β1 = 0.9, β2 = 0.999, ε = 1e-8
 *   The book (6.1.6, common/optimizer.py class Adam): the bias correction folded into the rate,
 *     η_t = η·√(1 − β2ᵗ) / (1 − β1ᵗ)
 *     m ← m + (1 − β1)·(∇ − m)         v ← v + (1 − β2)·(∇⊙∇ − v)       (the same averages)
 *     W ← W − η_t·m / (√v + 1e-7)
 *
 * Kingma & Ba, "Adam: A Method for Stochastic Optimization" (ICLR 2015), https://arxiv.org/abs/1412.6980
 * (the book's form is the paper's "more efficient" ordering at the end of its section 2).
 *
 * The two forms differ only in where ε sits. Expanding the book's step,
 *   η_t·m / (√v + ε) = η·m̂ / (√v̂ + ε/√(1 − β2ᵗ)),
 * so the book is torch's rule with a time-varying ε_t = ε/√(1 − β2ᵗ): ε is added before the
 * bias correction of v instead of after. For β2 = 0.999, ε_t = 31.6·ε at t = 1 and still
 * 5.8·ε at t = 30. That matters only where √v̂ is as small as ε, i.e. where the gradients are
 * nearly zero. Measured on the book's f = x²/20 + y² from (−7, 2), η = 0.3, 30 steps: the
 * book's trajectory and torch's (ε = 1e-8) differ by at most 9.5e-6 in x or y (8.7e-6 if
 * torch also uses ε = 1e-7), invisible in any plot (the tests re-measure this, and check that
 * torch's form with ε replaced by ε_t each step reproduces the book's trajectory exactly).
 * `{ form: "book" }` runs the book's form; ε then defaults to the book's 1e-7.
 *
 * What it fixes: RMSProp's too-large first steps (the bias correction undoes the averages'
 * start at 0, so step 1 moves each weight by about η whatever the gradient's size) and its
 * lack of momentum (m smooths the direction as Momentum's velocity does).
 * What it brings: L2 weight decay added to ∇ is divided by √v̂ like the rest of the
 * gradient, so weights with large gradients are barely decayed: on f = x²/20 + y² adding
 * λ·W to ∇ only rescales each axis's gradient, which Adam divides away (see the fixtures:
 * the same trajectory up to ε). AdamW (adamw.ts) applies the decay outside the adaptive step.
 */
import type { Parameter } from "../parameter";
import { Tensor } from "../tensor";
import { Optimizer, defaultEps, type BaseOptions, type OptimizerForm, type StateSnapshot } from "./optimizer";

/** Adam's options: `lr` (0.001), `beta1` (0.9), `beta2` (0.999), `eps` (1e-8; 1e-7 with form "book"), `weightDecay` (0), `form`. @example new Adam(net.parameters(), { lr: 0.01, beta1: 0.9, beta2: 0.999 }) */
export interface AdamOptions extends BaseOptions {
  /** β1 ∈ [0, 1): decay of the average of ∇ (the momentum part). */
  beta1?: number;
  /** β2 ∈ [0, 1): decay of the average of ∇⊙∇ (the RMSProp part). */
  beta2?: number;
  /** ε ≥ 0, added to √v̂ (torch) or √v (book). */
  eps?: number;
}

/**
 * Adam, equal to `torch.optim.Adam(params, lr, betas=(β1, β2), eps, weight_decay=…)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1, 1]]), "w");
 * const opt = new Adam([w], { lr: 0.1 });
 * w.grad = Tensor.from([[100, 0.01]]);
 * opt.step(); // each weight moves by ≈ 0.1 (m̂/√v̂ = ±1 at t = 1): w ≈ [[0.9, 0.9]]
 */
export class Adam extends Optimizer<AdamOptions> {
  /** The average of ∇ per parameter (torch's `exp_avg`). */
  readonly m: Map<Parameter, Tensor>;
  /** The average of ∇⊙∇ per parameter (torch's `exp_avg_sq`). */
  readonly v: Map<Parameter, Tensor>;
  /** Steps taken so far (the book's `iter`; torch's `step`): the t of β1ᵗ and β2ᵗ. */
  t = 0;

  static readonly label: string = "Adam";
  /** Every option Adam takes, with its default (ε: torch's 1e-8, the book's 1e-7). */
  static defaults(form?: OptimizerForm): Required<AdamOptions> {
    return { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: defaultEps(form, 1e-8), weightDecay: 0, form: "pytorch" };
  }

  constructor(params: readonly Parameter[], options?: AdamOptions) {
    super(params, options);
    this.m = this.zerosPerParam();
    this.v = this.zerosPerParam();
  }

  protected beginStep(): void {
    this.t += 1;
  }

  protected update(param: Parameter, grad: Float64Array): void {
    const { lr, beta1, beta2, eps, form } = this.options;
    const t = this.t;
    const w = param.value.data,
      m = this.stateOf(this.m, param).data,
      v = this.stateOf(this.v, param).data;
    if (form === "book") {
      const lrT = (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
      for (let i = 0; i < w.length; i++) {
        m[i] += (1 - beta1) * (grad[i] - m[i]);
        v[i] += (1 - beta2) * (grad[i] * grad[i] - v[i]);
        w[i] -= (lrT * m[i]) / (Math.sqrt(v[i]) + eps);
      }
    } else {
      const bc1 = 1 - beta1 ** t,
        bc2 = 1 - beta2 ** t;
      for (let i = 0; i < w.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        const mHat = m[i] / bc1,
          vHat = v[i] / bc2;
        w[i] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
      }
    }
  }

  /**
   * `{ m, v, mHat, vHat, effectiveLr }`: the averages, their bias-corrected values, and the
   * per-weight rate that multiplies m̂ in this step (η/(√v̂ + ε), or η/(√v̂ + ε_t) in the book's
   * form). Before the first step (t = 0) mHat, vHat and effectiveLr are zeros.
   *
   * @example
   * opt.snapshot(w).mHat
   */
  snapshot(param: Parameter): StateSnapshot {
    const { lr, beta1, beta2, eps, form } = this.options;
    const m = this.stateOf(this.m, param),
      v = this.stateOf(this.v, param);
    const mHat = new Tensor(m.rows, m.cols),
      vHat = new Tensor(m.rows, m.cols),
      effectiveLr = new Tensor(m.rows, m.cols);
    if (this.t > 0) {
      const bc1 = 1 - beta1 ** this.t,
        bc2 = 1 - beta2 ** this.t;
      const epsUsed = form === "book" ? eps / Math.sqrt(bc2) : eps;
      for (let i = 0; i < m.data.length; i++) {
        mHat.data[i] = m.data[i] / bc1;
        vHat.data[i] = v.data[i] / bc2;
        effectiveLr.data[i] = lr / (Math.sqrt(vHat.data[i]) + epsUsed);
      }
    }
    return { m: m.clone(), v: v.clone(), mHat, vHat, effectiveLr };
  }
}
