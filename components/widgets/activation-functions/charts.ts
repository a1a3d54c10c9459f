/**
 * The activation chapter's charts, drawn the same way at build time and live.
 */
import { t } from "../../../src/i18n";
import { barChart, functionPlot, lineChart, type ChartResult } from "../../../src/plot";
import { formatNumber } from "../../../src/plot/text";
import {
  DEPTH_ACTIVATIONS,
  X_RANGE,
  Y_DOMAIN,
  curvesOf,
  gradientByLayer,
  softmaxPanel,
  type ActivationId,
} from "./model";

const nameOf = (id: ActivationId) => t(`act.fn.${id}`);

/** f and f′ of one activation with the tangent at x. */
export function activationChart(options: {
  id: ActivationId;
  x: number;
  width: number;
  document?: Document;
}): ChartResult {
  const { f, df } = curvesOf(options.id);
  const name = nameOf(options.id);
  return functionPlot({
    document: options.document,
    width: options.width,
    height: Math.round(Math.min(360, Math.max(220, options.width * 0.62))),
    f,
    df,
    name,
    domain: X_RANGE,
    yDomain: Y_DOMAIN[options.id],
    at: options.x,
    samples: 241,
    title: t("act.chart.title", { name }),
  });
}

/** The RMS gradient at each layer's input for sigmoid, tanh and ReLU stacks of `depth` layers. */
export function depthChart(options: { depth: number; width: number; document?: Document }): ChartResult {
  const layers = Array.from({ length: options.depth }, (_, i) => i + 1);
  const grads = DEPTH_ACTIVATIONS.map((a) => gradientByLayer(a, options.depth));
  const [sigmoid, tanh, relu] = grads.map((g) => formatNumber(g[0]));
  return lineChart({
    document: options.document,
    width: options.width,
    height: Math.round(Math.min(340, Math.max(220, options.width * 0.55))),
    series: DEPTH_ACTIVATIONS.map((a, i) => ({ name: nameOf(a), x: layers, y: grads[i] })),
    logY: true,
    xLabel: t("act.depth.axis.layer"),
    yLabel: t("act.depth.axis.grad"),
    xDomain: [1, Math.max(2, options.depth)],
    title: t("act.depth.chart"),
    caption: t("act.depth.summary", { depth: options.depth, sigmoid, tanh, relu }),
  });
}

/** Bars of the stable softmax probabilities. */
export function softmaxChart(options: {
  logits: readonly number[];
  temperature: number;
  shift: number;
  width: number;
  document?: Document;
}): ChartResult {
  const panel = softmaxPanel(options.logits, options.temperature, options.shift);
  return barChart({
    document: options.document,
    width: options.width,
    yDomain: [0, 1],
    yLabel: t("sm.chart.axis"),
    bars: panel.stable.map((p, k) => ({ name: t("sm.class", { k: k + 1 }), value: p })),
    title: t("sm.chart.title"),
  });
}
