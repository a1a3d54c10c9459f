/**
 * Chart markup from the worker → safe DOM.
 *
 * `plot(…)` sends SVG markup that Observable Plot drew in the worker. Code in a cell can
 * also post its own messages, and a cell may come from someone else's share link, so the
 * markup is parsed inertly (inside a <template>, where nothing loads or runs) and only
 * the elements and attributes a Plot chart uses survive: no scripts, no event handlers,
 * no links, no external images, no foreignObject.
 */

const ALLOWED_ELEMENTS = new Set([
  // Plot's figure wrapper, title, subtitle, caption and legends
  "figure", "figcaption", "h2", "h3", "div", "span", "p",
  // SVG drawing
  "svg", "g", "path", "line", "rect", "circle", "ellipse", "polyline", "polygon", "text", "tspan",
  "title", "desc", "style", "defs", "clippath", "lineargradient", "radialgradient", "stop", "pattern",
  "marker", "mask", "symbol", "use",
]);

/** Attribute names never kept, whatever the element. */
const isDangerousAttribute = (name: string) => name.startsWith("on") || name === "srcdoc" || name === "formaction";

/** href values kept: in-document references only (Plot's clip paths and markers use "#id"). */
const isSafeReference = (value: string) => value.trim().startsWith("#");

/**
 * Parses `markup` and returns a fragment holding only what a chart needs.
 *
 * @example
 * const fragment = sanitizeChartMarkup('<svg onload="alert(1)"><script>alert(2)</script><path d="M0,0"/></svg>', document);
 * // <svg><path d="M0,0"></path></svg>
 */
export function sanitizeChartMarkup(markup: string, doc: Document): DocumentFragment {
  const template = doc.createElement("template");
  template.innerHTML = markup;
  const fragment = template.content;
  const elements = Array.from(fragment.querySelectorAll("*"));
  for (const element of elements) {
    if (!element.isConnected && !fragment.contains(element)) continue; // inside a removed parent
    if (!ALLOWED_ELEMENTS.has(element.localName.toLowerCase())) {
      element.remove();
      continue;
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      const isReference = lower === "href" || lower === "xlink:href" || lower === "src";
      if (isDangerousAttribute(lower) || (isReference && !isSafeReference(value)) || /javascript:/i.test(value)) {
        element.removeAttribute(name);
      }
    }
    if (element.localName.toLowerCase() === "style") {
      // Keep the chart's own rules; drop anything that would fetch from elsewhere.
      element.textContent = (element.textContent ?? "").replace(/@import[^;]*;?/gi, "").replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, "none");
    }
  }
  return fragment;
}
