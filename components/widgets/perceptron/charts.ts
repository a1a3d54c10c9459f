/**
 * The perceptron chapter's charts, drawn the same way at build time and live: the
 * playground's decision line with its two drag handles, and the two-layer XOR network
 * in the input plane and in the hidden plane (s₁, s₂).
 */
import * as Plot from "@observablehq/plot";
import { t } from "../../../src/i18n";
import { decisionRegions, type ChartResult } from "../../../src/plot";
import { VIEW, gateData, handlesOf, predictGrid, type Gate, type Weights } from "./model";
import { BOOK_WEIGHTS } from "./model";
import { xorPredict, xorTable } from "./two-layer";

const classNames = () => [t("pc.class.0"), t("pc.class.1")];

/** The playground's chart: regions of the perceptron, the gate's four inputs, its line and handles. */
export function playgroundChart(options: {
  weights: Weights;
  gate: Gate;
  width: number;
  document?: Document;
}): ChartResult {
  const { weights: w, gate } = options;
  const data = gateData(gate);
  const handles = handlesOf(w) ?? [];
  const chart = decisionRegions({
    document: options.document,
    width: options.width,
    x: VIEW.x,
    y: VIEW.y,
    predict: predictGrid(w),
    points: data.x.toArray() as [number, number][],
    labels: data.y,
    classNames: classNames(),
    lines: [{ w: [w.w1, w.w2], b: w.b }],
    marks: [
      Plot.dot(handles, {
        x: "0",
        y: "1",
        r: 7,
        fill: "var(--surface, white)",
        stroke: "currentColor",
        strokeWidth: 2,
        className: "pc-handle",
      }),
    ],
    title: t("pc.chart.title", { gate: t(`pc.gate.${gate}`) }),
    caption: t("pc.chart.lead"),
  });
  chart.svg.setAttribute("data-perceptron-chart", "");
  return chart;
}

/** XOR in the input plane: the network's regions and the NAND and OR lines (図2-13's first layer). */
export function xorInputChart(options: { width: number; document?: Document }): ChartResult {
  const data = gateData("xor");
  return decisionRegions({
    document: options.document,
    width: options.width,
    x: VIEW.x,
    y: VIEW.y,
    predict: xorPredict,
    points: data.x.toArray() as [number, number][],
    labels: data.y,
    classNames: classNames(),
    lines: [
      { name: "NAND", w: [BOOK_WEIGHTS.nand.w1, BOOK_WEIGHTS.nand.w2], b: BOOK_WEIGHTS.nand.b },
      { name: "OR", w: [BOOK_WEIGHTS.or.w1, BOOK_WEIGHTS.or.w2], b: BOOK_WEIGHTS.or.b },
    ],
    title: t("pc.xor.inputTitle"),
    caption: t("pc.xor.inputLead"),
  });
}

/** The four inputs at their hidden outputs (s₁, s₂), with AND's line: now separable. */
export function xorHiddenChart(options: { width: number; document?: Document }): ChartResult {
  const rows = xorTable();
  const and = BOOK_WEIGHTS.and;
  return decisionRegions({
    document: options.document,
    width: options.width,
    x: VIEW.x,
    y: VIEW.y,
    xLabel: "s₁",
    yLabel: "s₂",
    predict: predictGrid(and),
    points: rows.map((r) => r.s),
    labels: rows.map((r) => r.target),
    classNames: classNames(),
    lines: [{ name: "AND", w: [and.w1, and.w2], b: and.b }],
    title: t("pc.xor.hiddenTitle"),
    caption: t("pc.xor.hiddenLead"),
  });
}
