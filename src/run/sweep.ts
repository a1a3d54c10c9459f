/**
 * A sweep: the same preset trained once per value of one setting, e.g. the book's 16
 * initial weight scales of batch_norm_test.py (図6-18/図6-19). Each value is its own job
 * (its runs in lockstep on shared batches, as the preset says); the jobs are independent,
 * so they can run one after another in one worker or side by side in a pool.
 *
 *   sweepSpecs("batch-norm", "book", "weightScale", BOOK_WEIGHT_SCALES)
 *     → 16 specs, each "bn" and "no-bn" on the same batches, same seed
 *
 * Every job gets the same seed: the batches, and the initial weights' random draws, are
 * the same at every value, so panels differ only in the swept setting (as the book's
 * script differs only in weight_init_std, though NumPy's draws there are not repeated).
 */
import { presetSpec, type PresetId, type Scale } from "./presets";
import type { PresetSettings } from "./settings";
import type { TrainingSpec } from "./spec";

/** One job of a sweep. */
export interface SweepJob {
  value: number;
  spec: TrainingSpec;
}

/** The numeric settings a sweep can vary. */
export type SweepKey = "lr" | "weightDecay" | "dropout" | "weightScale";

/**
 * One spec per value of `key`, from a preset at a scale (other settings from `settings`).
 *
 * @example
 * const jobs = sweepSpecs("batch-norm", "lesson", "weightScale", [1, 0.01, 1e-4], { seed: 3 });
 * jobs.map((j) => j.spec.model[0]); // { linear: 100, init: { std: 1 } }, …
 */
export function sweepSpecs(
  id: PresetId,
  scale: Scale,
  key: SweepKey,
  values: readonly number[],
  settings: Partial<PresetSettings> = {},
): SweepJob[] {
  if (!Array.isArray(values) || values.length === 0)
    throw new Error(`sweepSpecs: values must be a non-empty list of numbers, got ${JSON.stringify(values)}`);
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new Error(`sweepSpecs: values[${i}] must be a finite number, got ${String(v)}`);
  });
  return values.map((value) => ({ value, spec: presetSpec(id, scale, { ...settings, [key]: value }) }));
}
