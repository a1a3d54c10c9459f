/**
 * Facilitator guides, one per chapter, keyed by slug. Each lives beside its chapter's
 * content, in content/lessons/<slug>/facilitator.json (prose data, typed as a FacilitatorGuide
 * where it is gathered); this list is the one place that gathers them (in the chapters' order).
 *
 * @example
 * guideFor("sgd")?.questions.length; // 4
 */
import type { FacilitatorGuide } from "./types";
import { currentLocale } from "../../i18n";
import type { Locale } from "../../i18n/locale";
import perceptron from "../../../content/lessons/perceptron/facilitator.json";
import activationFunctions from "../../../content/lessons/activation-functions/facilitator.json";
import forwardPass from "../../../content/lessons/forward-pass/facilitator.json";
import lossFunctions from "../../../content/lessons/loss-functions/facilitator.json";
import gradientDescent from "../../../content/lessons/gradient-descent/facilitator.json";
import backpropagation from "../../../content/lessons/backpropagation/facilitator.json";
import twoLayerNet from "../../../content/lessons/two-layer-net/facilitator.json";
import initialization from "../../../content/lessons/initialization/facilitator.json";
import batchNormalization from "../../../content/lessons/batch-normalization/facilitator.json";
import weightDecay from "../../../content/lessons/weight-decay/facilitator.json";
import dropout from "../../../content/lessons/dropout/facilitator.json";
import hyperparameterSearch from "../../../content/lessons/hyperparameter-search/facilitator.json";
import sgd from "../../../content/lessons/sgd/facilitator.json";
import momentum from "../../../content/lessons/momentum/facilitator.json";
import nesterov from "../../../content/lessons/nesterov/facilitator.json";
import adagrad from "../../../content/lessons/adagrad/facilitator.json";
import rmsprop from "../../../content/lessons/rmsprop/facilitator.json";
import adam from "../../../content/lessons/adam/facilitator.json";
import optimizerComparison from "../../../content/lessons/optimizer-comparison/facilitator.json";
import schedules from "../../../content/lessons/schedules/facilitator.json";
import perceptronJa from "../../../content/lessons/perceptron/facilitator-ja.json";
import activationFunctionsJa from "../../../content/lessons/activation-functions/facilitator-ja.json";
import forwardPassJa from "../../../content/lessons/forward-pass/facilitator-ja.json";
import lossFunctionsJa from "../../../content/lessons/loss-functions/facilitator-ja.json";
import momentumJa from "../../../content/lessons/momentum/facilitator-ja.json";
import rmspropJa from "../../../content/lessons/rmsprop/facilitator-ja.json";
import adamJa from "../../../content/lessons/adam/facilitator-ja.json";
import optimizerComparisonJa from "../../../content/lessons/optimizer-comparison/facilitator-ja.json";

export type { FacilitatorGuide, GuideTopic, Confusion } from "./types";
export { suggestedMinutes, topicForHeading, totalMinutes } from "./match";

/** Every guide, in the chapters' order. */
export const guides: readonly FacilitatorGuide[] = [
  perceptron,
  activationFunctions,
  forwardPass,
  lossFunctions,
  gradientDescent,
  backpropagation,
  twoLayerNet,
  sgd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adam,
  optimizerComparison,
  schedules,
  initialization,
  batchNormalization,
  weightDecay,
  dropout,
  hyperparameterSearch,
];

/**
 * Guides written in Japanese (content/lessons/<slug>/facilitator-ja.json) for the Japanese
 * edition: the same topics and minutes as the English guide, matched to the Japanese
 * chapter's headings. A chapter without one shows its English guide.
 */
export const guidesJa: readonly FacilitatorGuide[] = [
  perceptronJa,
  activationFunctionsJa,
  forwardPassJa,
  lossFunctionsJa,
  momentumJa,
  rmspropJa,
  adamJa,
  optimizerComparisonJa,
];

/** The guide of a chapter in an edition (the page's, by default), or undefined. */
export function guideFor(slug: string, locale: Locale = currentLocale()): FacilitatorGuide | undefined {
  const japanese = locale === "ja" ? guidesJa.find((guide) => guide.slug === slug) : undefined;
  return japanese ?? guides.find((guide) => guide.slug === slug);
}
