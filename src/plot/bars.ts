/**
 * A bar per named value, e.g. the probabilities softmax gives each class (3.5). Values
 * that are not finite (NaN, ±∞) get no bar and are named in the caption, so a broken
 * computation is visible rather than silently drawn as 0.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { baseOptions, paint, seriesClass, theme } from "./theme";
import { formatNumber, text } from "./text";

export interface BarChartOptions extends ChartBase {
  bars: readonly { name: string; value: number }[];
  /** Fixed y range, e.g. [0, 1] for probabilities. */
  yDomain?: [number, number];
  yLabel?: string;
}

/** Vertical bars, one per `{ name, value }`, with the values written above them and in the caption. */
export function barChart(options: BarChartOptions): ChartResult {
  const doc = resolveDocument(options.document);
  if (!Array.isArray(options.bars) || options.bars.length === 0)
    throw new Error("barChart: bars must be a non-empty array of { name, value }");
  const width = options.width ?? theme.width;
  const height = options.height ?? Math.round(Math.min(320, Math.max(180, width * 0.5)));
  const finite = options.bars.filter((b) => Number.isFinite(b.value));
  const svg = Plot.plot({
    ...baseOptions(width, height, doc),
    marginTop: 28, // room for the y label above the top tick and a value written over a full bar
    x: { domain: options.bars.map((b) => b.name), label: null, padding: 0.3 },
    y: { domain: options.yDomain, label: options.yLabel ?? null, nice: !options.yDomain, grid: true },
    marks: [
      Plot.barY(finite, { x: "name", y: "value", fill: "currentColor", className: seriesClass(0) }),
      Plot.text(finite, { x: "name", y: "value", text: (b: { value: number }) => formatNumber(b.value), dy: -8 }),
      Plot.ruleY([0], { strokeOpacity: 0.5 }),
    ],
  }) as SVGSVGElement;
  paint(svg, 1);
  const captionParts = options.bars.map((b) =>
    text(Number.isFinite(b.value) ? "chart.bars.item" : "chart.bars.missing", {
      name: b.name,
      value: formatNumber(b.value),
    }),
  );
  return makeFigure(doc, svg, {
    kind: "bars",
    title: options.title ?? text("chart.bars.title"),
    lead: options.caption,
    captionParts,
  });
}
