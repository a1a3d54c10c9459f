/**
 * The chart builders every widget, code cell and static chart shares, so every chart
 * looks alike. Each takes `{ document }` (linkedom's at build time) and returns
 * `{ element, svg, caption }`: a `<figure>` with the SVG and a text alternative.
 */
export { lineChart, lossCurves, type LineChartOptions, type LineSeries } from "./line";
export {
  contourWithPath,
  sampleGrid,
  contourLevels,
  type ContourOptions,
  type Trajectory,
  type Point2,
} from "./contour";
export { histogram, binValues, type HistogramOptions, type HistogramGroup, type Bin } from "./histogram";
export { decisionRegions, lineInBox, type DecisionRegionOptions, type BoundaryLine } from "./regions";
export { barChart, type BarChartOptions } from "./bars";
export { functionPlot, centralDifference, type FunctionPlotOptions } from "./function";
export { layerFunction } from "./layer-function";
export { pointerToData, invertScale, clientToViewBox } from "./pointer";
export { moveMarkLabels } from "./aria";
export { makeFigure, resolveDocument, type ChartResult, type ChartBase, type LegendEntry } from "./figure";
export { theme, seriesColor, seriesClass, PALETTE_FALLBACK } from "./theme";
export { smooth, firstNonFinite, meanStd, extent, argmin } from "./series";
export { text, formatNumber, formatPercent, formatSignedTerm } from "./text";
