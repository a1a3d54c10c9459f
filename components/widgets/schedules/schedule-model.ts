/**
 * The schedules chapter's runs, apart from the page: plain SGD or RMSProp on the book's bowl
 * f(x, y) = x²/20 + y² with a learning-rate schedule from the core, stepped after every
 * optimizer step (`runOptimizer`'s `schedule`). The widget, the static charts, the claims
 * and the cells all read these.
 *
 *   stable while  η_t · λ < 2      (λ_y = 2 on this bowl, so plain SGD needs η_t < 1)
 */
import {
  CosineAnnealingLR,
  LinearLR,
  Parameter,
  RMSProp,
  SGD,
  StepLR,
  Tensor,
  bookBowl,
  runOptimizer,
  type Optimizer,
  type Trajectory,
} from "kobai";

/** The schedules the widget offers. */
export type ScheduleKind = "constant" | "step" | "cosine" | "warmup";
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ["constant", "step", "cosine", "warmup"];

/** A schedule for `steps` steps: StepLR halves η every steps/5; cosine runs to 0 over all; warmup is 10 % linear. */
export function makeSchedule(kind: ScheduleKind, steps: number): ((opt: Optimizer) => { step(): void }) | undefined {
  if (kind === "step") return (opt) => new StepLR(opt, { stepSize: Math.max(1, Math.round(steps / 5)), gamma: 0.5 });
  if (kind === "cosine") return (opt) => new CosineAnnealingLR(opt, { tMax: steps });
  if (kind === "warmup")
    return (opt) => new LinearLR(opt, { startFactor: 0.1, totalIters: Math.max(1, Math.round(steps / 10)) });
  return undefined;
}

/** η_t for t = 0 … steps−1 under a schedule, starting from η₀ (the lr each step uses). */
export function lrCurve(kind: ScheduleKind, lr: number, steps: number): number[] {
  const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr });
  const schedule = makeSchedule(kind, steps)?.(opt);
  const lrs: number[] = [];
  for (let t = 0; t < steps; t++) {
    lrs.push(opt.lr);
    schedule?.step();
  }
  return lrs;
}

/** SGD from the book's start (−7, 2) with η₀ and a schedule. */
export function sgdRun(kind: ScheduleKind, lr: number, steps: number): Trajectory {
  return runOptimizer(bookBowl, SGD, { lr }, { steps, schedule: makeSchedule(kind, steps) });
}

/** The first step at which f < threshold, or −1. */
export function firstBelow(losses: readonly number[], threshold = 1e-3): number {
  return losses.findIndex((f) => f < threshold);
}

/** How many of steps 1 … n have f ≥ threshold. */
export function stepsAtOrAbove(losses: readonly number[], threshold = 1e-3): number {
  return losses.slice(1).filter((f) => f >= threshold).length;
}

/** RMSProp (η = 0.1) for 3,000 steps: constant, and halved every 300 steps (StepLR). */
export function rmspropRuns(steps = 3000) {
  const constant = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps });
  const halved = runOptimizer(
    bookBowl,
    RMSProp,
    { lr: 0.1 },
    { steps, schedule: (opt) => new StepLR(opt, { stepSize: 300, gamma: 0.5 }) },
  );
  return { constant, halved };
}
