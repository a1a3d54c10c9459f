/**
 * Observable Plot names what it draws with `aria-label`: every mark group (`<g
 * aria-label="line">`, "dot", "x-axis tick"…) and, with an `ariaLabel` channel, every
 * `<rect>` or `<circle>`. Inside a chart that is one image (`role="img"` with its own name)
 * those attributes are forbidden on elements without a role (axe: aria-prohibited-attr)
 * and tell a screen-reader user nothing the chart's name and caption do not.
 *
 * `moveMarkLabels` moves each of them to `data-mark`, which tests and styles select on.
 * The root keeps its own name. Every chart that leaves src/plot (makeFigure) and every
 * `plot()` of a code cell (src/notebook/plot-markup.ts) goes through it.
 */

/**
 * Moves `aria-label` from every descendant of `root` to `data-mark`; returns how many.
 *
 * @example
 * const svg = Plot.plot({ document, marks: [Plot.lineY([1, 2])] }) as SVGSVGElement;
 * moveMarkLabels(svg); // 5: ticks and tick labels of both axes, and the line
 * svg.querySelector("[aria-label]"); // null
 */
export function moveMarkLabels(root: Element): number {
  const labelled = Array.from(root.querySelectorAll("[aria-label]"));
  for (const element of labelled) {
    element.setAttribute("data-mark", element.getAttribute("aria-label")!);
    element.removeAttribute("aria-label");
  }
  return labelled.length;
}
