/**
 * "Spot the mistake": "a learning rate of 1 or more is forbidden". The real limit is set by
 * the curvature: along a direction of curvature λ each step multiplies the distance to the
 * minimum by 1 − ηλ, so SGD converges only while η < 2/λ_max. The book's bowl has λ_max = 2,
 * so there the limit happens to be 1; a flatter bowl, f = x²/20 + y²/4 (λ = 0.1 and 0.5),
 * takes any η below 4. Computed once for the page's chart and for claims.test.ts; the chart's
 * series are named in the page's edition (t()).
 */
import { bookBowl, runOptimizer, SGD, type Landscape } from "kobai";
import { t } from "../../../src/i18n";

/** The book's bowl with y four times flatter: curvatures 0.1 and 0.5, so 2/λ_max = 4. */
export const flatterBowl: Landscape = {
  ...bookBowl,
  id: "flatter-bowl",
  name: "A flatter bowl",
  tex: String.raw`f(x, y) = \frac{x^2}{20} + \frac{y^2}{4}`,
  value: (x, y) => (x * x) / 20 + (y * y) / 4,
  gradient: (x, y) => [x / 10, y / 2],
};

export const SPOT = { steps: 100, curvatures: { book: [0.1, 2], flatter: [0.1, 0.5] } } as const;

export function spotTheMistake() {
  const { steps } = SPOT;
  const flat = runOptimizer(flatterBowl, SGD, { lr: 1.5 }, { steps });
  const nearLimit = runOptimizer(flatterBowl, SGD, { lr: 3.9 }, { steps });
  const atLimit = runOptimizer(flatterBowl, SGD, { lr: 4 }, { steps });
  const book = runOptimizer(bookBowl, SGD, { lr: 1.5 }, { steps });
  const lossSeries = [
    { name: t("opt.lesson.sgd.flatter", { lr: 1.5 }), y: flat.losses },
    { name: t("opt.lesson.sgd.flatter", { lr: 3.9 }), y: nearLimit.losses },
    { name: t("opt.lesson.sgd.book", { lr: 1.5 }), y: book.losses },
  ];
  return { flat, nearLimit, atLimit, book, lossSeries };
}
