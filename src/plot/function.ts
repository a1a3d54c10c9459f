/**
 * y = f(x) and its derivative f′(x) over one x range, with an optional marker at a chosen
 * x and the tangent line there (activation functions 3.2, numerical differentiation 4.3).
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { baseOptions, defaultHeight, paint, seriesClass, theme } from "./theme";
import { formatNumber, text } from "./text";
import { seriesLine } from "./marks";

export interface FunctionPlotOptions extends ChartBase {
  /** The function, e.g. `(x) => 1 / (1 + Math.exp(-x))`. */
  f: (x: number) => number;
  /** Its derivative; default a central difference of f with h = 1e-4. */
  df?: (x: number) => number;
  /** How the legend and caption name f, e.g. "sigmoid"; default "f". */
  name?: string;
  /** x range, e.g. [-6, 6]. */
  domain: [number, number];
  /** Draw f′ too (default true). */
  derivative?: boolean;
  /** Mark (at, f(at)) and draw the tangent there. */
  at?: number;
  /** Fixed y range (the curves are clipped to it). */
  yDomain?: [number, number];
  /** Samples over the range; default 241. */
  samples?: number;
}

/** f′(x) ≈ (f(x + h) − f(x − h)) / 2h, the book's numerical_diff (4.3.1). */
export function centralDifference(f: (x: number) => number, h = 1e-4): (x: number) => number {
  return (x) => (f(x + h) - f(x - h)) / (2 * h);
}

/** f and f′ over a range, with a tangent at `at`; see `FunctionPlotOptions`. */
export function functionPlot(options: FunctionPlotOptions): ChartResult {
  const doc = resolveDocument(options.document);
  const [x0, x1] = options.domain ?? [];
  if (!(Number.isFinite(x0) && Number.isFinite(x1) && x1 > x0))
    throw new Error(`functionPlot: domain must be [min, max] with min < max, got ${JSON.stringify(options.domain)}`);
  if (typeof options.f !== "function") throw new Error("functionPlot: f must be a function (x) => number");
  const width = options.width ?? theme.width;
  const height = options.height ?? defaultHeight(width);
  const name = options.name ?? "f";
  const dName = text("chart.function.derivative", { name });
  const df = options.df ?? centralDifference(options.f);
  const withDerivative = options.derivative ?? true;
  const n = Math.max(2, Math.round(options.samples ?? 241));

  // Undefined points (NaN, ±∞) become gaps in the line: Plot skips NaN.
  let gaps = 0;
  const sample = (g: (x: number) => number) =>
    Array.from({ length: n }, (_, i) => {
      const x = x0 + ((x1 - x0) * i) / (n - 1);
      const y = g(x);
      if (!Number.isFinite(y)) gaps++;
      return { x, y: Number.isFinite(y) ? y : NaN };
    });
  const fPoints = sample(options.f);
  const dPoints = withDerivative ? sample(df) : [];

  const marks: Plot.Markish[] = [
    Plot.gridY({ strokeOpacity: theme.gridOpacity }),
    Plot.gridX({ strokeOpacity: theme.gridOpacity }),
    Plot.ruleY([0], { strokeOpacity: 0.4 }),
    Plot.ruleX([0], { strokeOpacity: 0.4 }),
  ];
  marks.push(seriesLine(fPoints, 0));
  if (withDerivative) marks.push(seriesLine(dPoints, 1, { strokeDasharray: "6 4" }));

  const finiteF = fPoints.map((p) => p.y).filter(Number.isFinite);
  const captionParts = [
    text("chart.function.summary", {
      name,
      x0: formatNumber(x0),
      x1: formatNumber(x1),
      yMin: finiteF.length ? formatNumber(Math.min(...finiteF)) : "—",
      yMax: finiteF.length ? formatNumber(Math.max(...finiteF)) : "—",
    }),
  ];
  if (options.at !== undefined && Number.isFinite(options.at)) {
    const a = options.at;
    const fa = options.f(a);
    const slope = df(a);
    if (Number.isFinite(fa)) {
      if (Number.isFinite(slope)) {
        const half = (x1 - x0) / 5;
        const tangent = [a - half, a + half].map((x) => ({ x, y: fa + slope * (x - a) }));
        marks.push(
          Plot.line(tangent, {
            x: "x",
            y: "y",
            stroke: "currentColor",
            strokeWidth: 1.5,
            strokeOpacity: 0.8,
            clip: true,
          }),
        );
      }
      marks.push(
        Plot.dot([{ x: a, y: fa }], { x: "x", y: "y", r: 5, fill: "currentColor", className: seriesClass(0) }),
      );
    }
    captionParts.push(
      text("chart.function.at", { x: formatNumber(a), name, y: formatNumber(fa), dy: formatNumber(slope) }),
    );
  }
  if (gaps > 0) captionParts.push(text("chart.function.gaps", { count: gaps }));

  // The y range comes from the curves, not from the tangent, which could run far off.
  const svg = Plot.plot({
    ...baseOptions(width, height, doc),
    x: { domain: [x0, x1], label: "x" },
    y: {
      label: null,
      nice: true,
      domain: options.yDomain ?? yDomainOf([...finiteF, ...dPoints.map((p) => p.y).filter(Number.isFinite)]),
    },
    marks,
  }) as SVGSVGElement;
  paint(svg, 2);
  return makeFigure(doc, svg, {
    kind: "function",
    title: options.title ?? text("chart.function.title"),
    lead: options.caption,
    captionParts,
    legend: withDerivative
      ? [
          { name, color: 0 },
          { name: dName, color: 1 },
        ]
      : undefined,
  });
}

function yDomainOf(values: number[]): [number, number] {
  if (values.length === 0) return [-1, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9) ((lo -= 0.5), (hi += 0.5));
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}
