/**
 * 図6-19 as small multiples: one panel per initial weight scale W, train accuracy per epoch
 * with batch norm (solid) and without (dashed), y from 0 to 1 as the book's plt.ylim(0, 1).
 * Built on Observable Plot with src/plot's look; the caption lists each panel's last values.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartResult } from "../../../src/plot/figure";
import { baseOptions, paint, seriesClass } from "../../../src/plot/theme";
import { formatScale } from "../../../src/run/settings";
import { t } from "../../../src/i18n";
import type { SweepPanel } from "./sweep-model";

export interface SweepChartOptions {
  panels: readonly SweepPanel[];
  /** Epochs per panel (the x range). */
  epochs: number;
  /** Lines of the summary, for the caption. */
  summary: readonly string[];
  width?: number;
  document?: Document;
}

interface Point {
  epoch: number;
  acc: number;
  col: number;
  row: number;
  series: "bn" | "plain";
}

/**
 * @example
 * sweepChart({ panels: view.panels, epochs: 10, summary: view.summary() });
 */
export function sweepChart(options: SweepChartOptions): ChartResult {
  const doc = resolveDocument(options.document);
  const width = options.width ?? 640;
  const columns = width < 480 ? 2 : 4;
  const rows = Math.ceil(options.panels.length / columns);
  const points: Point[] = [];
  options.panels.forEach((p, i) => {
    const col = i % columns,
      row = Math.floor(i / columns);
    for (const [series, evals] of [
      ["bn", p.bn],
      ["plain", p.plain],
    ] as const) {
      for (const e of evals)
        if (e.trainAcc !== undefined) points.push({ epoch: e.epoch, acc: e.trainAcc, col, row, series });
    }
  });
  const titles = options.panels.map((p, i) => ({
    col: i % columns,
    row: Math.floor(i / columns),
    name: t("bn.sweep.panel", { scale: formatScale(p.scale) }),
  }));
  const facet = { fx: "col", fy: "row" } as const;
  /** One series' accuracy curves, one per panel; the two series differ only in dash and class. */
  const line = (series: Point["series"], look: { className: string; strokeDasharray?: string }) =>
    Plot.line(
      points.filter((d) => d.series === series),
      {
        x: "epoch",
        y: "acc",
        ...facet,
        z: (d: Point) => `${d.col}-${d.row}`,
        stroke: "currentColor",
        strokeWidth: 2,
        ...look,
      },
    );
  // A run that diverged at step 2 has one point: say so inside its panel.
  const diverged = options.panels.flatMap((p, i) =>
    p.plainDivergedAt === undefined
      ? []
      : [
          {
            col: i % columns,
            row: Math.floor(i / columns),
            text: t("bn.sweep.divergedMark", { step: p.plainDivergedAt }),
          },
        ],
  );
  const svg = Plot.plot({
    ...baseOptions(width, rows * 120 + 60, doc),
    marginTop: 24,
    marginLeft: 40,
    fx: {
      axis: null,
      padding: 0.12,
      domain: Array.from({ length: Math.min(columns, options.panels.length) }, (_, i) => i),
    },
    fy: { axis: null, padding: 0.25, domain: Array.from({ length: rows }, (_, i) => i) },
    x: { domain: [0, options.epochs], label: t("run.chart.epoch"), ticks: 3 },
    y: { domain: [0, 1], label: t("run.chart.accuracyAxis"), ticks: 3 },
    marks: [
      Plot.frame({ strokeOpacity: 0.2 }),
      line("bn", { className: seriesClass(0) }),
      line("plain", { strokeDasharray: "5 3", className: seriesClass(1) }),
      Plot.dot(
        points.filter((d) => d.series === "bn"),
        { x: "epoch", y: "acc", ...facet, r: 1.8, fill: "currentColor", stroke: "none", className: seriesClass(0) },
      ),
      Plot.dot(
        points.filter((d) => d.series === "plain"),
        { x: "epoch", y: "acc", ...facet, r: 1.8, fill: "currentColor", stroke: "none", className: seriesClass(1) },
      ),
      Plot.text(titles, { ...facet, text: "name", frameAnchor: "top", dy: -10, fontWeight: "bold" }),
      Plot.text(diverged, { ...facet, text: "text", frameAnchor: "bottom-right", dx: -4, dy: -4, fontSize: 10 }),
    ],
  }) as SVGSVGElement;
  paint(svg, 2);
  return makeFigure(doc, svg, {
    kind: "sweep",
    title: t("bn.sweep.title"),
    lead: t("bn.sweep.caption"),
    captionParts: options.summary.length ? [...options.summary] : [t("bn.sweep.summary.none")],
    legend: [
      { name: t("bn.sweep.series.bn"), color: 0 },
      { name: t("bn.sweep.series.plain"), color: 1 },
    ],
  });
}
