/**
 * The softmax panel's table and status line, built the same way at build time and live.
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { h } from "../../../src/widgets/dom";
import type { SoftmaxPanel } from "./model";

/** The book's example logits (3.5.1) and its overflow example (3.5.2). */
export const BOOK_LOGITS = [0.3, 2.9, 4.0] as const;
export const LARGE_LOGITS = [1010, 1000, 990] as const;

/** A probability with four significant digits (enough to see both columns agree). */
const prob = (p: number) =>
  Number.isFinite(p)
    ? p === 0 || (p >= 1e-3 && p < 1e5)
      ? String(Number(p.toPrecision(4)))
      : p.toExponential(3).replace("-", "−")
    : formatNumber(p);

/** Naive next to stable, one row per logit. */
export function softmaxTableElement(
  doc: Document,
  logits: readonly number[],
  panel: SoftmaxPanel,
  shift: number,
): HTMLTableElement {
  const th = (s: string) => h(doc, "th", { scope: "col" }, s);
  const table = h(
    doc,
    "table",
    { class: "sm-table", "data-softmax-table": "" },
    h(doc, "caption", {}, t("sm.table.caption")),
    h(
      doc,
      "thead",
      {},
      h(
        doc,
        "tr",
        {},
        th(t("sm.table.k")),
        th(t("sm.table.logit")),
        th(t("sm.table.exp")),
        th(t("sm.table.naive")),
        th(t("sm.table.stable")),
      ),
    ),
  );
  const body = h(doc, "tbody");
  logits.forEach((a, k) => {
    const bad = !Number.isFinite(panel.naive[k]);
    body.append(
      h(
        doc,
        "tr",
        {},
        h(doc, "td", {}, String(k + 1)),
        h(doc, "td", {}, formatNumber(a + shift)),
        h(
          doc,
          "td",
          { class: Number.isFinite(panel.exps[k]) && panel.exps[k] > 0 ? "" : "sm-bad" },
          prob(panel.exps[k]),
        ),
        h(doc, "td", { class: bad ? "sm-bad" : "", "data-naive": "" }, prob(panel.naive[k])),
        h(doc, "td", { "data-stable": "" }, prob(panel.stable[k])),
      ),
    );
  });
  table.append(body);
  return table;
}

/** What the status line says about the naive computation. */
export function softmaxStatusText(panel: SoftmaxPanel): string {
  if (panel.status === "overflow") return t("sm.status.overflow");
  if (panel.status === "underflow") return t("sm.status.underflow");
  return t("sm.status.ok", { sum: formatNumber(Number(panel.stable.reduce((s, p) => s + p, 0).toFixed(12))) });
}
