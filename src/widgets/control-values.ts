/**
 * The numbers behind the widget controls (controls.ts), with no DOM so they are tested
 * alone: a slider's position for a value (log10 on a log slider, for learning rates), the
 * value at a position snapped to the step, how a control shows a number, and what a typed
 * number means (with the reader's message when it is not one, or out of range).
 */
import { t } from "../i18n";

export interface ScaleSpec {
  min: number;
  max: number;
  /** Step in value units (linear) or in log10 units (log). */
  step: number;
  log?: boolean;
}

/** The range input's position for a value: the value itself, or log10(value) on a log slider. */
export function valueToPosition(value: number, spec: ScaleSpec): number {
  const v = Math.min(spec.max, Math.max(spec.min, value));
  return spec.log ? Math.log10(v) : v;
}

/**
 * The value at a range input position, snapped to the step so a log slider reads 0.01,
 * not 0.0099999.
 */
export function positionToValue(position: number, spec: ScaleSpec): number {
  if (spec.log) {
    const v = 10 ** position;
    return Number(Math.min(spec.max, Math.max(spec.min, v)).toPrecision(3));
  }
  const snapped = spec.min + Math.round((position - spec.min) / spec.step) * spec.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 1);
  return Number(Math.min(spec.max, Math.max(spec.min, snapped)).toFixed(decimals));
}

/** How a control shows a number: up to 4 significant digits, exponent form when tiny. */
export function formatControlValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) return v.toExponential(1).replace("-", "−");
  return String(Number(v.toPrecision(4))).replace("-", "−");
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Parses a typed number and checks its range, with a message for the reader. */
export function parseNumberInput(
  raw: string,
  range: { min?: number; max?: number; integer?: boolean } = {},
): ParsedNumber {
  const trimmed = raw.trim().replace("−", "-");
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!Number.isFinite(value) || (range.integer && !Number.isInteger(value)))
    return { ok: false, message: t("widget.input.notNumber") };
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    return {
      ok: false,
      message: t("widget.input.outOfRange", {
        min: formatControlValue(range.min ?? -Infinity),
        max: formatControlValue(range.max ?? Infinity),
      }),
    };
  }
  return { ok: true, value };
}
