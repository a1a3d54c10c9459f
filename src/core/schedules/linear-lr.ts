/**
 * LinearLR: scale the learning rate linearly from startFactor·η₀ to endFactor·η₀ (warmup).
 *
 *   η_t = η₀ · (s + (e − s) · min(t, T) / T)        s = startFactor, e = endFactor, T = totalIters
 *
 * torch.optim.lr_scheduler.LinearLR, recursive form: η_0 = s·η₀, then for 0 < t ≤ T
 *   η_t = η_{t−1} · (1 + (e − s) / (T·s + (t − 1)·(e − s)))
 * and η_t = η_{t−1} after T. Used as *warmup*: Adam's first steps lean on moment estimates
 * made from very few gradients, and a small lr for the first few hundred steps keeps them
 * from throwing the weights far off (Goyal et al., "Accurate, Large Minibatch SGD", 2017,
 * https://arxiv.org/abs/1706.02677, section 2.2).
 */
import type { Optimizer } from "../optim/optimizer";
import { LRScheduler, positiveInteger, type OptionCheck } from "./scheduler";

/**
 * LinearLR's options (every one has a default).
 *
 * @example
 * const opt = new Adam([new Parameter(Tensor.zeros(1, 1))], { lr: 0.001 });
 * new LinearLR(opt, { startFactor: 0.1, totalIters: 100 }).lastLr; // 0.0001
 */
export interface LinearLROptions {
  /** s: the factor at t = 0 (in (0, 1], default 1/3). */
  startFactor?: number;
  /** e: the factor from t = T on (in [0, 1], default 1). */
  endFactor?: number;
  /** T: steps from s to e (an integer ≥ 1, default 5). */
  totalIters?: number;
}

const startFactorCheck: OptionCheck = (v) =>
  typeof v === "number" && v > 0 && v <= 1 ? null : "must be a number in (0, 1]";
const endFactorCheck: OptionCheck = (v) =>
  typeof v === "number" && v >= 0 && v <= 1 ? null : "must be a number in [0, 1]";

/**
 * Linear warmup (or decay), equal to `torch.optim.lr_scheduler.LinearLR(optimizer, start_factor, end_factor, total_iters)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new Adam([w], { lr: 0.01 });
 * const warmup = new LinearLR(opt, { startFactor: 0.5, totalIters: 2 });
 * opt.lr; // 0.005
 * warmup.step(); warmup.step();
 * opt.lr; // 0.01 (up to rounding)
 */
export class LinearLR extends LRScheduler {
  /** s: the factor at t = 0 (set from the options by LRScheduler). */
  declare readonly startFactor: number;
  /** e: the factor from t = T on. */
  declare readonly endFactor: number;
  /** T: steps from s to e. */
  declare readonly totalIters: number;

  constructor(optimizer: Optimizer, options?: LinearLROptions) {
    super(optimizer, "LinearLR", options, {
      startFactor: { check: startFactorCheck, default: 1 / 3 },
      endFactor: { check: endFactorCheck, default: 1 },
      totalIters: { check: positiveInteger, default: 5 },
    });
  }

  protected nextLr(current: number): number {
    const { startFactor: s, endFactor: e, totalIters: T } = this;
    const t = this.lastEpoch;
    if (t === 0) return current * s;
    if (t > T) return current;
    return current * (1 + (e - s) / (T * s + (t - 1) * (e - s)));
  }
}
