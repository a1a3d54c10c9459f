/**
 * From a click on a chart to data coordinates ("click sets the start").
 *
 * A chart drawn in the browser has Plot's `svg.scale("x")` with `invert`; one drawn at
 * build time only has the `data-x-scale` / `data-y-scale` attributes `makeFigure` wrote.
 * Either way the pointer is first mapped from screen pixels to the SVG's viewBox, since
 * the SVG may be drawn narrower than its viewBox on a phone.
 */

interface RecordedScale {
  type: "linear" | "log";
  domain: [number, number];
  range: [number, number];
}

/** Inverts a recorded linear or log scale at pixel `p`. */
export function invertScale(s: RecordedScale, p: number): number {
  const t = (p - s.range[0]) / (s.range[1] - s.range[0]);
  if (s.type === "log") {
    const [a, b] = s.domain.map(Math.log);
    return Math.exp(a + t * (b - a));
  }
  return s.domain[0] + t * (s.domain[1] - s.domain[0]);
}

function scaleOf(svg: SVGSVGElement, name: "x" | "y"): ((p: number) => number) | undefined {
  const live = (svg as unknown as { scale?: (n: string) => { invert?: (p: number) => number } | undefined }).scale;
  if (typeof live === "function") {
    const s = live.call(svg, name);
    if (s?.invert) return s.invert;
  }
  const recorded = svg.getAttribute(`data-${name}-scale`);
  if (!recorded) return undefined;
  const s = JSON.parse(recorded) as RecordedScale;
  return (p) => invertScale(s, p);
}

/** Converts client (screen) coordinates to the SVG's viewBox coordinates. */
export function clientToViewBox(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const rect = svg.getBoundingClientRect();
  const vb = svg.viewBox?.baseVal;
  const vbWidth = vb && vb.width ? vb.width : rect.width;
  const vbHeight = vb && vb.height ? vb.height : rect.height;
  return [((clientX - rect.left) * vbWidth) / rect.width, ((clientY - rect.top) * vbHeight) / rect.height];
}

/**
 * The data point `[x, y]` under a pointer event on a chart's SVG, or `undefined` when the
 * chart has no invertible x and y scales.
 *
 * @example
 * svg.addEventListener("click", (e) => { const p = pointerToData(svg, e); if (p) setStart(p); });
 */
export function pointerToData(
  svg: SVGSVGElement,
  event: { clientX: number; clientY: number },
): [number, number] | undefined {
  const invertX = scaleOf(svg, "x");
  const invertY = scaleOf(svg, "y");
  if (!invertX || !invertY) return undefined;
  const [px, py] = clientToViewBox(svg, event.clientX, event.clientY);
  return [invertX(px), invertY(py)];
}
