/**
 * What the MNIST presets (presets.ts) are built from: the settings every preset starts
 * with, the book's optimizers and networks of ch06, the two experiment shapes several
 * presets share (the loss races of 6.1.8 and 6.2.4, the overfitting runs of 6.4), and
 * `presetMnist`, the one place that decides which digits a preset trains on.
 */
import { MNIST_SETS } from "kobai";
import { mlp } from "./spec-layers";
import type { Scale } from "./presets";
import type { PresetSettings } from "./settings";
import type { DataSpec, OptimizerSpec } from "./spec";

const SETTINGS: PresetSettings = {
  seed: 0,
  lr: 0.01,
  optimizer: "SGD",
  weightDecay: 0,
  dropout: 0,
  weightScale: 1,
  trials: 1,
};
export const both = (
  s: Partial<PresetSettings>,
  lesson: Partial<PresetSettings> = {},
): Record<Scale, PresetSettings> => ({
  book: { ...SETTINGS, ...s },
  lesson: { ...SETTINGS, ...s, ...lesson },
});

/** The book's optimizers of 6.1.8, in their book forms, with their default rates. */
export function bookOptimizer(name: "SGD" | "Momentum" | "AdaGrad" | "Adam", lr?: number): OptimizerSpec {
  const defaults = { SGD: 0.01, Momentum: 0.01, AdaGrad: 0.01, Adam: 0.001 };
  return { name, options: { lr: lr ?? defaults[name], form: "book" } };
}

/** MultiLayerNet(784, [100]×4, 10) of the loss races (weight_init_compare.py, optimizer_compare_mnist.py). */
export const FOUR_HIDDEN = [100, 100, 100, 100];
/** MultiLayerNet(784, [100]×6, 10) of the overfitting scripts and the hyperparameter search. */
export const SIX_HIDDEN = [100, 100, 100, 100, 100, 100];

/**
 * What the book's loss races on MNIST share (weight_init_compare.py, optimizer_compare_mnist.py):
 * every training digit, batches drawn with replacement, MultiLayerNet(784, [100]×4, 10), the
 * loss per step only; batch 128 for 2000 iterations (lesson scale: batch 64, `lessonIterations`).
 */
export const lossRace = (scale: Scale, s: PresetSettings, lessonIterations: number) => ({
  seed: s.seed,
  data: presetMnist(scale, { train: "all", test: 0 }),
  sampling: "replacement" as const,
  metrics: [],
  model: mlp({ hidden: FOUR_HIDDEN }),
  batchSize: scale === "book" ? 128 : 64,
  iterations: scale === "book" ? 2000 : lessonIterations,
});

/**
 * What the book's overfitting scripts share (overfit_weight_decay.py, overfit_dropout.py):
 * x_train[:300] tested on every test digit, batches of 100 drawn with replacement,
 * MultiLayerNet(784, [100]×6, 10), SGD at the `lr` setting, accuracies every epoch for
 * `bookEpochs` epochs. Lesson scale: 500 test digits, 100 epochs, evaluated every 10 steps
 * (3⅓ epochs: 300 samples in batches of 100).
 */
export const overfitting = (scale: Scale, s: PresetSettings, bookEpochs: number) => ({
  seed: s.seed,
  data: presetMnist(scale, { train: 300, test: scale === "book" ? "all" : 500 }),
  sampling: "replacement" as const,
  model: mlp({ hidden: SIX_HIDDEN }),
  optimizer: bookOptimizer("SGD", s.lr),
  batchSize: 100,
  epochs: scale === "book" ? bookEpochs : 100,
  evalEvery: scale === "book" ? ("epoch" as const) : 10,
});

/** The book's TwoLayerNet(784, 50, 10): weight_init_std = 0.01, sigmoid in ch. 4, ReLU in ch. 5. */
export const twoLayerNet = (activation: "sigmoid" | "relu") => mlp({ hidden: [50], activation, init: { std: 0.01 } });

/**
 * The MNIST a preset trains on: THE place that decides it for every preset (and for any
 * chapter that wants "the book's data at book scale"). Book scale: the book's full MNIST,
 * MNIST_SETS.full (60,000 training, 10,000 test digits); lesson scale: the lesson set,
 * MNIST_SETS.lesson (8,000 + 2,000). "all" is every digit of that part of the set.
 *
 * @example
 * presetMnist("book", { train: "all", test: 0 });   // { name: "mnist", full: true, train: 60000, test: 0 }
 * presetMnist("lesson", { train: 300, test: 500 }); // { name: "mnist", train: 300, test: 500 }
 * presetMnist("book", { train: 500, validation: 0.2 }); // the book's x_train[:500], 20 % held out
 */
export function presetMnist(
  scale: Scale,
  sizes: { train: number | "all"; test?: number | "all"; validation?: number },
): Extract<DataSpec, { name: "mnist" }> {
  const set = scale === "book" ? MNIST_SETS.full : MNIST_SETS.lesson;
  const train = sizes.train === "all" ? set.train : sizes.train;
  const test = sizes.test === "all" ? set.test : (sizes.test ?? 0);
  // Lesson specs stay as they were (no `full` key), so their links and fingerprints do not change.
  const file = scale === "book" ? { full: true } : {};
  return sizes.validation === undefined
    ? { name: "mnist", ...file, train, test }
    : { name: "mnist", ...file, train, test: 0, validation: sizes.validation };
}
