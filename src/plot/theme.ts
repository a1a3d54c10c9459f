/**
 * The look every kobai chart shares, in light and dark.
 *
 * SVG presentation attributes cannot use CSS variables, so marks draw in `currentColor`
 * and each series' mark group gets an inline `style="color: var(--kobai-chart-N, #hex)"`
 * (see `paint`). Axes, text and contour lines use plain `currentColor`, so they follow
 * the page's text colour. The palette is the site's `--series-1` … `--series-N`
 * (src/styles/theme.css, which switches them with light-dark()); the fallbacks below
 * cover series beyond those and pages without the site's styles.
 */

/**
 * Fallback categorical palette (Observable's "observable10"), chosen to read on both a
 * white and a near-black background.
 */
export const PALETTE_FALLBACK = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
] as const;

/** The CSS colour of series `i` (cycling through 10), e.g. `var(--series-1, #4269d0)`. */
export function seriesColor(i: number): string {
  const k = ((i % PALETTE_FALLBACK.length) + PALETTE_FALLBACK.length) % PALETTE_FALLBACK.length;
  return `var(--series-${k + 1}, ${PALETTE_FALLBACK[k]})`;
}

/** The class that marks a mark group as drawn in series `i`'s colour. */
export function seriesClass(i: number): string {
  return `kobai-c${i}`;
}

/** Sizes shared by every chart. */
export const theme = {
  width: 640,
  fontSize: 12,
  captionFontSize: "0.875em",
  margin: { top: 16, right: 20, bottom: 36, left: 52 },
  lineWidth: 2,
  faintOpacity: 0.25,
  gridOpacity: 0.08,
  dotRadius: 2.5,
  startRadius: 5,
} as const;

/** Plot's top-level options that every chart starts from. */
export function baseOptions(width: number, height: number, document: Document) {
  return {
    document,
    width: Math.max(200, Math.round(width)),
    height: Math.max(120, Math.round(height)),
    marginTop: theme.margin.top,
    marginRight: theme.margin.right,
    marginBottom: theme.margin.bottom,
    marginLeft: theme.margin.left,
    style: {
      fontSize: `${theme.fontSize}px`,
      fontFamily: "inherit",
      background: "transparent",
      overflow: "visible",
    },
  };
}

/**
 * Gives each mark group with class `kobai-cN` the colour of series N. Run on the SVG
 * after Plot has drawn it.
 */
export function paint(svg: Element, seriesCount: number): void {
  for (let i = 0; i < seriesCount; i++) {
    for (const g of Array.from(svg.querySelectorAll(`.${seriesClass(i)}`))) {
      g.setAttribute("style", `color: ${seriesColor(i)}`);
    }
  }
}

/**
 * Size of a chart whose x and y units must look the same (contours, decision regions):
 * the height follows the width; if that is taller than `maxHeight`, the chart gets
 * narrower instead of squashed.
 */
export function equalAspectSize(
  width: number,
  xSpan: number,
  ySpan: number,
  maxHeight = 520,
): { width: number; height: number } {
  const m = theme.margin;
  const height = ((width - m.left - m.right) * ySpan) / xSpan + m.top + m.bottom;
  if (height <= maxHeight) return { width, height: Math.round(height) };
  return { width: Math.round(((maxHeight - m.top - m.bottom) * xSpan) / ySpan + m.left + m.right), height: maxHeight };
}

/** A default height for a chart `width` wide (golden-ish, not too tall on phones). */
export function defaultHeight(width: number): number {
  return Math.round(Math.min(400, Math.max(200, width * 0.6)));
}
