/**
 * Facilitator guides, one per chapter, keyed by slug. Each lives beside its chapter's
 * content, in content/lessons/<slug>/facilitator.ts; this list is the one place that
 * gathers them (in the chapters' order).
 *
 * @example
 * guideFor("sgd")?.questions.length; // 4
 */
import type { FacilitatorGuide } from "./types";
import { currentLocale } from "../../i18n";
import type { Locale } from "../../i18n/locale";
import { perceptron } from "../../../content/lessons/perceptron/facilitator";
import { activationFunctions } from "../../../content/lessons/activation-functions/facilitator";
import { forwardPass } from "../../../content/lessons/forward-pass/facilitator";
import { lossFunctions } from "../../../content/lessons/loss-functions/facilitator";
import { gradientDescent } from "../../../content/lessons/gradient-descent/facilitator";
import { backpropagation } from "../../../content/lessons/backpropagation/facilitator";
import { initialization } from "../../../content/lessons/initialization/facilitator";
import { batchNormalization } from "../../../content/lessons/batch-normalization/facilitator";
import { weightDecay } from "../../../content/lessons/weight-decay/facilitator";
import { dropout } from "../../../content/lessons/dropout/facilitator";
import { hyperparameterSearch } from "../../../content/lessons/hyperparameter-search/facilitator";
import { sgd } from "../../../content/lessons/sgd/facilitator";
import { momentum } from "../../../content/lessons/momentum/facilitator";
import { nesterov } from "../../../content/lessons/nesterov/facilitator";
import { adagrad } from "../../../content/lessons/adagrad/facilitator";
import { rmsprop } from "../../../content/lessons/rmsprop/facilitator";
import { adam } from "../../../content/lessons/adam/facilitator";
import { optimizerComparison } from "../../../content/lessons/optimizer-comparison/facilitator";
import { schedules } from "../../../content/lessons/schedules/facilitator";
import { perceptronJa } from "../../../content/lessons/perceptron/facilitator-ja";
import { forwardPassJa } from "../../../content/lessons/forward-pass/facilitator-ja";
import { rmspropJa } from "../../../content/lessons/rmsprop/facilitator-ja";
import { adamJa } from "../../../content/lessons/adam/facilitator-ja";
import { optimizerComparisonJa } from "../../../content/lessons/optimizer-comparison/facilitator-ja";

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
 * Guides written in Japanese (content/lessons/<slug>/facilitator-ja.ts) for the Japanese
 * edition: the same topics and minutes as the English guide, matched to the Japanese
 * chapter's headings. A chapter without one shows its English guide.
 */
export const guidesJa: readonly FacilitatorGuide[] = [
  perceptronJa,
  forwardPassJa,
  rmspropJa,
  adamJa,
  optimizerComparisonJa,
];

/** The guide of a chapter in an edition (the page's, by default), or undefined. */
export function guideFor(slug: string, locale: Locale = currentLocale()): FacilitatorGuide | undefined {
  const japanese = locale === "ja" ? guidesJa.find((guide) => guide.slug === slug) : undefined;
  return japanese ?? guides.find((guide) => guide.slug === slug);
}
