/**
 * Line charts of training runs: several named series (one per optimizer, or train vs
 * test) against step or epoch. Optional log y, optional smoothing (raw values faint,
 * smoothed bold), and a "diverged" mark where a series stops with NaN or Infinity.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { baseOptions, defaultHeight, paint, seriesClass, theme } from "./theme";
import { argmin, extent, firstNonFinite, smooth } from "./series";
import { formatNumber, text } from "./text";

/** One named series of y values; x defaults to 0, 1, 2, … */
export interface LineSeries {
  name: string;
  y: ArrayLike<number>;
  x?: ArrayLike<number>;
}

export interface LineChartOptions extends ChartBase {
  series: readonly LineSeries[];
  /** Axis label of x, also used in the caption ("step 12"); default "step". */
  xLabel?: string;
  /** Axis label of y; default none. */
  yLabel?: string;
  /** Logarithmic y axis; values ≤ 0 are left out and the caption says how many. */
  logY?: boolean;
  /** Exponential smoothing factor in [0, 1); 0 (default) draws the raw values only. */
  smoothing?: number;
  /** Fixed y range (values outside are clipped), e.g. [0, 1] for accuracy. */
  yDomain?: [number, number];
  /** Fixed x range. */
  xDomain?: [number, number];
  /** Extra Plot marks drawn over the series, in data coordinates (e.g. a marker at the reader's x). */
  marks?: readonly Plot.Markish[];
}

interface Point {
  x: number;
  y: number;
}

