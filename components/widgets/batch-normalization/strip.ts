/**
 * The panel's chart: each unit's values in the batch as a strip of dots, before (a) and
 * after batch norm (y), on one shared x axis so the reader sees the spreads collapse to γ
 * and the centres move to β. A tick marks each unit's mean. Built on Observable Plot with
 * the shared look of src/plot (theme, figure, caption as the text alternative).
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartResult } from "../../../src/plot/figure";
import { baseOptions, paint, seriesClass } from "../../../src/plot/theme";
import { extent } from "../../../src/plot/series";
import { formatNumber } from "../../../src/plot/text";
import { t } from "../../../src/i18n";
import type { PanelResult } from "./panel";

export interface StripOptions {
  result: PanelResult;
  gamma: number;
  beta: number;
  mode: "training" | "eval";
  width?: number;
  document?: Document;
}

interface Dot {
  unit: string;
  stage: string;
  value: number;
}

/**
 * @example
 * bnStripChart({ result: bnPanel({ batch: 16 }), gamma: 1, beta: 0, mode: "training" });
 */
export function bnStripChart(options: StripOptions): ChartResult {
  const doc = resolveDocument(options.document);
  const { result, gamma, beta, mode } = options;
  const width = options.width ?? 640;
  const before = t("bn.chart.before"),
    after = t("bn.chart.after");
  const unitName = (j: number) => t("bn.chart.unit", { unit: j + 1 });
  const dots: Dot[] = [];
  const means: Dot[] = [];
  const add = (tensor: PanelResult["before"] | null, stage: string) => {
    if (!tensor) return;
    for (let j = 0; j < tensor.cols; j++) {
      let s = 0;
      for (let i = 0; i < tensor.rows; i++) {
        const v = tensor.get(i, j);
        s += v;
        dots.push({ unit: unitName(j), stage, value: v });
      }
      means.push({ unit: unitName(j), stage, value: s / tensor.rows });
    }
  };
  add(result.before, before);
  add(result.after, after);
  const e = extent(dots.map((d) => d.value).filter(Number.isFinite)) ?? [-1, 1];
  const pad = Math.max(0.5, 0.05 * (e[1] - e[0]));
  const units = result.units.map((u) => unitName(u.unit - 1));
  const svg = Plot.plot({
    ...baseOptions(width, 350, doc),
    marginLeft: 60,
    marginTop: 24,
    x: { domain: [e[0] - pad, e[1] + pad], label: null, grid: true },
    y: { domain: units, label: null, padding: 0.3 },
    fy: { domain: [before, after], axis: null, padding: 0.2 },
    marks: [
      Plot.frame({ strokeOpacity: 0.15 }),
      Plot.ruleX([0], { strokeOpacity: 0.3 }),
      Plot.dot(dots, {
        x: "value",
        y: "unit",
        fy: "stage",
        r: 3,
        fill: "currentColor",
        fillOpacity: 0.55,
        stroke: "none",
        className: seriesClass(0),
      }),
      Plot.text([before, after], {
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: "top-left",
        dy: -14,
        fontWeight: "bold",
      }),
      Plot.tickX(means, {
        x: "value",
        y: "unit",
        fy: "stage",
        strokeWidth: 2.5,
        stroke: "currentColor",
        className: seriesClass(1),
      }),
    ],
  }) as SVGSVGElement;
  paint(svg, 2);
  const lead = result.after
    ? t(mode === "training" ? "bn.chart.caption.training" : "bn.chart.caption.eval", {
        n: result.before.rows,
        gamma: formatNumber(gamma),
        beta: formatNumber(beta),
      })
    : (result.error ?? "");
  // A mean of 1e−16 is rounding error of an exact 0 (or β): say so, not "1.1e−15".
  const clean = (v: number) => formatNumber(Math.abs(v - beta) < 1e-9 ? beta : v);
  const parts = result.units.map((u) =>
    t("bn.chart.unitStat", {
      unit: u.unit,
      meanBefore: formatNumber(u.meanBefore),
      stdBefore: formatNumber(u.stdBefore),
      meanAfter: result.after ? clean(u.meanAfter) : "–",
      stdAfter: result.after ? formatNumber(u.stdAfter) : "–",
    }),
  );
  return makeFigure(doc, svg, { kind: "strip", title: t("bn.chart.title"), lead, captionParts: parts });
}
