/**
 * The perceptron chapter's tables as DOM, built the same way at build time (linkedom's
 * document) and in the browser: the truth table a perceptron produces, and the two-layer
 * network's table (2.5.2).
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { h, table, type TableCell } from "../../../src/widgets/dom";
import type { Gate, TruthRow } from "./model";
import type { XorRow } from "./two-layer";

const gateName = (gate: Gate) => t(`pc.gate.${gate}`);

/** The truth-table `<table>` with a caption, one row per input. */
export function truthTableElement(doc: Document, rows: readonly TruthRow[]): HTMLTableElement {
  return table(doc, {
    caption: t("pc.table.caption"),
    attrs: { class: "pc-table", "data-truth-table": "" },
    columns: ["x₁", "x₂", t("pc.table.sum"), t("pc.table.output"), t("pc.table.target"), t("pc.table.check")],
    rows: rows.map((r): TableCell[] => [
      String(r.x[0]),
      String(r.x[1]),
      { content: [formatNumber(r.sum)], attrs: { class: "pc-num" } },
      String(r.output),
      String(r.target),
      {
        content: [
          h(doc, "span", { "aria-hidden": "true" }, r.correct ? t("pc.table.right") : t("pc.table.wrong")),
          h(doc, "span", { class: "visually-hidden" }, r.correct ? t("pc.table.rightLabel") : t("pc.table.wrongLabel")),
        ],
        attrs: { class: r.correct ? "pc-right" : "pc-wrong", "data-correct": String(r.correct) },
      },
    ]),
  });
}

/** "All four rows are right …" or "2 of 4 rows are wrong …". */
export function verdictText(rows: readonly TruthRow[], gate: Gate): string {
  const wrong = rows.filter((r) => !r.correct).length;
  return wrong === 0
    ? t("pc.verdict.all", { gate: gateName(gate) })
    : t("pc.verdict.some", { wrong, gate: gateName(gate) });
}

/** The two-layer network's table: x₁, x₂, s₁ (NAND), s₂ (OR), y (AND) and XOR's target. */
export function xorTableElement(doc: Document, rows: readonly XorRow[]): HTMLTableElement {
  return table(doc, {
    caption: t("pc.xor.table"),
    attrs: { class: "pc-table", "data-xor-table": "" },
    columns: ["x₁", "x₂", "s₁ = NAND", "s₂ = OR", "y = AND(s₁, s₂)", t("pc.table.target")],
    rows: rows.map((r) => [r.x[0], r.x[1], r.s[0], r.s[1], r.y, r.target].map(String)),
  });
}
