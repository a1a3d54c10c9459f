/**
 * The charts of the activation-histogram widget: one histogram per layer of the
 * activations h_l (図6-10 … 図6-14) and of the weight gradients ∂L/∂W_l, as small
 * multiples, with the per-layer numbers in the caption (the text alternative).
 */
import { histogram, type ChartResult } from "../../../src/plot";
import { formatNumber, formatPercent } from "../../../src/plot/text";
import { t } from "../../../src/i18n";
import { joinSentences } from "../../../src/i18n/sentences";
import type { ActivationName, StackResult } from "./stack";

/** "natural": sigmoid (0, 1), tanh (−1, 1), ReLU [0, max] without its zeros; "book": 30 bins over (0, 1), y up to 7000 as the script. */
export type RangeMode = "natural" | "book";

/** The book's plt.hist(a.flatten(), 30, range=(0,1)) and plt.ylim(0, 7000). */
export const BOOK_BINS = 30;
export const BOOK_Y_MAX = 7000;

export interface InitChartOptions {
  result: StackResult;
  activation: ActivationName;
  range?: RangeMode;
  width?: number;
  document?: Document;
}

/** How many panels per row fit in `width`. */
function columnsFor(width: number, panels: number): number {
  return Math.max(1, Math.min(panels, Math.floor(width / 170)));
}

/**
 * The activations of each layer. In "natural" mode ReLU's exact zeros are left out of the
 * bars (they are about half of all values and would flatten everything else) and each
 * panel's title says what fraction they are.
 *
 * @example
 * activationChart({ result: runStack({ activation: "relu", scale: "he" }), activation: "relu" });
 */
export function activationChart(options: InitChartOptions): ChartResult {
  const { result, activation, range = "natural", width = 640 } = options;
  const book = range === "book";
  const groups = result.activations.map((a, l) => {
    const stats = result.stats[l];
    if (activation === "relu" && !book) {
      return {
        name: t("init.chart.layerZero", { layer: l + 1, zero: formatPercent(stats.saturated) }),
        values: a.data.filter((v) => v !== 0),
      };
    }
    return { name: t("init.chart.layer", { layer: l + 1 }), values: a.data };
  });
  let domain: [number, number];
  if (book) domain = [0, 1];
  else if (activation === "sigmoid") domain = [0, 1];
  else if (activation === "tanh") domain = [-1, 1];
  else {
    let max = 0;
    for (const a of result.activations) for (const v of a.data) if (v > max) max = v;
    domain = [0, max > 0 ? max : 1];
  }
  const lead = joinSentences([
    t(book ? "init.chart.activations.leadBook" : "init.chart.activations.lead", { std: formatNumber(result.std) }),
    ...result.stats.map((s) =>
      t(`init.chart.stat.${activation}`, {
        layer: s.layer,
        mean: formatNumber(s.mean),
        std: formatNumber(s.std),
        saturated: formatPercent(s.saturated),
        dead: s.deadUnits,
      }),
    ),
  ]);
  const columns = columnsFor(width, groups.length);
  return histogram({
    document: options.document,
    width,
    groups,
    domain,
    bins: BOOK_BINS,
    columns,
    height: Math.ceil(groups.length / columns) * 150 + 50,
    yDomain: book ? [0, BOOK_Y_MAX] : undefined,
    title: t("init.chart.activations.title"),
    xLabel: t(`init.chart.activations.x.${activation}`),
    caption: lead,
  });
}

/**
 * ∂L/∂W_l of each layer on one shared x axis (±3 × the largest per-layer RMS), so a layer
 * whose gradient has vanished is a thin spike at 0 beside the others.
 *
 * @example
 * gradientChart({ result: runStack({ activation: "sigmoid", scale: "xavier" }), activation: "sigmoid" });
 */
export function gradientChart(options: InitChartOptions): ChartResult {
  const { result, width = 640 } = options;
  const largest = Math.max(...result.stats.map((s) => s.gradRms));
  const half = largest > 0 && Number.isFinite(largest) ? 3 * largest : 1;
  const groups = result.weightGradients.map((g, l) => ({
    name: t("init.chart.layer", { layer: l + 1 }),
    values: g.data,
  }));
  const first = result.stats[0].gradRms,
    last = result.stats[result.stats.length - 1].gradRms;
  const lead = joinSentences([
    t("init.chart.gradients.lead", { ratio: formatNumber(last > 0 ? first / last : 0) }),
    ...result.stats.map((s) => t("init.chart.gradients.stat", { layer: s.layer, rms: formatNumber(s.gradRms) })),
  ]);
  const columns = columnsFor(width, groups.length);
  return histogram({
    document: options.document,
    width,
    groups,
    domain: [-half, half],
    bins: BOOK_BINS,
    columns,
    height: Math.ceil(groups.length / columns) * 150 + 50,
    title: t("init.chart.gradients.title"),
    xLabel: t("init.chart.gradients.x"),
    caption: lead,
    colorByGroup: false,
  });
}
