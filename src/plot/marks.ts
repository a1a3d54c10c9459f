/**
 * Marks drawn the same way in several charts. A series' line: {x, y} points joined in
 * series `series`'s colour (see theme.ts `paint`), at the theme's width, clipped to the frame.
 */
import * as Plot from "@observablehq/plot";
import { seriesClass, theme } from "./theme";

/** The line of series `series` through `points` ({x, y}); `options` adds to or overrides Plot's. */
export function seriesLine(
  points: readonly { x: number; y: number }[],
  series: number,
  options: Plot.LineYOptions = {},
): Plot.Line {
  return Plot.line(points, {
    x: "x",
    y: "y",
    stroke: "currentColor",
    strokeWidth: theme.lineWidth,
    className: seriesClass(series),
    clip: true,
    ...options,
  });
}
