/**
 * Histograms, one or many side by side with a shared y axis: the book's 図6-10 … 図6-14
 * (the activations of 5 layers after a sigmoid or ReLU, for each weight initialisation).
 *
 * The values are binned here rather than by Plot, so the bins and counts are plain
 * numbers a test can check, and NaN or Infinity never reach the SVG.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "./figure";
import { baseOptions, paint, seriesClass, theme } from "./theme";
import { extent, meanStd } from "./series";
import { formatNumber, text } from "./text";

export interface HistogramGroup {
  name: string;
  values: ArrayLike<number>;
}

export interface HistogramOptions extends ChartBase {
  /** One panel per group, e.g. one per layer. */
  groups: readonly HistogramGroup[];
  /** Number of bins; default 30. */
  bins?: number;
  /** x range shared by all panels, e.g. [0, 1] for sigmoid outputs; default the data's extent. */
  domain?: [number, number];
  /** Panels per row; default all in one row. */
  columns?: number;
  xLabel?: string;
  yLabel?: string;
  /** Colour each panel as its own series (default: all in the first colour). */
  colorByGroup?: boolean;
  /** Fixed count range shared by all panels, e.g. the book's plt.ylim(0, 7000); taller bars are clipped. */
  yDomain?: [number, number];
}

/** One bin: [x1, x2) and how many values fell in it (the last bin includes x2). */
export interface Bin {
  x1: number;
  x2: number;
  count: number;
}

/**
 * Counts `values` into `bins` equal bins over `domain`. Non-finite values and values
 * outside the domain are counted apart, not binned.
 */
export function binValues(
  values: ArrayLike<number>,
  domain: [number, number],
  bins: number,
): { bins: Bin[]; nonFinite: number; outside: number } {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  const [lo, hi] = domain;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const out: Bin[] = Array.from({ length: bins }, (_, k) => ({
    x1: lo + k * width,
    x2: lo + (k + 1) * width,
    count: 0,
  }));
  let nonFinite = 0;
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) nonFinite++;
    else if (v < lo || v > hi) outside++;
    else out[Math.min(bins - 1, Math.floor((v - lo) / width))].count++;
  }
  return { bins: out, nonFinite, outside };
}

/** One histogram per group, as small multiples with a shared y axis. */
export function histogram(options: HistogramOptions): ChartResult {
  const doc = resolveDocument(options.document);
  if (!Array.isArray(options.groups) || options.groups.length === 0)
    throw new Error("histogram: groups must be a non-empty array of { name, values }");
  const binCount = options.bins ?? 30;
  const columns = Math.max(1, Math.min(options.groups.length, Math.round(options.columns ?? options.groups.length)));
  const rows = Math.ceil(options.groups.length / columns);
  const width = options.width ?? theme.width;
  const height = options.height ?? rows * 170 + 50;

  let domain = options.domain;
  if (!domain) {
    const e = extent(options.groups.flatMap((g) => Array.from(g.values)));
    domain = e ? (e[1] > e[0] ? e : [e[0] - 0.5, e[0] + 0.5]) : [0, 1];
  }
  const data: (Bin & { group: number; col: number; row: number })[] = [];
  const captionParts: string[] = [];
  let nonFinite = 0;
  options.groups.forEach((g, index) => {
    const binned = binValues(g.values, domain!, binCount);
    nonFinite += binned.nonFinite;
    for (const b of binned.bins)
      data.push({ ...b, group: index, col: index % columns, row: Math.floor(index / columns) });
    const finite = Array.from(g.values as ArrayLike<number>).filter((v) => Number.isFinite(v));
    const { mean, std } = meanStd(finite);
    captionParts.push(
      text("chart.histogram.group", {
        name: g.name,
        count: finite.length,
        mean: formatNumber(mean),
        std: formatNumber(std),
      }),
    );
  });
  if (nonFinite > 0) captionParts.push(text("chart.histogram.dropped", { count: nonFinite }));

  const facet = { fx: "col", fy: rows > 1 ? "row" : undefined } as const;
  const marks: Plot.Markish[] = [Plot.frame({ strokeOpacity: 0.2 }), Plot.gridY({ strokeOpacity: theme.gridOpacity })];
  options.groups.forEach((_, index) => {
    const mine = data.filter((d) => d.group === index);
    const className = seriesClass(options.colorByGroup ? index : 0);
    marks.push(
      Plot.rectY(mine, {
        x1: "x1",
        x2: "x2",
        y: "count",
        ...facet,
        fill: "currentColor",
        fillOpacity: 0.85,
        inset: 0.5,
        className,
        clip: options.yDomain ? true : undefined,
      }),
    );
  });
  const titles = options.groups.map((g, index) => ({
    name: g.name,
    col: index % columns,
    row: Math.floor(index / columns),
  }));
  marks.push(
    Plot.text(titles, { ...facet, text: "name", frameAnchor: "top", dy: -12, fontWeight: "bold" }),
    Plot.ruleY([0]),
  );

  const svg = Plot.plot({
    ...baseOptions(width, height, doc),
    marginTop: 28,
    fx: { axis: null, padding: 0.16 },
    fy: { axis: null, padding: 0.2 },
    x: {
      domain,
      label: options.xLabel ?? null,
      // About one tick per 80 px of a panel: labels such as "−0.004" overlap any closer at phone width.
      ticks: Math.max(2, Math.floor(width / columns / 80)),
      tickFormat: "~g",
      inset: 4,
    },
    y: { label: options.yLabel ?? text("chart.axis.count"), grid: false, domain: options.yDomain },
    marks,
  }) as SVGSVGElement;
  paint(svg, options.colorByGroup ? options.groups.length : 1);
  return makeFigure(doc, svg, {
    kind: "histogram",
    title: options.title ?? text("chart.histogram.title"),
    lead: options.caption,
    captionParts,
  });
}
