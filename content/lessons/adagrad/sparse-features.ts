/**
 * Where AdaGrad shines: sparse features. A linear model t = x · w learns four weights, one for
 * a feature every example has and three for features that are rarely non-zero (in 20 %, 5 %
 * and 1 % of the 100 examples), all with the true weight 1:
 *
 *   L(w) = (1/N) Σₙ (xₙ · w − tₙ)²          ∂L/∂wⱼ = (2/N) Σ_{n: xₙⱼ ≠ 0} (xₙ · w − tₙ) xₙⱼ
 *
 * A rare feature's gradient is a sum over the few examples that have it, so it is small, and
 * SGD's one learning rate (held down by the common feature: η < 2/λ_max) moves its weight
 * slowly. AdaGrad divides each weight's step by the root of its own summed squared gradients,
 * so a weight that rarely gets a gradient keeps a large step. Both run on the core (Linear,
 * MSELoss, SGD, AdaGrad) from zero weights, full batch, the same η. Computed once for the
 * page's chart and for claims.test.ts; the chapter's cell does the same with the public API.
 */
import { AdaGrad, Linear, MSELoss, SGD, Tensor, createRng, type Parameter } from "kobai";
import { t } from "../../../src/i18n";

export const SPARSE = { n: 100, lr: 0.3, steps: 100, seed: 0 } as const;
/** How many of the 100 examples have each feature (non-zero). */
export const FEATURE_COUNTS = [100, 20, 5, 1] as const;
export const FEATURE_NAMES = ["common (100 %)", "rare (20 %)", "rarer (5 %)", "rarest (1 %)"] as const;

/**
 * The data: feature 0 is N(0, 1) in every example; feature j > 0 is 1 in FEATURE_COUNTS[j]
 * examples (chosen at random, seed 0) and 0 elsewhere; t = x · (1, 1, 1, 1).
 */
export function sparseData(): { x: Tensor; t: Tensor } {
  const rng = createRng(SPARSE.seed);
  const rows = Array.from({ length: SPARSE.n }, () => [rng.normal(), 0, 0, 0]);
  FEATURE_COUNTS.forEach((count, j) => {
    if (j === 0) return;
    let placed = 0;
    while (placed < count) {
      const n = Math.floor(rng.uniform() * SPARSE.n);
      if (rows[n][j] === 0) {
        rows[n][j] = 1;
        placed++;
      }
    }
  });
  const t = rows.map((r) => [r.reduce((s, v) => s + v, 0)]);
  return { x: Tensor.from(rows), t: Tensor.from(t) };
}

export interface SparseRun {
  /** weights[k] = the four weights after k steps. */
  weights: number[][];
  losses: number[];
}

/** Trains t ≈ x · w (no bias: the common feature plays that part) with SGD or AdaGrad. */
export function trainSparse(kind: "SGD" | "AdaGrad", lr: number = SPARSE.lr, steps: number = SPARSE.steps): SparseRun {
  const { x, t } = sparseData();
  const model = new Linear(FEATURE_COUNTS.length, 1, { init: "zeros" });
  const weight = model.weight;
  // Only the weights learn; the bias stays 0 (the true model has none).
  const params: Parameter[] = [weight];
  const optimizer = kind === "SGD" ? new SGD(params, { lr }) : new AdaGrad(params, { lr });
  const mse = new MSELoss();
  const weights: number[][] = [Array.from(weight.value.data)];
  const losses: number[] = [];
  for (let k = 0; k <= steps; k++) {
    optimizer.zeroGrad();
    model.bias.zeroGrad();
    losses.push(mse.forward(model.forward(x), t));
    if (k === steps) break;
    model.backward(mse.backward());
    optimizer.step();
    weights.push(Array.from(weight.value.data));
  }
  return { weights, losses };
}

/** The chapter's three runs, and the chart's series (named in the page's edition): the rarest feature's weight, step by step. */
export function sparseComparison() {
  const sgd = trainSparse("SGD");
  const fastSgd = trainSparse("SGD", 1.2);
  const adagrad = trainSparse("AdaGrad");
  const series = [
    { name: "SGD η = 0.3", y: sgd.weights.map((w) => w[3]) },
    { name: t("opt.lesson.adagrad.nearLimit", { lr: 1.2 }), y: fastSgd.weights.map((w) => w[3]) },
    { name: "AdaGrad η = 0.3", y: adagrad.weights.map((w) => w[3]) },
  ];
  return { sgd, fastSgd, adagrad, series };
}
