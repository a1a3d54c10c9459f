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
  const defaults = plotDefaults(width);
  // A style given as CSS text is added to the defaults (linkedom cannot take it as text).
  const style =
    typeof options.style === "string"
      ? { ...defaults.style, ...styleObject(options.style) }
      : (options.style ?? defaults.style);
  const chart = Plot.plot({ ...defaults, ...options, style, document });
  // The page shows the chart as one image; Plot's per-mark aria-labels are not allowed there.
  moveMarkLabels(chart);
  return chart.outerHTML;
}

/**
 * CSS declarations as a style object with camelCase names (custom properties as written).
 *
 * @example
 * styleObject("font-size: 14px; color: red"); // { fontSize: "14px", color: "red" }
 */
export function styleObject(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of css.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!name || !value) continue;
    out[name.startsWith("--") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}
