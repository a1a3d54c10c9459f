/** The explorer's readout line, from the core (used at build time and live). */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { readAt, type ActivationId } from "./model";

/**
 * "At x = 1: sigmoid(x) = 0.73, slope sigmoid′(x) = 0.20." (or the step's explanation).
 *
 * @example
 * readoutText("relu", 0); // "At x = 0: ReLU(x) = 0, slope ReLU′(x) = 0."
 */
export function readoutText(id: ActivationId, x: number): string {
  const r = readAt(id, x);
  if (r.dy === undefined) return t("act.readout.step", { x: formatNumber(x), y: formatNumber(r.y) });
  return t("act.readout", { name: t(`act.fn.${id}`), x: formatNumber(x), y: formatNumber(r.y), dy: formatNumber(r.dy) });
}
