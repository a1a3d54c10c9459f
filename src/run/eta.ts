/**
 * Time left, from a smoothed rate of steps per second.
 *
 *   rate_k = α · (Δsteps / Δt) + (1 − α) · rate_{k−1}      (exponential moving average)
 *   time left = (total − step) / rate_k
 *
 * The first chunk is often slow (the data loads, the JIT warms up) and evaluations make some
 * chunks slower than others; smoothing keeps the estimate from jumping about while still
 * following a real change of speed within a few updates. The time counted is training time,
 * so a pause does not look like a slowdown.
 */

/** Estimates the time left of a run from its progress. */
export class EtaEstimator {
  private rate: number | null = null;
  private lastStep = 0;
  private lastMs = 0;
  private readonly alpha: number;

  /**
   * @param alpha weight of the newest measurement (0 < α ≤ 1; default 0.3)
   *
   * @example
   * const eta = new EtaEstimator();
   * eta.update(100, 1000);          // 100 steps after 1 s of training
   * eta.secondsLeft(1000);          // 9
   */
  constructor(alpha = 0.3) {
    if (!(alpha > 0 && alpha <= 1)) throw new Error(`EtaEstimator: alpha must be in (0, 1], got ${alpha}`);
    this.alpha = alpha;
  }

  /** Reports that `step` steps were done after `elapsedMs` of training time. */
  update(step: number, elapsedMs: number): void {
    const dSteps = step - this.lastStep;
    const dMs = elapsedMs - this.lastMs;
    if (dSteps <= 0 || dMs <= 0) return;
    const measured = dSteps / dMs;
    this.rate = this.rate === null ? measured : this.alpha * measured + (1 - this.alpha) * this.rate;
    this.lastStep = step;
    this.lastMs = elapsedMs;
  }

  /** Smoothed steps per second, or null before two measurements exist. */
  stepsPerSecond(): number | null {
    return this.rate === null ? null : this.rate * 1000;
  }

  /** Seconds left to reach `totalSteps`, or null while unknown. */
  secondsLeft(totalSteps: number): number | null {
    if (this.rate === null) return null;
    return Math.max(0, totalSteps - this.lastStep) / (this.rate * 1000);
  }
}
