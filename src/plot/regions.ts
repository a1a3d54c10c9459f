/**
 * Decision regions of a classifier: its prediction over a grid as coloured areas, the
 * data points coloured (and shaped) by their true class, and optional straight
 * boundaries w₁x + w₂y + b = 0 (a perceptron's, 2.3–2.5 of the book).
 *
 * Each class's region is the 0.5-contour of "the model predicts this class here", so the
 * regions are a few smooth SVG paths instead of thousands of cells, and draw at build
 * time too.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { equalAspectSize, seriesClass, theme } from "./theme";
import { drawPlane } from "./plane";
import { formatNumber, formatPercent, formatSignedTerm, text } from "./text";
import type { Point2 } from "./contour";

/** A straight boundary w[0]·x + w[1]·y + b = 0. */
export interface BoundaryLine {
  name?: string;
  w: readonly [number, number];
  b: number;
}

export interface DecisionRegionOptions extends ChartBase {
  x: [number, number];
  y: [number, number];
  /**
   * The model's class for each point, all at once (one forward pass over the grid), e.g.
   * `(pts) => argmax(model.forward(Tensor.from(pts), { training: false }))`.
   */
  predict?: (points: Point2[]) => ArrayLike<number>;
  /** Data points and their true classes. */
  points?: readonly Point2[];
  labels?: ArrayLike<number>;
  /** Names of the classes, for the legend; default "0", "1", … */
  classNames?: readonly string[];
  lines?: readonly BoundaryLine[];
  /** Grid samples along x; default 80. */
  grid?: number;
  /** Axis labels (default "x₁" and "x₂"). */
  xLabel?: string;
  yLabel?: string;
  /** Extra Plot marks drawn on top, in data coordinates (e.g. drag handles on a line). */
  marks?: readonly Plot.Markish[];
  /** Same pixels per unit on both axes (default true); a chart taller than `maxHeight` (default 480) gets narrower. */
  equalAspect?: boolean;
  maxHeight?: number;
}

const SYMBOLS = ["circle", "square", "triangle", "diamond", "star", "cross", "wye", "times"] as const;

/** The part of the line w·(x, y) + b = 0 inside the box, or `undefined` if it misses it. */
export function lineInBox(
  w: readonly [number, number],
  b: number,
  x: [number, number],
  y: [number, number],
): [Point2, Point2] | undefined {
  const [w1, w2] = w;
  const hits: Point2[] = [];
  const eps = 1e-12 * (Math.abs(w1) + Math.abs(w2));
  if (Math.abs(w2) > eps) {
    for (const xe of x) {
      const ye = -(w1 * xe + b) / w2 + 0; // + 0 turns −0 into 0
      if (ye >= y[0] && ye <= y[1]) hits.push([xe, ye]);
    }
  }
  if (Math.abs(w1) > eps) {
    for (const ye of y) {
      const xe = -(w2 * ye + b) / w1 + 0;
      if (xe >= x[0] && xe <= x[1]) hits.push([xe, ye]);
    }
  }
  if (hits.length < 2) return undefined;
  // Corners can be hit twice; take the two hits farthest apart.
  let best: [Point2, Point2] = [hits[0], hits[1]];
  let bestD = -1;
  for (let i = 0; i < hits.length; i++)
    for (let j = i + 1; j < hits.length; j++) {
      const d = (hits[i][0] - hits[j][0]) ** 2 + (hits[i][1] - hits[j][1]) ** 2;
      if (d > bestD) ((bestD = d), (best = [hits[i], hits[j]]));
    }
  return best;
}

