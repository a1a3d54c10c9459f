/**
 * The softmax-stability panel's table and message for a row of logits and the right
 * class, live and at build time.
 */
import { t } from "../../../src/i18n";
import type { StabilityReport } from "./softmax-stability";

export const SOFTMAX_PRESETS = {
  book: { logits: [1010, 1000, 990], target: 0 },
  pm: { logits: [1000, -1000, 0], target: 1 },
  small: { logits: [0.3, 2.9, 4.0], target: 2 },
} as const;
export type SoftmaxPreset = keyof typeof SOFTMAX_PRESETS;

/** A value for the table: 5 significant digits; NaN and ∞ flagged so they stand out. */
export function cell(v: number): string {
  if (Number.isNaN(v)) return `<span class="lf-bad">NaN</span>`;
  if (!Number.isFinite(v)) return `<span class="lf-bad">${v > 0 ? "∞" : "−∞"}</span>`;
  if (v !== 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6)) return v.toExponential(3).replace("-", "−");
  return String(Number(v.toPrecision(5))).replace("-", "−");
}

/** The table: one row per way of computing, one column per class (the loss in the last column). */
export function softmaxTableHtml(r: StabilityReport): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const k = r.logits.length;
  const vectorRow = (key: Parameters<typeof t>[0], values: number[]) =>
    `<tr><th scope="row">${esc(t(key))}</th>${values.map((v) => `<td>${cell(v)}</td>`).join("")}<td></td></tr>`;
  const lossRow = (key: Parameters<typeof t>[0], value: number) =>
    `<tr><th scope="row">${esc(t(key))}</th>${"<td></td>".repeat(k)}<td>${cell(value)}</td></tr>`;
  const head = `<tr><th scope="col">${esc(t("lf.soft.col.what"))}</th>${r.logits.map((a, i) => `<th scope="col">${esc(t("lf.soft.class", { k: i }))}${i === r.target ? " ✓" : ""}<br>a = ${cell(a)}</th>`).join("")}<th scope="col">${esc(t("chart.axis.loss"))}</th></tr>`;
  return `<table class="lf-table"><caption>${esc(t("lf.soft.caption", { logits: `[${r.logits.join(", ")}]`, target: r.target }))}</caption><thead>${head}</thead><tbody>${[
    vectorRow("lf.soft.row.naiveExp", r.naiveExp),
    vectorRow("lf.soft.row.naive", r.naive),
    lossRow("lf.soft.row.naiveLoss", r.naiveLoss),
    vectorRow("lf.soft.row.shiftedExp", r.shiftedExp),
    vectorRow("lf.soft.row.stable", r.stable),
    lossRow("lf.soft.row.bookLoss", r.bookLoss),
    lossRow("lf.soft.row.loss", r.loss),
  ].join("")}</tbody></table>`;
}

/** What went wrong (or not) in words. */
export function softmaxMessage(r: StabilityReport): { text: string; tone: "info" | "error" } {
  const bad = [...r.naive, r.naiveLoss].filter((v) => !Number.isFinite(v));
  if (bad.length === 0) return { text: t("lf.soft.fine"), tone: "info" };
  const names = [...new Set(bad.map((v) => (Number.isNaN(v) ? "NaN" : "∞")))].join(" / ");
  let text = t("lf.soft.broken", { bad: names });
  if (r.bookLoss > 16) text += " " + t("lf.soft.capped", { exact: cell(r.loss) });
  return { text, tone: "error" };
}