/** A chart of several named series, e.g. the loss of each optimizer per step. */
export function lineChart(
  options: LineChartOptions,
  kind = "line",
  defaultTitle = text("chart.line.title"),
): ChartResult {
  const doc = resolveDocument(options.document);
  const width = options.width ?? theme.width;
  const height = options.height ?? defaultHeight(width);
  const xLabel = options.xLabel ?? text("chart.axis.step");
  const factor = options.smoothing ?? 0;
  if (!(factor >= 0 && factor < 1)) throw new Error(`lineChart: smoothing must be in [0, 1), got ${options.smoothing}`);
  if (!Array.isArray(options.series)) throw new Error("lineChart: series must be an array of { name, y }");

  // Which values can a log axis show? If none, fall back to linear and say so.
  let logY = options.logY ?? false;
  const notes: string[] = [];
  const finiteValues = options.series.flatMap((s) =>
    Array.from(s.y as ArrayLike<number>).slice(0, firstNonFinite(s.y)),
  );
  if (logY) {
    const dropped = finiteValues.filter((v) => v <= 0).length;
    if (finiteValues.length > 0 && dropped === finiteValues.length) {
      logY = false;
      notes.push(text("chart.log.fallback"));
    } else if (dropped > 0) notes.push(text("chart.log.dropped", { count: dropped }));
  }

  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: theme.gridOpacity })];
  const captionParts: string[] = [];
  options.series.forEach((series, i) => {
    const n = series.y.length;
    if (series.x && series.x.length !== n) {
      throw new Error(`lineChart: series "${series.name}" has ${series.x.length} x values but ${n} y values`);
    }
    const xAt = (j: number) => (series.x ? series.x[j] : j);
    const stop = firstNonFinite(series.y);
    const raw: Point[] = [];
    for (let j = 0; j < stop; j++) raw.push({ x: xAt(j), y: series.y[j] });
    const shown = logY ? raw.filter((p) => p.y > 0) : raw;
    const className = seriesClass(i);
    const common = { x: "x", y: "y", stroke: "currentColor", className, clip: true } as const;
    if (factor > 0 && shown.length > 1) {
      const smoothed = smooth(
        shown.map((p) => p.y),
        factor,
      ).map((y, j) => ({ x: shown[j].x, y }));
      marks.push(Plot.line(shown, { ...common, strokeWidth: 1, strokeOpacity: theme.faintOpacity }));
      marks.push(Plot.line(smoothed, { ...common, strokeWidth: theme.lineWidth }));
    } else {
      marks.push(Plot.line(shown, { ...common, strokeWidth: theme.lineWidth }));
      if (shown.length === 1)
        marks.push(Plot.dot(shown, { x: "x", y: "y", fill: "currentColor", className, r: theme.dotRadius }));
    }

    if (raw.length === 0)
      captionParts.push(
        n === 0
          ? text("chart.series.empty", { name: series.name })
          : text("chart.series.divergedAtStart", { name: series.name }),
      );
    else {
      const low = argmin(raw.map((p) => p.y))!;
      captionParts.push(
        text("chart.series.summary", {
          name: series.name,
          xLabel,
          first: formatNumber(raw[0].y),
          x0: formatNumber(raw[0].x),
          last: formatNumber(raw[raw.length - 1].y),
          x1: formatNumber(raw[raw.length - 1].x),
          min: formatNumber(low.value),
          xMin: formatNumber(raw[low.index].x),
        }),
      );
    }
    if (stop < n && raw.length > 0) {
      // Mark where the run blew up: a cross at the last finite value, labelled.
      const last = shown.length > 0 ? shown[shown.length - 1] : undefined;
      if (last) {
        marks.push(
          Plot.dot([last], {
            x: "x",
            y: "y",
            symbol: "times",
            r: 6,
            strokeWidth: 2.5,
            stroke: "currentColor",
            className,
          }),
        );
        marks.push(
          Plot.text([last], {
            x: "x",
            y: "y",
            text: () => text("chart.diverged"),
            dy: -12,
            fill: "currentColor",
            className,
            fontWeight: "bold",
          }),
        );
      }
      captionParts.push(
        text("chart.series.diverged", {
          name: series.name,
          xLabel,
          x: formatNumber(xAt(stop)),
          last: formatNumber(raw[raw.length - 1].y),
        }),
      );
    }
  });
  if (factor > 0) notes.push(text("chart.series.smoothed", { factor }));
  if (options.marks) marks.push(...options.marks);

  // A single x value would give Plot an empty domain (and odd ticks): widen it.
  const xs = options.series.flatMap((s) => Array.from({ length: firstNonFinite(s.y) }, (_, j) => (s.x ? s.x[j] : j)));
  const xExtent = extent(xs);
  const xDomain = options.xDomain ?? (xExtent && xExtent[0] === xExtent[1] ? [xExtent[0], xExtent[0] + 1] : undefined);
  const yExtent = extent(finiteValues.filter((v) => !logY || v > 0));
  const svg = Plot.plot({
    ...baseOptions(width, height, doc),
    x: { label: xLabel, domain: xDomain, nice: !xDomain },
    y: {
      label: options.yLabel ?? null,
      type: logY ? "log" : "linear",
      domain: options.yDomain,
      nice: !options.yDomain,
      // A log axis over decades labels the powers of ten; a narrower one plain numbers (0.2,
      // not Plot's SI "200m", which reads as metres).
      tickFormat: logY ? (yExtent && yExtent[1] / yExtent[0] >= 100 ? powerOfTenLabel : "~g") : undefined,
    },
    marks,
  }) as SVGSVGElement;
  paint(svg, options.series.length);
  return makeFigure(doc, svg, {
    kind,
    title: options.title ?? defaultTitle,
    lead: options.caption,
    captionParts: [...captionParts, ...notes],
    legend: options.series.map((s, i) => ({ name: s.name, color: i })),
  });
}

/**
 * Tick labels of a log axis spanning decades: powers of ten only ("1e−6", "0.01", "1",
 * "100"), the ticks in between unlabelled, instead of Plot's SI prefixes (1µ, 1P).
 */
function powerOfTenLabel(d: number): string {
  const k = Math.log10(d);
  if (Math.abs(k - Math.round(k)) > 1e-9) return "";
  const e = Math.round(k);
  return (e >= -2 && e <= 3 ? String(10 ** e) : `1e${e}`).replace("-", "−");
}

/** `lineChart` with loss defaults: y labelled "loss", x "step", titled "Loss curves". */
export function lossCurves(options: LineChartOptions): ChartResult {
  return lineChart({ yLabel: text("chart.axis.loss"), ...options }, "loss", text("chart.loss.title"));
}
