/**
 * StepLR: multiply the learning rate by γ every `stepSize` steps.
 *
 *   η_t = η₀ · γ^⌊t / stepSize⌋
 *
 * torch.optim.lr_scheduler.StepLR (recursive form): η_t = γ·η_{t−1} when t > 0 and t is a
 * multiple of stepSize, else η_t = η_{t−1}. The oldest schedule in practice: train at η
 * until the loss stops falling, then drop η tenfold (γ = 0.1), as in He et al.'s ResNet
 * training, https://arxiv.org/abs/1512.03385 (section 3.4).
 */
import type { Optimizer } from "../optim/optimizer";
import { LRScheduler, finiteNonNegative, positiveInteger } from "./scheduler";

/**
 * StepLR's options.
 *
 * @example
 * const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.1 });
 * new StepLR(opt, { stepSize: 30, gamma: 0.1 }).lastLr; // 0.1
 */
export interface StepLROptions {
  /** Steps between drops (an integer ≥ 1; required). */
  stepSize: number;
  /** The factor applied at each drop (default 0.1). */
  gamma?: number;
}

/**
 * Step decay, equal to `torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new SGD([w], { lr: 1 });
 * const sched = new StepLR(opt, { stepSize: 2, gamma: 0.5 });
 * sched.step(); sched.step(); // t = 2
 * opt.lr; // 0.5
 */
export class StepLR extends LRScheduler {
  /** Steps between drops (set from the options by LRScheduler). */
  declare readonly stepSize: number;
  /** The factor applied at each drop. */
  declare readonly gamma: number;

  constructor(optimizer: Optimizer, options: StepLROptions) {
    super(optimizer, "StepLR", options, {
      stepSize: { check: positiveInteger, required: "steps between drops, e.g. { stepSize: 30 }" },
      gamma: { check: finiteNonNegative, default: 0.1 },
    });
  }

  protected nextLr(current: number): number {
    const t = this.lastEpoch;
    return t === 0 || t % this.stepSize !== 0 ? current : current * this.gamma;
  }
}
