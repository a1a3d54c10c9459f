/**
 * "Spot the mistake": AdaGrad read as "the sum of past learning rates",
 *
 *   wrong:  h ← h + η             right:  h ← h + ∇ ⊙ ∇
 *           W ← W − η/√h · ∇              W ← W − η/(√h + ε) ⊙ ∇
 *
 * With h = kη after k steps the wrong step size is √(η/k) for every weight alike: plain SGD
 * with a decaying learning-rate schedule. Nothing depends on a weight's own gradients any
 * more, so the one thing AdaGrad exists for, a step size per weight, is gone. Run on the
 * real core as SGD whose lr is set to √(η/k) before step k. Computed once for the page's
 * chart and for claims.test.ts.
 */
import { bookBowl, runOptimizer, AdaGrad, Parameter, SGD, Tensor, type Point } from "kobai";
import { t } from "../../../src/i18n";

export const SPOT = { lr: 1.5, steps: 200 } as const;

/** The wrong reading as kobai's SGD with the schedule η_k = η/√(kη) = √(η/k). */
export function sumOfLearningRates(steps = SPOT.steps): Point[] {
  const xy = new Parameter(Tensor.from([bookBowl.start]), "xy");
  const sgd = new SGD([xy], { lr: SPOT.lr });
  const points: Point[] = [[...bookBowl.start]];
  let h = 0;
  for (let k = 1; k <= steps; k++) {
    h += SPOT.lr; // the mistake: the sum of past learning rates
    sgd.lr = SPOT.lr / Math.sqrt(h);
    xy.grad = Tensor.from([bookBowl.gradient(xy.value.get(0, 0), xy.value.get(0, 1))]);
    sgd.step();
    points.push([xy.value.get(0, 0), xy.value.get(0, 1)]);
  }
  return points;
}

export function spotTheMistake() {
  const right = runOptimizer(bookBowl, AdaGrad, { lr: SPOT.lr }, { steps: SPOT.steps });
  const wrong = sumOfLearningRates();
  const f = (p: Point) => bookBowl.value(p[0], p[1]);
  const lossSeries = [
    { name: "AdaGrad: h ← h + ∇⊙∇", y: right.losses },
    { name: t("opt.lesson.adagrad.mistake"), y: wrong.map(f) },
  ];
  return { right, wrong, wrongLosses: wrong.map(f), lossSeries };
}
