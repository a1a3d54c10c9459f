/**
 * What the gradient-descent widget draws at step k, as functions of the computed result
 * and a document (the browser's, or linkedom's at build time), so the static picture and
 * the live one are the same code: the contour of L(w, b) with the path, the −∇L arrow and
 * the contour's tangent at the current point, the data with the current fit, and the
 * backprop-vs-numerical gradient table.
 */
import * as Plot from "@observablehq/plot";
import { t } from "../../../src/i18n";
import { contourWithPath, formatNumber, seriesColor, type ChartResult } from "../../../src/plot";
import { Neuron } from "./fit-model";
import { gradientGlyph } from "./descent";
import { datasetLabel, fitViewFor, type DescentResult } from "./descent-model";
import { fitChart } from "../loss-functions/fit-chart";

const GLYPH_CLASS = "gd-glyph";

/** How the two charts of one step of the run (the landscape and the fit) are drawn. */
interface StepChartOptions {
  document?: Document;
  width?: number;
}

/** Step k of the run, or its last step when k is past the end. */
const shownStep = (result: DescentResult, k: number) => Math.min(k, result.run.points.length - 1);

/** The contour with the path up to step k. */
export function drawLandscape(result: DescentResult, k: number, options: StepChartOptions): ChartResult {
  const { run, view, settings } = result;
  const shown = shownStep(result, k);
  const p = run.points[shown];
  const g = run.gradients[shown];
  const glyph = gradientGlyph(p, g, 0.14 * (view.x[1] - view.x[0]));
  const marks: Plot.Markish[] = [];
  if (glyph) {
    marks.push(
      Plot.line(glyph.tangent, {
        stroke: "currentColor",
        strokeWidth: 2,
        strokeDasharray: "4 3",
        className: GLYPH_CLASS,
        clip: true,
      }),
    );
    marks.push(
      Plot.arrow([glyph.arrow], {
        x1: (d) => d[0][0],
        y1: (d) => d[0][1],
        x2: (d) => d[1][0],
        y2: (d) => d[1][1],
        stroke: "currentColor",
        strokeWidth: 2.5,
        headLength: 9,
        className: GLYPH_CLASS,
        clip: true,
      }),
    );
  }
  marks.push(
    Plot.dot([p], { x: (d) => d[0], y: (d) => d[1], r: 5, fill: "currentColor", className: GLYPH_CLASS, clip: true }),
  );
  const phi = t(`gd.activation.${settings.activation}`);
  const chart = contourWithPath({
    document: options.document,
    width: options.width,
    f: result.surface,
    fnLabel: t("gd.fnLabel", { phi }),
    x: view.x,
    y: view.y,
    xLabel: "w",
    yLabel: "b",
    levels: 14,
    paths: [{ name: t("gd.path", { lr: formatNumber(settings.lr) }), points: run.points.slice(0, shown + 1) }],
    marks,
    title: t("gd.region"),
    caption: t("gd.lead", { data: datasetLabel(settings.dataset), k: shown }),
  });
  for (const el of Array.from(chart.svg.querySelectorAll(`.${GLYPH_CLASS}`)))
    el.setAttribute("style", `color: ${seriesColor(2)}`);
  return chart;
}

/** The data and the curve y = φ(w·x + b) at step k. */
export function drawFit(result: DescentResult, k: number, options: StepChartOptions): ChartResult {
  const { run, data, settings } = result;
  const shown = shownStep(result, k);
  const [w, b] = run.points[shown];
  const neuron = new Neuron(settings.activation, [w, b]);
  const points = Array.from(data.x.data, (x, i) => ({ x, t: data.t.data[i] }));
  const view = fitViewFor(settings.dataset);
  return fitChart({
    document: options.document,
    width: options.width,
    height: Math.round(Math.min(260, Math.max(180, (options.width ?? 320) * 0.6))),
    equalAspect: false,
    points,
    curve: (x) => (settings.activation === "sigmoid" ? 1 / (1 + Math.exp(-(w * x + b))) : w * x + b),
    curveName: t("gd.fit.curve", { w: formatNumber(w), b: formatNumber(b) }),
    pointsName: t("gd.fit.points"),
    x: view.x,
    y: view.y,
    residuals: "segments",
    title: t("gd.fit.title"),
    captionParts: [t("gd.fit.caption", { n: points.length, k: shown, loss: formatNumber(neuron.loss(data)) })],
  });
}

export interface GradientRow {
  label: string;
  dw: number;
  db: number;
}

/** Backprop and central-difference gradients at step k, and their difference. */
export function gradientRows(result: DescentResult, k: number): { title: string; rows: GradientRow[] } {
  const { run, data, settings } = result;
  const shown = shownStep(result, k);
  const [w, b] = run.points[shown];
  const backprop = run.gradients[shown];
  const numerical = new Neuron(settings.activation, [w, b]).numericalGradient(data);
  return {
    title: t("gd.grad.title", {
      k: shown,
      w: formatNumber(w),
      b: formatNumber(b),
      loss: formatNumber(run.losses[shown]),
    }),
    rows: [
      { label: t("gd.grad.backprop"), dw: backprop[0], db: backprop[1] },
      { label: t("gd.grad.numerical"), dw: numerical[0], db: numerical[1] },
      { label: t("gd.grad.diff"), dw: Math.abs(backprop[0] - numerical[0]), db: Math.abs(backprop[1] - numerical[1]) },
    ],
  };
}

/** A number for the gradient table: 6 significant digits, exponent form when tiny or huge. */
export function formatGradient(v: number): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) return v.toExponential(2).replace("-", "−");
  return Number(v.toPrecision(6)).toString().replace("-", "−");
}

/** The gradient table as HTML (headers from i18n; numbers only, so no escaping trouble). */
export function gradientTableHtml(result: DescentResult, k: number): string {
  const { title, rows } = gradientRows(result, k);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th><td>${formatGradient(r.dw)}</td><td>${formatGradient(r.db)}</td></tr>`,
    )
    .join("");
  return `<table class="gd-grad"><caption>${esc(title)}</caption><thead><tr><th scope="col">${esc(t("gd.grad.col.what"))}</th><th scope="col">${esc(t("gd.grad.col.dw"))}</th><th scope="col">${esc(t("gd.grad.col.db"))}</th></tr></thead><tbody>${body}</tbody></table>`;
}
