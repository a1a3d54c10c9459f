/** The explorer's readout line, from the core (used at build time and live). */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { readAt, type ActivationId } from "./model";

/** Five significant digits (0.99995 must not read as 1), exponent form below 0.001. */
export function readoutNumber(v: number): string {
  if (v !== 0 && Number.isFinite(v) && Math.abs(v) < 1e-3) return v.toExponential(1).replace("-", "−");
  return Number.isFinite(v) ? String(Number(v.toPrecision(5))).replace("-", "−") : formatNumber(v);
}

/**
 * "At x = 1: sigmoid(x) = 0.73106, slope sigmoid′(x) = 0.19661." (or the step's explanation).
 *
 * @example
 * readoutText("relu", 0); // "At x = 0: ReLU(x) = 0, slope ReLU′(x) = 0."
 */
export function readoutText(id: ActivationId, x: number): string {
  const r = readAt(id, x);
  if (r.dy === undefined) return t("act.readout.step", { x: formatNumber(x), y: readoutNumber(r.y) });
  return t("act.readout", {
    name: t(`act.fn.${id}`),
    x: formatNumber(x),
    y: readoutNumber(r.y),
    dy: readoutNumber(r.dy),
  });
}
