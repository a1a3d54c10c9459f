/**
 * Every builder returns the same shape: a `<figure class="kobai-chart">` holding an
 * optional legend, the Plot SVG (role="img", aria-label = the chart's title) and a
 * `<figcaption>` with the text alternative: the key numbers a sighted reader would read
 * off the chart.
 */
import { seriesColor, theme } from "./theme";
import { text } from "./text";
import { moveMarkLabels } from "./aria";
import { joinSentences } from "../i18n/sentences";

/** What every builder returns. */
export interface ChartResult {
  /** `<figure class="kobai-chart">`: legend, SVG and caption; put this in the page. */
  element: HTMLElement;
  /** The SVG Plot drew (in a browser it has Plot's `.scale(name)`). */
  svg: SVGSVGElement;
  /** The caption text (also in the `<figcaption>`). */
  caption: string;
}

/** Options every builder accepts. */
export interface ChartBase {
  /** The document to draw into: linkedom's at build time; defaults to the browser's. */
  document?: Document;
  /** Width in pixels (widgets pass their container's width); default 640. */
  width?: number;
  /** Height in pixels; each builder has a sensible default. */
  height?: number;
  /** Short title, used as the SVG's aria-label; each builder has a default. */
  title?: string;
  /** A sentence put before the generated caption (e.g. what the reader should notice). */
  caption?: string;
}

/** One entry of a chart's legend. */
export interface LegendEntry {
  name: string;
  /** Palette index of the entry's colour. */
  color: number;
  /** "line" draws a stroke, "dot" a disc. */
  shape?: "line" | "dot";
}

/** The document to draw into, or a clear error when there is none. */
export function resolveDocument(document: Document | undefined): Document {
  const doc = document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error(text("chart.error.noDocument"));
  return doc;
}

let idCounter = 0;

/**
 * Plot numbers its markers and clip paths from 1 in every JavaScript context, so a chart
 * drawn at build time and one drawn live on the same page would share ids. Prefix them.
 */
export function uniquifyIds(svg: Element): void {
  const prefix = `kobai-${typeof window === "undefined" ? "b" : "r"}${++idCounter}-`;
  const renamed = new Map<string, string>();
  for (const el of Array.from(svg.querySelectorAll("[id]"))) {
    const id = el.getAttribute("id")!;
    renamed.set(id, prefix + id);
    el.setAttribute("id", prefix + id);
  }
  if (renamed.size === 0) return;
  for (const el of Array.from(svg.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (!attr.value.includes("url(#")) continue;
      el.setAttribute(
        attr.name,
        attr.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
          renamed.has(id) ? `url(#${renamed.get(id)})` : whole,
        ),
      );
    }
  }
}

/**
 * Rounds coordinates in path data and positions to 0.1 px: Plot writes full float
 * precision, which makes a build-time contour chart several times larger for nothing.
 */
export function roundCoordinates(svg: Element): void {
  const round = (s: string) => s.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
  for (const el of Array.from(svg.querySelectorAll("path, circle, line, rect, text, g"))) {
    for (const name of ["d", "cx", "cy", "x", "y", "x1", "x2", "y1", "y2", "width", "height", "transform"]) {
      const v = el.getAttribute(name);
      if (v && v.includes(".")) el.setAttribute(name, round(v));
    }
  }
}

/**
 * Records the x and y scales on the SVG as data attributes, so `pointerToData` works on a
 * chart drawn at build time too (which has lost Plot's `.scale()` method).
 */
function recordScales(svg: SVGSVGElement): void {
  const withScale = svg as SVGSVGElement & {
    scale?: (name: string) => { type: string; domain: unknown[]; range?: unknown[] } | undefined;
  };
  if (typeof withScale.scale !== "function") return;
  for (const name of ["x", "y"]) {
    const s = withScale.scale(name);
    if (!s || !s.range || (s.type !== "linear" && s.type !== "log")) continue;
    svg.setAttribute(`data-${name}-scale`, JSON.stringify({ type: s.type, domain: s.domain, range: s.range }));
  }
}

function legendElement(doc: Document, entries: readonly LegendEntry[]): HTMLElement {
  const list = doc.createElement("ul");
  list.setAttribute("class", "kobai-chart-legend");
  list.setAttribute(
    "style",
    "display:flex;flex-wrap:wrap;gap:0.25em 1em;list-style:none;margin:0 0 0.25em;padding:0;font-size:0.875em",
  );
  for (const entry of entries) {
    const item = doc.createElement("li");
    item.setAttribute("style", "display:inline-flex;align-items:center;gap:0.4em");
    const swatch = doc.createElement("span");
    swatch.setAttribute("aria-hidden", "true");
    const shape =
      entry.shape === "dot"
        ? "width:0.7em;height:0.7em;border-radius:50%;background:currentColor"
        : "width:1.2em;height:0;border-top:3px solid currentColor";
    swatch.setAttribute("style", `display:inline-block;color:${seriesColor(entry.color)};${shape}`);
    item.append(swatch, doc.createTextNode(entry.name));
    list.append(item);
  }
  return list;
}

/** Wraps Plot's SVG into the shared figure shape. */
export function makeFigure(
  doc: Document,
  svg: SVGSVGElement,
  opts: { kind: string; title: string; captionParts: string[]; lead?: string; legend?: readonly LegendEntry[] },
): ChartResult {
  if (svg.tagName.toLowerCase() !== "svg")
    throw new Error(`makeFigure: expected Plot to return an <svg>, got <${svg.tagName}>`);
  uniquifyIds(svg);
  roundCoordinates(svg);
  // Plot's aria-label on mark groups and shapes is forbidden inside an image: see aria.ts.
  moveMarkLabels(svg);
  recordScales(svg);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", opts.title);
  const caption = joinSentences([opts.lead, ...opts.captionParts]);
  const figure = doc.createElement("figure");
  figure.setAttribute("class", "kobai-chart");
  figure.setAttribute("data-chart-kind", opts.kind);
  figure.setAttribute("style", "margin:0");
  if (opts.legend && opts.legend.length > 1) figure.append(legendElement(doc, opts.legend));
  figure.append(svg);
  const figcaption = doc.createElement("figcaption");
  figcaption.setAttribute("style", `font-size:${theme.captionFontSize};margin-top:0.25em`);
  figcaption.textContent = caption;
  figure.append(figcaption);
  return { element: figure, svg, caption };
}