/** A classifier's regions, the data and optional linear boundaries; see `DecisionRegionOptions`. */
export function decisionRegions(options: DecisionRegionOptions): ChartResult {
  const doc = resolveDocument(options.document);
  const [x0, x1] = options.x;
  const [y0, y1] = options.y;
  if (!(x1 > x0) || !(y1 > y0))
    throw new Error(
      `decisionRegions: x and y must be [min, max] with min < max, got x ${JSON.stringify(options.x)}, y ${JSON.stringify(options.y)}`,
    );
  const points = options.points ?? [];
  const labels = options.labels ?? [];
  if (points.length !== labels.length)
    throw new Error(`decisionRegions: ${points.length} points but ${labels.length} labels`);
  let width = options.width ?? theme.width;
  let height = options.height ?? Math.round(width * 0.6);
  if (options.height === undefined && options.equalAspect !== false)
    ({ width, height } = equalAspectSize(width, x1 - x0, y1 - y0, options.maxHeight ?? 480));

  const labelList = Array.from(labels);
  let classCount = Math.max(options.classNames?.length ?? 0, ...labelList.map((l) => l + 1), 0);
  const marks: Plot.Markish[] = [Plot.frame({ strokeOpacity: 0.3 })];
  const captionParts: string[] = [];

  if (options.predict) {
    // One cell beyond each edge, clipped, so the regions reach the frame (see contour.ts).
    const cellsX = Math.max(8, Math.round(options.grid ?? 80));
    const cellsY = Math.max(8, Math.round((cellsX * (y1 - y0)) / (x1 - x0)));
    const dx = (x1 - x0) / cellsX;
    const dy = (y1 - y0) / cellsY;
    const nx = cellsX + 2;
    const ny = cellsY + 2;
    const grid: Point2[] = [];
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) grid.push([x0 - dx + (i + 0.5) * dx, y0 - dy + (j + 0.5) * dy]);
    const predicted = Array.from(options.predict(grid));
    if (predicted.length !== grid.length)
      throw new Error(`decisionRegions: predict returned ${predicted.length} classes for ${grid.length} points`);
    classCount = Math.max(classCount, ...predicted.map((c) => (Number.isInteger(c) ? c + 1 : 0)));
    for (let k = 0; k < classCount; k++) {
      const indicator = predicted.map((c) => (c === k ? 1 : 0));
      if (!indicator.includes(1)) continue;
      marks.push(
        Plot.contour(indicator, {
          width: nx,
          height: ny,
          x1: x0 - dx,
          x2: x1 + dx,
          y1: y0 - dy,
          y2: y1 + dy,
          thresholds: [0.5],
          fill: "currentColor",
          fillOpacity: 0.2,
          stroke: "none",
          className: seriesClass(k),
          clip: true,
        }),
      );
    }
    if (points.length > 0) {
      const mine = Array.from(options.predict(points.map((p) => [p[0], p[1]] as Point2)));
      const correct = mine.filter((c, i) => c === labelList[i]).length;
      captionParts.push(
        text("chart.regions.accuracy", {
          correct,
          points: points.length,
          percent: formatPercent(correct / points.length),
        }),
      );
    }
  }

  for (let k = 0; k < classCount; k++) {
    const mine = points.filter((p, i) => labelList[i] === k && Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (mine.length === 0) continue;
    marks.push(
      Plot.dot(mine, {
        x: "0",
        y: "1",
        r: 4,
        symbol: SYMBOLS[k % SYMBOLS.length],
        fill: "currentColor",
        stroke: "currentColor",
        strokeWidth: 0.5,
        className: seriesClass(k),
        clip: true,
      }),
    );
  }

  (options.lines ?? []).forEach((line, i) => {
    const name = line.name ?? String(i + 1);
    const segment = lineInBox(line.w, line.b, options.x, options.y);
    if (line.w[0] === 0 && line.w[1] === 0) captionParts.push(text("chart.regions.noBoundary", { name }));
    else
      captionParts.push(
        text("chart.regions.boundary", {
          name,
          w1: formatNumber(line.w[0]),
          w2: formatSignedTerm(line.w[1]),
          b: formatSignedTerm(line.b),
        }),
      );
    if (!segment) return;
    marks.push(
      Plot.line(segment, {
        x: "0",
        y: "1",
        stroke: "currentColor",
        strokeWidth: 2,
        strokeDasharray: i === 0 ? undefined : "6 4",
      }),
    );
    if (options.lines!.length > 1 || line.name)
      marks.push(Plot.text([segment[1]], { x: "0", y: "1", text: () => name, dx: -8, dy: -8, fontWeight: "bold" }));
  });

  if (options.marks) marks.push(...options.marks);

  captionParts.unshift(
    text("chart.regions.summary", {
      points: points.length,
      classes: classCount,
      x0: formatNumber(x0),
      x1: formatNumber(x1),
      y0: formatNumber(y0),
      y1: formatNumber(y1),
    }),
  );
  const axes = { x: [x0, x1], y: [y0, y1], xLabel: options.xLabel ?? "x₁", yLabel: options.yLabel ?? "x₂" } as const;
  const svg = drawPlane(doc, { width, height }, axes, marks, classCount);
  return makeFigure(doc, svg, {
    kind: "regions",
    title: options.title ?? text("chart.regions.title"),
    lead: options.caption,
    captionParts,
    legend: Array.from({ length: classCount }, (_, k) => ({
      name: options.classNames?.[k] ?? String(k),
      color: k,
      shape: "dot" as const,
    })),
  });
}
