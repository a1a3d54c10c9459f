/**
 * The perceptron chapter's tables as DOM, built the same way at build time (linkedom's
 * document) and in the browser: the truth table a perceptron produces, and the two-layer
 * network's table (2.5.2).
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { h } from "../../../src/widgets/dom";
import type { Gate, TruthRow } from "./model";
import type { XorRow } from "./two-layer";

const gateName = (gate: Gate) => t(`pc.gate.${gate}`);

/** The truth-table `<table>` with a caption, one row per input. */
export function truthTableElement(doc: Document, rows: readonly TruthRow[]): HTMLTableElement {
  const th = (text: string) => h(doc, "th", { scope: "col" }, text);
  const table = h(
    doc,
    "table",
    { class: "pc-table", "data-truth-table": "" },
    h(doc, "caption", {}, t("pc.table.caption")),
    h(
      doc,
      "thead",
      {},
      h(
        doc,
        "tr",
        {},
        th("x₁"),
        th("x₂"),
        th(t("pc.table.sum")),
        th(t("pc.table.output")),
        th(t("pc.table.target")),
        th(t("pc.table.check")),
      ),
    ),
  );
  const body = h(doc, "tbody");
  for (const r of rows) {
    const mark = h(
      doc,
      "td",
      { class: r.correct ? "pc-right" : "pc-wrong", "data-correct": String(r.correct) },
      h(doc, "span", { "aria-hidden": "true" }, r.correct ? t("pc.table.right") : t("pc.table.wrong")),
      h(doc, "span", { class: "visually-hidden" }, r.correct ? t("pc.table.rightLabel") : t("pc.table.wrongLabel")),
    );
    body.append(
      h(
        doc,
        "tr",
        {},
        h(doc, "td", {}, String(r.x[0])),
        h(doc, "td", {}, String(r.x[1])),
        h(doc, "td", { class: "pc-num" }, formatNumber(r.sum)),
        h(doc, "td", {}, String(r.output)),
        h(doc, "td", {}, String(r.target)),
        mark,
      ),
    );
  }
  table.append(body);
  return table;
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
  const th = (text: string) => h(doc, "th", { scope: "col" }, text);
  const table = h(
    doc,
    "table",
    { class: "pc-table", "data-xor-table": "" },
    h(doc, "caption", {}, t("pc.xor.table")),
    h(
      doc,
      "thead",
      {},
      h(
        doc,
        "tr",
        {},
        th("x₁"),
        th("x₂"),
        th("s₁ = NAND"),
        th("s₂ = OR"),
        th("y = AND(s₁, s₂)"),
        th(t("pc.table.target")),
      ),
    ),
  );
  const body = h(doc, "tbody");
  for (const r of rows) {
    body.append(
      h(doc, "tr", {}, ...[r.x[0], r.x[1], r.s[0], r.s[1], r.y, r.target].map((v) => h(doc, "td", {}, String(v)))),
    );
  }
  table.append(body);
  return table;
}
