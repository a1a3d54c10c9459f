/**
 * A data set and a fitted curve y = g(x), with each point's residual yₙ − tₙ drawn as a
 * segment or as a square of that side (its area is the point's squared error, so the
 * squares' total area is Σ (yₙ − tₙ)²). Built on the shared chart look (src/plot: theme,
 * figure with caption), for the loss-functions regression panel and the data of the
 * gradient-descent chapter.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "../../../src/plot/figure";
import { baseOptions, equalAspectSize, paint, seriesClass, theme } from "../../../src/plot/theme";

export interface FitChartOptions extends ChartBase {
  /** The data points. */
  points: readonly { x: number; t: number }[];
  /** The model's curve. */
  curve: (x: number) => number;
  /** Legend name of the curve. */
  curveName: string;
  /** Legend name of the points. */
  pointsName: string;
  x: [number, number];
  y: [number, number];
  /** How residuals are drawn; default "segments". */
  residuals?: "squares" | "segments" | "none";
  /** Points to draw as handles (drag targets), e.g. two points on the line. */
  handles?: readonly [number, number][];
  /** Same units on both axes (needed for squares to look square); default true. */
  equalAspect?: boolean;
  /** The caption's key numbers, already worded. */
  captionParts: string[];
  xLabel?: string;
  yLabel?: string;
}

/** The chart; see `FitChartOptions`. */
export function fitChart(options: FitChartOptions): ChartResult {
  const doc = resolveDocument(options.document);
  const [x0, x1] = options.x;
  const [y0, y1] = options.y;
  let width = options.width ?? theme.width;
  let height = options.height ?? Math.round(width * 0.6);
  if (options.height === undefined && options.equalAspect !== false)
    ({ width, height } = equalAspectSize(width, x1 - x0, y1 - y0, 420));

  const residuals = options.points.map((p) => ({ ...p, y: options.curve(p.x) })).filter((p) => Number.isFinite(p.y));
  const marks: Plot.Markish[] = [
    Plot.frame({ strokeOpacity: 0.3 }),
    Plot.gridY({ strokeOpacity: theme.gridOpacity }),
    Plot.gridX({ strokeOpacity: theme.gridOpacity }),
  ];
  const mode = options.residuals ?? "segments";
  if (mode === "squares") {
    // The square sits on the residual segment, on the side away from the middle of the view.
    const middle = (x0 + x1) / 2;
    const squares = residuals.map((p) => {
      const side = Math.abs(p.y - p.t);
      const dir = p.x > middle ? -1 : 1;
      return { x1: p.x, x2: p.x + dir * side, y1: p.t, y2: p.y };
    });
    marks.push(
      Plot.rect(squares, {
        x1: "x1",
        x2: "x2",
        y1: "y1",
        y2: "y2",
        fill: "currentColor",
        fillOpacity: 0.18,
        stroke: "currentColor",
        strokeOpacity: 0.6,
        className: seriesClass(2),
        clip: true,
      }),
    );
  }
  if (mode !== "none") {
    marks.push(
      Plot.link(residuals, {
        x1: "x",
        x2: "x",
        y1: "t",
        y2: "y",
        stroke: "currentColor",
        strokeWidth: 1.5,
        className: seriesClass(2),
        clip: true,
      }),
    );
  }
  const n = 161;
  const curve = Array.from({ length: n }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / (n - 1);
    const y = options.curve(x);
    return { x, y: Number.isFinite(y) ? y : NaN };
  });
  marks.push(
    Plot.line(curve, {
      x: "x",
      y: "y",
      stroke: "currentColor",
      strokeWidth: theme.lineWidth,
      className: seriesClass(0),
      clip: true,
    }),
  );
  marks.push(
    Plot.dot(options.points, { x: "x", y: "t", r: 3.5, fill: "currentColor", className: seriesClass(1), clip: true }),
  );
  if (options.handles && options.handles.length > 0) {
    const handles = options.handles.map(([x, y]) => ({ x, y }));
    marks.push(
      Plot.dot(handles, {
        x: "x",
        y: "y",
        r: 7,
        stroke: "currentColor",
        strokeWidth: 2,
        fill: "var(--surface, white)",
        className: seriesClass(0),
        clip: true,
      }),
    );
  }
  const svg = Plot.plot({
    ...baseOptions(width, height, doc),
    x: { domain: [x0, x1], label: options.xLabel ?? "x" },
    y: { domain: [y0, y1], label: options.yLabel ?? "y" },
    marks,
  }) as SVGSVGElement;
  paint(svg, 3);
  return makeFigure(doc, svg, {
    kind: "fit",
    title: options.title ?? options.curveName,
    lead: options.caption,
    captionParts: options.captionParts,
    legend: [
      { name: options.curveName, color: 0 },
      { name: options.pointsName, color: 1, shape: "dot" },
    ],
  });
}
