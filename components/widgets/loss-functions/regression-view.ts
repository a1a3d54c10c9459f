/**
 * What the regression panel draws for a line (w, b), live and at build time: the points,
 * the line with its two drag handles, the residuals as squares or segments, and the error
 * in PyTorch's and the book's form.
 */
import { t } from "../../../src/i18n";
import { formatNumber, type ChartResult } from "../../../src/plot";
import { fitChart } from "./fit-chart";
import { sig4 } from "./curves-view";
import {
  HANDLE_X,
  REGRESSION_SEED,
  leastSquares,
  regressionPoints,
  regressionReport,
  type RegressionReport,
} from "./regression";

export const REGRESSION_VIEW = { x: [0, 5] as [number, number], y: [0, 5] as [number, number] };

/** Four significant digits, for the error readouts. */
export function formatError(v: number): string {
  return sig4(v);
}

/** The chart of the line (w, b). */
export function drawRegression(
  w: number,
  b: number,
  residuals: "squares" | "segments",
  options: { document?: Document; width?: number },
): { chart: ChartResult; report: RegressionReport } {
  const points = regressionPoints();
  const report = regressionReport(points, w, b);
  const chart = fitChart({
    document: options.document,
    width: options.width,
    points,
    curve: (x) => w * x + b,
    curveName: t("lf.reg.line", { w: formatNumber(w), b: formatNumber(b) }),
    pointsName: t("lf.reg.points", { n: points.length, seed: REGRESSION_SEED }),
    x: REGRESSION_VIEW.x,
    y: REGRESSION_VIEW.y,
    residuals,
    handles: HANDLE_X.map((x) => [x, w * x + b] as [number, number]),
    title: t("lf.reg.region"),
    captionParts: [
      t("lf.reg.caption", {
        w: formatNumber(w),
        b: formatNumber(b),
        n: points.length,
        residuals: report.residuals.map((r) => formatNumber(Number(r.toFixed(2)))).join(", "),
        mean: formatError(report.mean),
        halfSum: formatError(report.halfSum),
      }),
    ],
  });
  return { chart, report };
}

/** The readouts: both forms, their ratio N/2, and how far from the best line. */
export function regressionNumbers(report: RegressionReport): string[] {
  const points = regressionPoints();
  const best = regressionReport(points, ...leastSquares(points));
  const excess = report.mean - best.mean;
  return [
    t("lf.reg.mean", { value: formatError(report.mean) }),
    t("lf.reg.halfSum", { value: formatError(report.halfSum) }),
    t("lf.reg.ratio", { value: formatNumber(points.length / 2) }),
    excess < 1e-9
      ? t("lf.reg.atBest")
      : t("lf.reg.aboveBest", { best: formatError(best.mean), excess: formatError(excess) }),
  ];
}
