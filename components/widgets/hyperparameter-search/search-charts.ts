/**
 * The two charts of the random search (『ゼロから作る』 6.5.3, 図6-24):
 * - a scatter of the finished trials, x = log₁₀ learning rate, y = log₁₀ weight decay,
 *   colour = final validation accuracy, so the good region shows as it fills in;
 * - small multiples of the best k trials, validation accuracy (solid) and training accuracy
 *   (dashed) per epoch, titled "Best-1" … like the book's figure.
 * Pure functions of the trial results; the element (search-element.ts) only shows them.
 */
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "../../../src/plot";
import { baseOptions } from "../../../src/plot/theme";
import type { TrainResult } from "../../../src/run/events";
import type { SearchSpace, TrialParams } from "../../../src/run/search";

/** One trial as the charts see it. */
export interface TrialPoint {
  /** Position in the search (0-based). */
  index: number;
  params: TrialParams;
  result?: TrainResult;
}

/** The final validation accuracy of a finished trial (0 if it diverged before any evaluation). */
export function finalValidation(result: TrainResult): number {
  return result.runs[0].evals.at(-1)?.testAcc ?? 0;
}

/**
 * The finished trials, best final validation accuracy first (ties: earlier trial first).
 *
 * @example
 * bestTrials(trials, 20).map((t) => t.index);
 */
export function bestTrials(trials: readonly TrialPoint[], k: number): TrialPoint[] {
  return trials
    .filter((x) => x.result)
    .sort((a, b) => finalValidation(b.result!) - finalValidation(a.result!) || a.index - b.index)
    .slice(0, k);
}

/** Labels of the scatter (translated by the caller). */
export interface ScatterLabels {
  title: string;
  x: string;
  y: string;
  color: string;
  caption: string;
}

/**
 * Finished trials as dots in (log₁₀ lr, log₁₀ λ), coloured by validation accuracy.
 */
export function trialScatter(
  trials: readonly TrialPoint[],
  space: SearchSpace,
  labels: ScatterLabels,
  options: ChartBase = {},
): ChartResult {
  const doc = resolveDocument(options.document);
  const width = options.width ?? 640;
  const done = trials
    .filter((x) => x.result)
    .map((x) => ({
      x: Math.log10(x.params.lr ?? NaN),
      y: Math.log10(x.params.weightDecay ?? NaN),
      val: finalValidation(x.result!),
    }));
  const [x0, x1] = space.lr?.log10 ?? [-6, -2];
  const [y0, y1] = space.weightDecay?.log10 ?? [-8, -4];
  const color = { type: "linear" as const, scheme: "viridis" as const, domain: [0, 1], label: labels.color };
  const svg = Plot.plot({
    ...baseOptions(width, options.height ?? Math.round(Math.min(320, Math.max(220, width * 0.55))), doc),
    x: { domain: [x0, x1], label: labels.x },
    y: { domain: [y0, y1], label: labels.y },
    color,
    marks: [
      Plot.frame({ strokeOpacity: 0.3 }),
      Plot.dot(done, { x: "x", y: "y", fill: "val", r: 6, stroke: "currentColor", strokeWidth: 0.75 }),
    ],
  }) as SVGSVGElement;
  const figure = makeFigure(doc, svg, { kind: "search-scatter", title: labels.title, captionParts: [labels.caption] });
  if (typeof window !== "undefined") {
    // Plot's colour ramp, above the dots (a DOM element; skipped at build time).
    const legend = Plot.legend({ color: { ...color, tickFormat: "%" }, width: 240 }) as unknown as Element;
    (legend as HTMLElement).style.marginBottom = "8px";
    figure.element.insertBefore(legend, figure.svg);
  }
  return figure;
}

/** Labels of the small multiples. */
export interface MultiplesLabels {
  title: string;
  caption: string;
  /** "Best-1" for rank 1. */
  panel: (rank: number) => string;
  epoch: string;
  accuracy: string;
}

/**
 * Validation (solid) and training (dashed) accuracy per epoch of the best trials, one
 * panel each, `columns` panels a row.
 */
export function bestMultiples(
  best: readonly TrialPoint[],
  labels: MultiplesLabels,
  options: ChartBase & { columns?: number } = {},
): ChartResult {
  const doc = resolveDocument(options.document);
  const width = options.width ?? 640;
  const columns = options.columns ?? (width < 480 ? 3 : 5);
  const rows: { panel: string; col: number; row: number; epoch: number; acc: number; kind: string }[] = [];
  best.forEach((trial, i) => {
    const panel = labels.panel(i + 1);
    for (const e of trial.result!.runs[0].evals) {
      // Validation first, then training: the order the marks are drawn in.
      for (const [kind, acc] of [
        ["val", e.testAcc],
        ["train", e.trainAcc],
      ] as const) {
        if (acc !== undefined)
          rows.push({ panel, col: i % columns, row: Math.floor(i / columns), epoch: e.epoch, acc, kind });
      }
    }
  });
  const panelRows = Math.max(1, Math.ceil(best.length / columns));
  const panelHeight = width < 480 ? 90 : 100;
  const svg = Plot.plot({
    ...baseOptions(width, panelRows * panelHeight + 50, doc),
    marginTop: 22,
    x: { label: labels.epoch, ticks: 2 },
    // Narrow panels (phones): more room between them, so tick labels do not collide.
    y: { domain: [0, 1], label: labels.accuracy, ticks: 2, tickFormat: "%" },
    fx: { axis: null, padding: width < 480 ? 0.3 : 0.12 },
    fy: { axis: null, padding: 0.25 },
    marks: [
      Plot.frame({ strokeOpacity: 0.25 }),
      Plot.line(
        rows.filter((r) => r.kind === "val"),
        { x: "epoch", y: "acc", fx: "col", fy: "row", stroke: "var(--series-1, #4269d0)", strokeWidth: 1.5 },
      ),
      Plot.line(
        rows.filter((r) => r.kind === "train"),
        {
          x: "epoch",
          y: "acc",
          fx: "col",
          fy: "row",
          stroke: "var(--series-2, #efb118)",
          strokeWidth: 1.25,
          strokeDasharray: "3 2",
        },
      ),
      Plot.text(
        best.map((_, i) => ({ col: i % columns, row: Math.floor(i / columns), label: labels.panel(i + 1) })),
        {
          fx: "col",
          fy: "row",
          text: "label",
          frameAnchor: "top-left",
          dx: 3,
          dy: 2,
          fontSize: 10,
          fill: "currentColor",
        },
      ),
    ],
  }) as SVGSVGElement;
  return makeFigure(doc, svg, { kind: "search-multiples", title: labels.title, captionParts: [labels.caption] });
}
