/**
 * The settings a reader can change on a training widget, and their ranges. A chapter picks
 * which of them its widget shows (`controls={["weightDecay"]}`); every preset knows how to
 * turn the values into a spec. The same table is the URL schema, so a shared link restores
 * exactly these values (and a bad value in a link falls back to the default, with a message).
 */
import { OPTIMIZER_NAMES, type OptimizerName } from "kobai";

/** Every control a training widget can show. */
export type ControlId = "seed" | "lr" | "optimizer" | "weightDecay" | "dropout" | "weightScale" | "trials";

/** The values of the controls (each preset uses the ones it needs). */
export interface PresetSettings {
  seed: number;
  lr: number;
  optimizer: OptimizerName;
  weightDecay: number;
  dropout: number;
  weightScale: number;
  trials: number;
}

/** The book's 16 weight scales of 図6-19: np.logspace(0, −4, num=16). */
export const BOOK_WEIGHT_SCALES: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** ((-4 * i) / 15));

/** How each control is drawn and checked. */
export type ControlDef =
  | { id: ControlId; kind: "slider"; min: number; max: number; step: number; log?: boolean; integer?: boolean }
  | { id: ControlId; kind: "select"; options: readonly string[] };

export const CONTROL_DEFS: Record<ControlId, ControlDef> = {
  seed: { id: "seed", kind: "slider", min: 0, max: 9999, step: 1, integer: true },
  lr: { id: "lr", kind: "slider", min: 1e-4, max: 1, step: 0.05, log: true },
  // kobai's registry, less AdamW: the training widgets offer the book's six rules (6.1).
  optimizer: { id: "optimizer", kind: "select", options: OPTIMIZER_NAMES.filter((name) => name !== "AdamW") },
  weightDecay: { id: "weightDecay", kind: "slider", min: 0, max: 0.3, step: 0.01 },
  dropout: { id: "dropout", kind: "slider", min: 0, max: 0.5, step: 0.05 },
  weightScale: { id: "weightScale", kind: "select", options: BOOK_WEIGHT_SCALES.map((w) => formatScale(w)) },
  trials: { id: "trials", kind: "slider", min: 1, max: 100, step: 1, integer: true },
};

/** A weight scale as the book's subplot titles print it, to 3 significant digits: "0.0398". */
export function formatScale(w: number): string {
  return String(Number(w.toPrecision(3)));
}

/**
 * Clamps and snaps a value to its control's range (for values from links or chapters).
 *
 * @example
 * clampSetting("dropout", 0.9); // 0.5
 */
export function clampSetting(id: ControlId, value: number): number {
  const def = CONTROL_DEFS[id];
  if (def.kind !== "slider" || !Number.isFinite(value)) return value;
  const v = Math.min(def.max, Math.max(def.min, value));
  return def.integer ? Math.round(v) : v;
}
