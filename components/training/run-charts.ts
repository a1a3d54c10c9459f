/**
 * The training widget's charts, from its view model: the main chart (the search's accuracy
 * per trial, or the runs' loss or accuracy, as the preset says) and the small charts some
 * presets add under it (the weights' size for weight decay; the loss per step under the
 * accuracies, as 図4-11 and 図4-12 pair them).
 */
import { t } from "../../src/i18n";
import { lineChart, lossCurves } from "../../src/plot";
import type { PRESETS } from "../../src/run/presets";
import { SearchView } from "./search-view";
import type { TrainingView } from "./view-model";

type Preset = (typeof PRESETS)[keyof typeof PRESETS];

/** The big chart and the series it draws (the widget counts their points). */
export function mainChart(view: TrainingView | SearchView, preset: Preset, width: number) {
  const accuracy = (series: ReturnType<SearchView["series"]>, title: string) =>
    lineChart({
      series,
      width,
      title,
      xLabel: t("run.chart.epoch"),
      yLabel: t("run.chart.accuracyAxis"),
      yDomain: [0, 1],
    });
  if (view instanceof SearchView) {
    const series = view.series();
    return { series, chart: accuracy(series, t("run.chart.search")) };
  }
  if (preset.chart === "loss") {
    const series = view.lossSeries();
    return { series, chart: lossCurves({ series, width, title: t("run.chart.loss"), smoothing: 0.6 }) };
  }
  const series = view.accuracySeries();
  return { series, chart: accuracy(series, t("run.chart.accuracy")) };
}

/** The smaller charts under the main one, each with the slot it goes in. */
export function smallCharts(view: TrainingView, preset: Preset, width: number): { slot: string; chart: Element }[] {
  const height = Math.round(Math.min(260, Math.max(160, width * 0.4)));
  const charts: { slot: string; chart: Element }[] = [];
  const norms = view.weightNormSeries();
  if (norms.length > 0)
    charts.push({
      slot: "[data-norm-slot]",
      chart: lineChart({
        series: norms,
        width,
        height,
        title: t("run.chart.weightNorm"),
        xLabel: t("run.chart.epoch"),
        yLabel: t("run.chart.weightNormAxis"),
      }).element,
    });
  if (preset.lossChart && view.runs().some((run) => run.losses.length > 0))
    charts.push({
      slot: "[data-loss-slot]",
      chart: lossCurves({ series: view.lossSeries(), width, height, title: t("run.chart.loss"), smoothing: 0.6 })
        .element,
    });
  return charts;
}
