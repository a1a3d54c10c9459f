/**
 * Contours of a loss surface f(x, y) with optimizer paths drawn over it (the book's
 * 図6-3 … 図6-8: f(x, y) = x²/20 + y² with SGD, Momentum, AdaGrad and Adam).
 *
 * f is sampled on a grid and handed to Plot's contour mark as a dense grid, so the same
 * code draws at build time (linkedom has no canvas) and live. Each path is a line with
 * dots, a hollow ring at its start and an arrow at its end; optional arrows show a
 * per-point vector (e.g. the momentum's velocity).
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { equalAspectSize, seriesClass, theme } from "./theme";
import { drawPlane } from "./plane";
import { extent } from "./series";
import { formatNumber, text } from "./text";
import { tCount } from "../i18n";

/** A point in the plane, `[x, y]`. */
export type Point2 = readonly [number, number];

/** One optimizer's path over the surface. */
export interface Trajectory {
  name: string;
  /** The positions, start first. The path stops at the first non-finite point. */
  points: readonly Point2[];
  /** Optional vector at each point (e.g. velocity), drawn as an arrow from the point. */
  vectors?: readonly Point2[];
}

export interface ContourOptions extends ChartBase {
  /** The surface, e.g. `(x, y) => x * x / 20 + y * y`. */
  f: (x: number, y: number) => number;
  /** How the caption names f, e.g. "f(x, y) = x²/20 + y²"; default "f". */
  fnLabel?: string;
  /** x range, e.g. [-10, 10]. */
  x: [number, number];
  /** Axis labels (default "x" and "y"), e.g. "w" and "b" for a loss over a weight and a bias. */
  xLabel?: string;
  yLabel?: string;
  /** y range, e.g. [-5, 5]. */
  y: [number, number];
  /** Grid samples along x (y follows the aspect); default 72. */
  grid?: number;
  /**
   * Contour levels: a count (default 12) or explicit values. A count is spaced
   * quadratically from the lowest sampled value when f ≥ 0, which suits bowl-shaped
   * losses (more rings near the minimum), else evenly.
   */
  levels?: number | readonly number[];
  paths?: readonly Trajectory[];
  /** Length factor for `vectors` arrows; default 1. */
  vectorScale?: number;
  /**
   * Same pixels per unit on both axes (default true; ignored when `height` is given). A
   * chart that would be taller than `maxHeight` (default 520) is made narrower instead.
   */
  equalAspect?: boolean;
  maxHeight?: number;
  /** Mark a point, e.g. the minimum [0, 0]. */
  minimum?: Point2;
  /** Draw a dot at every step; default: when a path has at most 150 points. */
  dots?: boolean;
  /**
   * Extra Plot marks drawn over the paths, in data coordinates (e.g. an optimizer's state
   * at the current step). Give them `className: seriesClass(i)` to colour them as path i.
   */
  marks?: readonly Plot.Markish[];
}

const MAX_DOTS = 150;

/** Samples f on an nx × ny grid over the box; row j is y = y0 + (j + ½)·dy. */
export function sampleGrid(
  f: (x: number, y: number) => number,
  x: [number, number],
  y: [number, number],
  nx: number,
  ny: number,
): Float64Array {
  const values = new Float64Array(nx * ny);
  const dx = (x[1] - x[0]) / nx;
  const dy = (y[1] - y[0]) / ny;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) values[j * nx + i] = f(x[0] + (i + 0.5) * dx, y[0] + (j + 0.5) * dy);
  }
  return values;
}

/** The contour levels for `count` rings between lo and hi (see `ContourOptions.levels`). */
export function contourLevels(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [lo];
  const quadratic = lo >= 0;
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const u = k / (count + 1);
    levels.push(lo + (hi - lo) * (quadratic ? u * u : u));
  }
  return levels;
}

function checkRange(name: string, r: unknown): asserts r is [number, number] {
  if (!Array.isArray(r) || r.length !== 2 || !Number.isFinite(r[0]) || !Number.isFinite(r[1]) || !(r[1] > r[0])) {
    throw new Error(`contourWithPath: ${name} must be [min, max] with min < max, got ${JSON.stringify(r)}`);
  }
}

