/**
 * What the loss-curves panel draws at the reader's p, live and at build time: the two
 * losses against p, their slopes (with respect to p, or to the logit z), a marker at p,
 * and a table of the values there.
 */
import * as Plot from "@observablehq/plot";
import { t } from "../../../src/i18n";
import { formatNumber, lineChart, type ChartResult } from "../../../src/plot";
import { lossCurvesOverP, lossesAt, type LossesAtP } from "./loss-curves";

export type SlopeView = "p" | "z";

let curves: LossesAtP[] | undefined;
const allCurves = () => (curves ??= lossCurvesOverP());

function marker(x: number, ys: number[]): Plot.Markish[] {
  return [
    Plot.ruleX([x], { stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "3 3" }),
    Plot.dot(
      ys.map((y) => ({ x, y })),
      { x: "x", y: "y", r: 5, stroke: "currentColor", fill: "var(--surface, white)", strokeWidth: 2, clip: true },
    ),
  ];
}

/** CE and SE against p, with the reader's p marked. */
export function drawLossChart(p: number, options: { document?: Document; width?: number }): ChartResult {
  const c = allCurves();
  const at = lossesAt(p);
  return lineChart({
    document: options.document,
    width: options.width,
    height: 240,
    xLabel: "p",
    yLabel: t("chart.axis.loss"),
    yDomain: [0, 5],
    xDomain: [0, 1],
    series: [
      { name: t("lf.curves.ce"), x: c.map((v) => v.p), y: c.map((v) => v.ce) },
      { name: t("lf.curves.se"), x: c.map((v) => v.p), y: c.map((v) => v.se) },
    ],
    marks: marker(p, [Math.min(at.ce, 5), at.se]),
    title: t("lf.curves.lossTitle"),
    caption: t("lf.curves.lead"),
  });
}

/** The slopes against p, with respect to p or to the logit z. */
export function drawSlopeChart(
  p: number,
  view: SlopeView,
  options: { document?: Document; width?: number },
): ChartResult {
  const c = allCurves();
  const at = lossesAt(p);
  const ce = view === "p" ? (v: LossesAtP) => v.dCEdp : (v: LossesAtP) => v.dCEdz;
  const se = view === "p" ? (v: LossesAtP) => v.dSEdp : (v: LossesAtP) => v.dSEdz;
  const floor = view === "p" ? -10 : -1.05;
  return lineChart({
    document: options.document,
    width: options.width,
    height: 240,
    xLabel: "p",
    xDomain: [0, 1],
    yDomain: [floor, view === "p" ? 0.5 : 0.05],
    series: [
      {
        name: t(view === "p" ? "lf.curves.dce.p" : "lf.curves.dce.z"),
        x: c.map((v) => v.p),
        y: c.map((v) => Math.max(ce(v), floor)),
      },
      { name: t(view === "p" ? "lf.curves.dse.p" : "lf.curves.dse.z"), x: c.map((v) => v.p), y: c.map(se) },
    ],
    marks: marker(p, [Math.max(ce(at), floor), se(at)]),
    title: t("lf.curves.slopeTitle"),
    caption: t(view === "p" ? "lf.curves.slopeLead.p" : "lf.curves.slopeLead.z"),
  });
}

/** Four significant digits with a real minus sign (exponent form below 10⁻³), for readouts. */
export function sig4(v: number): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  const s = v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
  return s.replace("-", "−");
}

/** The values at p as an HTML table. */
export function curvesTableHtml(p: number): string {
  const v = lossesAt(p);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const f = sig4;
  const rows: [string, number, number][] = [
    [t("lf.curves.row.loss"), v.ce, v.se],
    [t("lf.curves.row.dp"), v.dCEdp, v.dSEdp],
    [t("lf.curves.row.dz"), v.dCEdz, v.dSEdz],
  ];
  return `<table class="lf-table"><caption>${esc(t("lf.curves.table"))} (p = ${f(p)})</caption><thead><tr><th scope="col">${esc(t("lf.curves.col.quantity"))}</th><th scope="col">${esc(t("lf.curves.col.ce"))}</th><th scope="col">${esc(t("lf.curves.col.se"))}</th></tr></thead><tbody>${rows
    .map(([label, a, b]) => `<tr><th scope="row">${esc(label)}</th><td>${f(a)}</td><td>${f(b)}</td></tr>`)
    .join("")}</tbody></table>`;
}

/** The status sentence: how much harder cross-entropy pushes the logit than squared error. */
export function curvesStatus(p: number): string {
  const v = lossesAt(p);
  if (v.dSEdz === 0) return t("lf.curves.statusRight");
  return t("lf.curves.status", { p: sig4(p), ratio: sig4(Number((v.dCEdz / v.dSEdz).toPrecision(3))) });
}
