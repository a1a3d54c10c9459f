/**
 * The options every `plot(…)` from a cell starts from, so a cell's chart looks like the
 * site's charts (src/plot/theme.ts): transparent background and `currentColor` ink, so it
 * follows light and dark mode, the page's font, and the width of the output area.
 * Anything the cell passes overrides these.
 */
import { defaultHeight, theme } from "../plot/theme";

/**
 * Base Plot options for a chart `width` CSS pixels wide (clamped to 240…960), with the
 * site's default height for that width.
 *
 * @example
 * plotDefaults(500).width; // 500
 */
export function plotDefaults(width: number) {
  const clamped = Math.round(Math.min(960, Math.max(240, width)));
  return {
    width: clamped,
    height: defaultHeight(clamped),
    style: {
      background: "transparent",
      color: "currentColor",
      fontFamily: "inherit",
      fontSize: `${theme.fontSize}px`,
      overflow: "visible",
    },
  };
}
