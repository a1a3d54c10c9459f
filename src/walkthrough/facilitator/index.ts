/**
 * Facilitator guides, one per chapter, keyed by slug.
 *
 * @example
 * guideFor("sgd")?.questions.length; // 4
 */
import type { FacilitatorGuide } from "./types";
import { perceptron } from "./perceptron";
import { activationFunctions } from "./activation-functions";
import { forwardPass } from "./forward-pass";
import { lossFunctions } from "./loss-functions";
import { gradientDescent } from "./gradient-descent";
import { backpropagation } from "./backpropagation";
import { initialization } from "./initialization";
import { batchNormalization } from "./batch-normalization";
import { weightDecay } from "./weight-decay";
import { dropout } from "./dropout";
import { hyperparameterSearch } from "./hyperparameter-search";
import { sgd } from "./sgd";
import { momentum } from "./momentum";
import { nesterov } from "./nesterov";
import { adagrad } from "./adagrad";
import { rmsprop } from "./rmsprop";
import { adam } from "./adam";
import { optimizerComparison } from "./optimizer-comparison";
import { schedules } from "./schedules";

export type { FacilitatorGuide, GuideTopic, Confusion } from "./types";
export { suggestedMinutes, topicForHeading, totalMinutes } from "./match";

/** Every guide, in the chapters' order. */
export const guides: readonly FacilitatorGuide[] = [
  perceptron, activationFunctions, forwardPass, lossFunctions, gradientDescent, backpropagation,
  sgd, momentum, nesterov, adagrad, rmsprop, adam, optimizerComparison, schedules,
  initialization, batchNormalization, weightDecay, dropout, hyperparameterSearch,
];

/** The guide of a chapter, or undefined. */
export function guideFor(slug: string): FacilitatorGuide | undefined {
  return guides.find((guide) => guide.slug === slug);
}
