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
import { LRScheduler, positiveInteger, scheduleOptions, type OptionCheck } from "./scheduler";

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
  readonly startFactor: number;
  readonly endFactor: number;
  readonly totalIters: number;

  constructor(optimizer: Optimizer, options?: LinearLROptions) {
    super(optimizer);
    const o = scheduleOptions(
      "LinearLR",
      options,
      { startFactor: 1 / 3, endFactor: 1, totalIters: 5 },
      { startFactor: startFactorCheck, endFactor: endFactorCheck, totalIters: positiveInteger },
    );
    this.startFactor = o.startFactor;
    this.endFactor = o.endFactor;
    this.totalIters = o.totalIters;
    this.step();
  }

  protected nextLr(current: number): number {
    const { startFactor: s, endFactor: e, totalIters: T } = this;
    const t = this.lastEpoch;
    if (t === 0) return current * s;
    if (t > T) return current;
    return current * (1 + (e - s) / (T * s + (t - 1) * (e - s)));
  }
}
