/**
 * CosineAnnealingLR: let the learning rate glide from η₀ down to η_min along half a cosine.
 *
 *   η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2        (0 ≤ t ≤ T_max)
 *
 * Loshchilov & Hutter, "SGDR: Stochastic Gradient Descent with Warm Restarts" (2017),
 * https://arxiv.org/abs/1608.03983 (without the restarts). torch writes it recursively:
 *   η_t = (1 + cos(π·t/T_max)) / (1 + cos(π·(t−1)/T_max)) · (η_{t−1} − η_min) + η_min
 * which equals the closed form step by step, and past T_max keeps following the cosine
 * back up (torch's special case at t − 1 − T_max ≡ 0 mod 2·T_max avoids dividing by zero
 * at the bottom). The lr falls slowly at first, fastest mid-way, and slowly again at the
 * end, where small steps settle into the minimum.
 */
import type { Optimizer } from "../optim/optimizer";
import { LRScheduler, finiteNonNegative, positiveInteger } from "./scheduler";

/**
 * CosineAnnealingLR's options.
 *
 * @example
 * const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.1 });
 * new CosineAnnealingLR(opt, { tMax: 100, etaMin: 1e-4 }).lastLr; // 0.1
 */
export interface CosineAnnealingLROptions {
  /** T_max: steps from η₀ down to η_min (an integer ≥ 1; required). */
  tMax: number;
  /** η_min: the lowest learning rate (default 0). */
  etaMin?: number;
}

/**
 * Cosine annealing, equal to `torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max, eta_min)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new SGD([w], { lr: 1 });
 * const sched = new CosineAnnealingLR(opt, { tMax: 2 });
 * sched.step(); // t = 1: half-way down
 * opt.lr; // 0.5 (up to rounding)
 */
export class CosineAnnealingLR extends LRScheduler {
  /** T_max: steps from η₀ down to η_min (set from the options by LRScheduler). */
  declare readonly tMax: number;
  /** η_min: the lowest learning rate. */
  declare readonly etaMin: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingLROptions) {
    super(optimizer, "CosineAnnealingLR", options, {
      tMax: { check: positiveInteger, required: "steps from η₀ to etaMin, e.g. { tMax: 100 }" },
      etaMin: { check: finiteNonNegative, default: 0 },
    });
  }

  protected nextLr(current: number): number {
    const { tMax, etaMin, baseLr } = this;
    const t = this.lastEpoch;
    if (t === 0) return current;
    if ((t - 1 - tMax) % (2 * tMax) === 0) return current + ((baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
    return (
      ((1 + Math.cos((Math.PI * t) / tMax)) / (1 + Math.cos((Math.PI * (t - 1)) / tMax))) * (current - etaMin) + etaMin
    );
  }
}
