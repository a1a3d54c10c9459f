/**
 * A chart over a rectangle of the plane, [x0, x1] × [y0, y1], with both axes labelled:
 * contours with an optimizer's path, decision regions, and the loss-function fit draw
 * their marks on it.
 */
import * as Plot from "@observablehq/plot";
import { baseOptions, paint } from "./theme";

export interface PlaneAxes {
  x: readonly [number, number];
  y: readonly [number, number];
  xLabel: string;
  yLabel: string;
}

/** Plot draws `marks` on the plane; the first `seriesCount` series classes get their colours. */
export function drawPlane(
  doc: Document,
  size: { width: number; height: number },
  axes: PlaneAxes,
  marks: Plot.Markish[],
  seriesCount: number,
): SVGSVGElement {
  const svg = Plot.plot({
    ...baseOptions(size.width, size.height, doc),
    x: { domain: [...axes.x], label: axes.xLabel },
    y: { domain: [...axes.y], label: axes.yLabel },
    marks,
  }) as SVGSVGElement;
  paint(svg, seriesCount);
  return svg;
}
