/**
 * plot(options) from a cell → SVG markup, drawn by Observable Plot on a linkedom document
 * (in the worker, and in Node tests). The page sanitises the markup before showing it.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { plotDefaults } from "./plot-defaults";
import { moveMarkLabels } from "../plot/aria";

let document: Document | undefined;

/**
 * Draws Plot `options` (the cell's, over the site's defaults) `width` pixels wide.
 *
 * @example
 * plotMarkup({ marks: [Plot.lineY([3, 1, 2])] }, 480); // "<svg …>…</svg>"
 */
export function plotMarkup(options: Record<string, unknown>, width: number): string {
  document ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  const chart = Plot.plot({ ...plotDefaults(width), ...options, document });
  // The page shows the chart as one image; Plot's per-mark aria-labels are not allowed there.
  moveMarkLabels(chart);
  return chart.outerHTML;
}