/** Contours of f with one or more optimizer paths; see `ContourOptions`. */
export function contourWithPath(options: ContourOptions): ChartResult {
  const doc = resolveDocument(options.document);
  checkRange("x", options.x);
  checkRange("y", options.y);
  if (typeof options.f !== "function") throw new Error("contourWithPath: f must be a function (x, y) => number");
  const [x0, x1] = options.x;
  const [y0, y1] = options.y;
  let width = options.width ?? theme.width;
  let height = options.height ?? Math.round(width * 0.6);
  if (options.height === undefined && options.equalAspect !== false)
    ({ width, height } = equalAspectSize(width, x1 - x0, y1 - y0, options.maxHeight));

  // Sample one cell beyond each edge and clip: the contour rings then run out of the
  // frame instead of closing along it (which would draw every ring's edge on the frame).
  const nx = Math.max(8, Math.round(options.grid ?? 72));
  const ny = Math.max(8, Math.round((nx * (y1 - y0)) / (x1 - x0)));
  const dx = (x1 - x0) / nx;
  const dy = (y1 - y0) / ny;
  const outer = { x: [x0 - dx, x1 + dx] as [number, number], y: [y0 - dy, y1 + dy] as [number, number] };
  const grid = sampleGrid(options.f, outer.x, outer.y, nx + 2, ny + 2);
  const range = extent(grid);
  // Non-finite samples (log of a negative, overflow) would break marching squares: lift
  // them above every level so they read as "off the scale".
  const values = Array.from(grid, (v) => (Number.isFinite(v) ? v : range ? range[1] * 2 + 1 : 0));
  const thresholds = Array.isArray(options.levels)
    ? [...options.levels]
    : range
      ? contourLevels(range[0], range[1], (options.levels as number | undefined) ?? 12)
      : [];

  const marks: Plot.Markish[] = [Plot.frame({ strokeOpacity: 0.3 })];
  if (thresholds.length > 0) {
    marks.push(
      Plot.contour(values, {
        width: nx + 2,
        height: ny + 2,
        x1: outer.x[0],
        x2: outer.x[1],
        y1: outer.y[0],
        y2: outer.y[1],
        thresholds,
        stroke: "currentColor",
        strokeOpacity: 0.35,
        fill: "none",
        smooth: true,
        clip: true,
      }),
    );
  }
  if (options.minimum) {
    marks.push(
      Plot.dot([options.minimum], {
        x: "0",
        y: "1",
        symbol: "plus",
        r: 6,
        stroke: "currentColor",
        strokeWidth: 1.5,
        strokeOpacity: 0.7,
      }),
    );
  }

  const captionParts = [
    text("chart.contour.summary", {
      fn: options.fnLabel ?? "f",
      x0: formatNumber(x0),
      x1: formatNumber(x1),
      y0: formatNumber(y0),
      y1: formatNumber(y1),
      min: range ? formatNumber(range[0]) : "—",
    }),
  ];
  const paths = options.paths ?? [];
  const vectorScale = options.vectorScale ?? 1;
  paths.forEach((path, i) => {
    const className = seriesClass(i);
    let stop = 0;
    while (stop < path.points.length && Number.isFinite(path.points[stop][0]) && Number.isFinite(path.points[stop][1]))
      stop++;
    const pts = path.points.slice(0, stop).map(([x, y], step) => ({ x, y, step }));
    if (pts.length === 0) {
      captionParts.push(text("chart.path.empty", { name: path.name }));
      return;
    }
    const clip = true;
    marks.push(
      Plot.line(pts, {
        x: "x",
        y: "y",
        stroke: "currentColor",
        strokeWidth: 1.5,
        className,
        clip,
        markerEnd: pts.length > 1 ? "arrow" : undefined,
      }),
    );
    if (options.dots ?? pts.length <= MAX_DOTS)
      marks.push(Plot.dot(pts, { x: "x", y: "y", r: theme.dotRadius, fill: "currentColor", className, clip }));
    marks.push(
      Plot.dot([pts[0]], {
        x: "x",
        y: "y",
        r: theme.startRadius,
        stroke: "currentColor",
        strokeWidth: 2,
        fill: "none",
        className,
        clip,
      }),
    );
    if (path.vectors) {
      const arrows = pts
        .map((p, k) => ({ p, v: path.vectors![k] }))
        .filter(({ v }) => v && Number.isFinite(v[0]) && Number.isFinite(v[1]) && (v[0] !== 0 || v[1] !== 0))
        .map(({ p, v }) => ({ x1: p.x, y1: p.y, x2: p.x + vectorScale * v[0], y2: p.y + vectorScale * v[1] }));
      marks.push(
        Plot.arrow(arrows, {
          x1: "x1",
          y1: "y1",
          x2: "x2",
          y2: "y2",
          stroke: "currentColor",
          strokeOpacity: 0.6,
          headLength: 6,
          className,
          clip,
        }),
      );
    }
    const first = pts[0];
    const last = pts[pts.length - 1];
    captionParts.push(
      text("chart.path.summary", {
        name: path.name,
        steps: tCount("count.steps", pts.length - 1),
        x0: formatNumber(first.x),
        y0: formatNumber(first.y),
        x1: formatNumber(last.x),
        y1: formatNumber(last.y),
        f0: formatNumber(options.f(first.x, first.y)),
        f1: formatNumber(options.f(last.x, last.y)),
      }),
    );
    if (stop < path.points.length)
      captionParts.push(text("chart.path.diverged", { name: path.name, steps: tCount("count.steps", stop - 1) }));
  });

  if (options.marks) marks.push(...options.marks);

  const axes = { x: [x0, x1], y: [y0, y1], xLabel: options.xLabel ?? "x", yLabel: options.yLabel ?? "y" } as const;
  const svg = drawPlane(doc, { width, height }, axes, marks, paths.length);
  return makeFigure(doc, svg, {
    kind: "contour",
    title: options.title ?? text("chart.contour.title"),
    lead: options.caption,
    captionParts,
    legend: paths.map((p, i) => ({ name: p.name, color: i })),
  });
}
