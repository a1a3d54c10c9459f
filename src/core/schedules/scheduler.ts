/**
 * LRScheduler: what every learning-rate schedule in this folder shares.
 *
 *   η_t = schedule(t, η₀)      t = 0, 1, 2, … counts calls to `step()` (epochs or steps,
 *                              as the caller chooses); η₀ is the optimizer's lr at creation
 *
 * PyTorch's torch.optim.lr_scheduler writes each rule *recursively*: η_t from η_{t−1}
 * (its "chainable" form), not from a closed formula. We follow it to the letter, so a
 * trajectory matches torch's float64 numbers (the fixtures in __fixtures__/schedules.json),
 * and so a schedule composes with an lr someone changed by hand between steps, as torch's
 * does. Each rule's header also gives the closed form it equals when nobody interferes.
 *
 * Like torch, creating a scheduler takes its first step at once (t = 0), which may already
 * change the lr (LinearLR starts at startFactor·η₀). Call `step()` after `optimizer.step()`.
 */
import type { Optimizer } from "../optim/optimizer";

/** Why a scheduler option is wrong (a phrase), or null when it is fine. */
export type OptionCheck = (value: unknown) => string | null;

export const positiveInteger: OptionCheck = (v) =>
  typeof v === "number" && Number.isInteger(v) && v > 0 ? null : "must be an integer ≥ 1";
export const finiteNonNegative: OptionCheck = (v) =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? null : "must be a finite number ≥ 0";

/** One option of a schedule: how its value is checked, and its default, or (when it has none) why it is required. */
export interface ScheduleOption {
  check: OptionCheck;
  default?: number;
  /** For an option without a default: what it means, said in the error when it is left out. */
  required?: string;
}

/**
 * Fills in defaults and checks every option by name; a missing required option, an unknown
 * name or a bad value throws an Error that names the scheduler and the option.
 */
export function scheduleOptions(
  label: string,
  given: object | undefined,
  options: Record<string, ScheduleOption>,
): Record<string, number> {
  const values = (given === undefined ? {} : given) as Record<string, unknown> | null;
  for (const [name, option] of Object.entries(options)) {
    if (option.required !== undefined && (typeof values !== "object" || values?.[name] === undefined))
      throw new Error(`${label}: option "${name}" is required (${option.required})`);
  }
  if (typeof values !== "object" || values === null) {
    throw new Error(`${label}: options must be an object, got ${String(given)}`);
  }
  const out: Record<string, number> = {};
  for (const [name, option] of Object.entries(options)) if (option.default !== undefined) out[name] = option.default;
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    if (!(name in options))
      throw new Error(`${label}: unknown option "${name}" (known options: ${Object.keys(options).join(", ")})`);
    if (value === undefined) continue;
    const problem = options[name].check(value);
    if (problem) throw new Error(`${label}: option "${name}" ${problem}, got ${String(value)}`);
    out[name] = value as number;
  }
  return out;
}

/**
 * The shared base: counts steps, asks the rule for the next lr, writes it into the optimizer.
 *
 * @example
 * const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.1 });
 * const sched: LRScheduler = new CosineAnnealingLR(opt, { tMax: 10 });
 * sched.lastEpoch; // 0
 */
export abstract class LRScheduler {
  /** The optimizer whose `lr` this schedule sets. */
  readonly optimizer: Optimizer;
  /** η₀: the optimizer's lr when the schedule was created. */
  readonly baseLr: number;
  /** t: how many times `step()` has run since creation (0 right after it). */
  lastEpoch = -1;
  /** The lr the last step set (torch's `get_last_lr()[0]`). */
  lastLr: number;

  /**
   * Checks the optimizer and the options against the schedule's table of options, sets each
   * option as a field of the same name (a subclass declares them: `declare readonly gamma: number`),
   * then takes the first step (t = 0), as torch does.
   */
  protected constructor(
    optimizer: Optimizer,
    label: string,
    given: object | undefined,
    options: Record<string, ScheduleOption>,
  ) {
    if (
      !optimizer ||
      typeof (optimizer as { step?: unknown }).step !== "function" ||
      typeof optimizer.lr !== "number"
    ) {
      throw new Error("a learning-rate schedule needs an optimizer (for example new SGD(params, { lr: 0.1 }))");
    }
    this.optimizer = optimizer;
    this.baseLr = optimizer.lr;
    this.lastLr = optimizer.lr;
    Object.assign(this, scheduleOptions(label, given, options));
    this.step();
  }

  /**
   * Advances t by one and sets the optimizer's lr to the schedule's value. Call it once per
   * epoch (or per step, as you choose), after `optimizer.step()`.
   *
   * @example
   * const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 1 });
   * const sched = new StepLR(opt, { stepSize: 1, gamma: 0.5 });
   * sched.step();
   * opt.lr; // 0.5
   */
  step(): void {
    this.lastEpoch += 1;
    this.optimizer.lr = this.nextLr(this.optimizer.lr);
    this.lastLr = this.optimizer.lr;
  }

  /** The rule: η_t from the current lr η_{t−1} (and t = this.lastEpoch, already advanced). */
  protected abstract nextLr(current: number): number;
}
