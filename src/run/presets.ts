/**
 * Presets of the MNIST chapters: for each experiment of the book's ch06 scripts
 * (oreilly-japan/deep-learning-from-scratch), a "book" spec with the script's exact
 * settings ("Reproduce 図X-Y") and a "lesson" spec shrunk to finish in about 20 s on one
 * core of a two-core laptop (the worker gets one core, the page keeps the other).
 * bench/presets.bench.ts measures both (the two-layer presets: estimated from Node CPU time, not yet benched).
 *
 * What is the same in both: the network, the initialisation, the optimizer and its book
 * form, batches drawn with replacement (np.random.choice), the book's weight decay.
 * The data (`presetMnist`, the one place that says which digits a preset trains on): the
 * book scale uses the book's full MNIST (60,000 + 10,000, in the original order, so
 * x_train[:300] is the book's very digits and test accuracies are measured on all 10,000
 * test digits); the lesson scale uses the 10,000-digit lesson set (8,000 + 2,000).
 * What differs, and why the curves can only look alike, not match the book's numbers:
 * - Randomness: NumPy's generator is not ours; a seed here is not a seed there.
 * - The book evaluates right AFTER the first update (`if i % iter_per_epoch == 0`) and
 *   records losses after each update; kobai evaluates the initial weights at step 0 and
 *   records each batch's loss before its update (see the core's training/loop.ts).
 *
 * Run labels are ids, not prose ("bn", "no-decay"; optimizer and init names as they are):
 * the widget shows them in the reader's language (run.series.* strings).
 *
 * Figure numbers are those of the Japanese first edition (2016) as we read them; the
 * ch06 scripts carry no figure numbers, so check them against your copy.
 */
import { FOUR_HIDDEN, SIX_HIDDEN, bookOptimizer, both, lossRace, overfitting, presetMnist } from "./preset-parts";
import { mlp } from "./spec-layers";
import { twoLayerPresets } from "./two-layer-presets";
import type { SearchSpace } from "./search";
import type { ControlId, PresetSettings } from "./settings";
import type { OptimizerSpec, TrainingSpec } from "./spec";

export type PresetId =
  | "weight-init"
  | "batch-norm"
  | "weight-decay"
  | "dropout"
  | "hyperparameter-search"
  | "optimizer-comparison"
  | "optimizer-vs-sgd"
  | "two-layer-net"
  | "two-layer-overfit";

/** "book" reproduces a figure; "lesson" is the ~20 s version. */
export type Scale = "lesson" | "book";

/** One experiment; its id is its key in PRESETS. */
export interface Preset {
  /** The figure the book preset reproduces, e.g. "図6-15". */
  figure: string;
  /** What the widget plots: the loss per step, or accuracies per epoch. */
  chart: "loss" | "accuracy";
  /** Also draw the loss per step under the accuracy chart (図4-11 beside 図4-12). */
  lossChart?: boolean;
  /** The controls that change this experiment (a chapter may show fewer). */
  controls: ControlId[];
  /** Starting values of the controls, per scale. */
  defaults: Record<Scale, PresetSettings>;
  /** The spec (for a search: the base spec of every trial). */
  build(scale: Scale, settings: PresetSettings): TrainingSpec;
  /** A random search over these ranges, `settings.trials` trials (hyperparameter-search only). */
  search?: Record<Scale, SearchSpace>;
}

export { presetMnist } from "./preset-parts";

export const PRESETS: Record<PresetId, Preset> = {
  /**
   * ch06/weight_init_compare.py → 図6-15. MultiLayerNet(784, [100, 100, 100, 100], 10), ReLU
   * (the default activation), SGD(lr=0.01), batch 128, 2000 iterations on all training
   * digits; weight_init_std 0.01 vs "sigmoid" (Xavier, 1/√n) vs "relu" (He, √(2/n)).
   * Note: FOUR hidden layers of 100 (hidden_size_list has four entries), not five.
   * Lesson scale: batch 64, 500 iterations.
   */
  "weight-init": {
    figure: "図6-15",
    chart: "loss",
    controls: ["seed", "lr"],
    defaults: both({ lr: 0.01 }),
    build: (scale, s) => ({
      ...lossRace(scale, s, 500),
      optimizer: bookOptimizer("SGD", s.lr),
      runs: [
        { label: "std=0.01", model: mlp({ hidden: FOUR_HIDDEN, init: { std: 0.01 } }) },
        { label: "Xavier", model: mlp({ hidden: FOUR_HIDDEN, init: "xavier" }) },
        { label: "He", model: mlp({ hidden: FOUR_HIDDEN, init: "he" }) },
      ],
    }),
  },

  /**
   * ch06/batch_norm_test.py → 図6-19 (one of its 16 panels at a time; the panel is the
   * weight scale). MultiLayerNetExtend(784, [100]×5, 10, weight_init_std=w) with and without
   * use_batchnorm, x_train[:1000], SGD(lr=0.01), batch 100, 20 epochs, train accuracy per
   * epoch; w ∈ np.logspace(0, −4, 16). The book's BatchNormalization: momentum 0.9, ε 1e-6.
   * The lesson scale is the same experiment for 10 epochs at lr 0.1, the larger rate Batch
   * Norm is said to allow (6.3.1): at the book's 0.01, 10 epochs leave the Batch Norm network
   * at 27 % for W = 1 and unsettled at small W, so the figure's point does not show yet.
   */
  "batch-norm": {
    figure: "図6-19",
    chart: "accuracy",
    controls: ["seed", "weightScale", "lr"],
    defaults: both({ weightScale: 10 ** ((-4 * 5) / 15), lr: 0.01 }, { lr: 0.1 }),
    build: (scale, s) => ({
      seed: s.seed,
      data: presetMnist(scale, { train: 1000, test: 0 }),
      sampling: "replacement",
      metrics: ["trainAcc"],
      model: mlp({ hidden: [100, 100, 100, 100, 100], init: { std: s.weightScale } }),
      optimizer: bookOptimizer("SGD", s.lr),
      batchSize: 100,
      epochs: scale === "book" ? 20 : 10,
      runs: [
        {
          label: "bn",
          model: mlp({ hidden: [100, 100, 100, 100, 100], init: { std: s.weightScale }, batchnorm: { form: "book" } }),
        },
        { label: "no-bn" },
      ],
    }),
  },

  /**
   * ch06/overfit_weight_decay.py → 図6-20 (λ = 0) and 図6-21 (λ = 0.1), trained side by side.
   * MultiLayerNet(784, [100]×6, 10, weight_decay_lambda=λ), x_train[:300], SGD(lr=0.01),
   * batch 100, 201 epochs, train and test accuracy per epoch (test: all test digits).
   * Lesson scale: 300 digits still, 500 test digits, lr 0.05 so that the training accuracy
   * reaches 100 % (and the gap opens) within 100 epochs, evaluated every 10 steps (3⅓ epochs: 300 samples in batches of 100);
   * λ 0.03.
   */
  "weight-decay": {
    figure: "図6-21",
    chart: "accuracy",
    controls: ["seed", "weightDecay", "lr"],
    // Lesson λ 0.03: in 300 steps at lr 0.05 the book's 0.1 pulls so hard (ηλ = 0.005 a step)
    // that both accuracies fall; 0.03 is the top of the lesson's λ sweep (the chapter's table).
    defaults: both({ weightDecay: 0.1, lr: 0.01 }, { lr: 0.05, weightDecay: 0.03 }),
    build: (scale, s) => ({
      ...overfitting(scale, s, 201),
      weightDecay: s.weightDecay,
      // ‖W‖ too: the weight-decay chapter draws how the weights grow with and without λ.
      metrics: ["trainAcc", "testAcc", "weightNorm"],
      runs: [{ label: "no-decay", weightDecay: 0 }, { label: "decay" }],
    }),
  },

  /**
   * ch06/overfit_dropout.py → 図6-23 (left: without, right: with dropout 0.2), side by side.
   * MultiLayerNetExtend(784, [100]×6, 10, use_dropout, dropout_ration=0.2): the book's
   * NON-inverted dropout; Trainer(epochs=301, mini_batch_size=100, sgd lr 0.01), x_train[:300].
   * Lesson scale: 500 test digits, lr 0.05, 100 epochs, p 0.05, evaluated every 10 steps (3⅓ epochs).
   */
  dropout: {
    figure: "図6-23",
    chart: "accuracy",
    controls: ["seed", "dropout", "lr"],
    // Lesson p 0.05: in 300 steps the book's 0.2 leaves both accuracies lower (each step
    // trains a thinner network); 0.05 is the top of the lesson's p sweep (the chapter's table).
    defaults: both({ dropout: 0.2, lr: 0.01 }, { lr: 0.05, dropout: 0.05 }),
    build: (scale, s) => ({
      ...overfitting(scale, s, 301),
      runs: [
        { label: "no-dropout" },
        { label: "dropout", model: mlp({ hidden: SIX_HIDDEN, dropout: { p: s.dropout, inverted: false } }) },
      ],
    }),
  },

  /**
   * ch06/hyperparameter_optimization.py → 図6-24. x_train[:500], 20 % held out for validation
   * (shuffle_dataset, then slice), MultiLayerNet(784, [100]×6, 10, weight_decay_lambda=λ),
   * Trainer(epochs=50, mini_batch_size=100, sgd), 100 trials of lr = 10^U(−6, −2),
   * λ = 10^U(−8, −4); the figure shows the best 20 (validation solid, train dashed).
   * Lesson scale: 8 trials of 20 epochs each, lr from 10^U(−4, −1): with the book's range,
   * 20 epochs and 8 trials, nearly every trial stays at chance (lr < 10⁻³ barely moves in 80
   * steps) and the search shows nothing; the shifted range lets 8 trials find the ridge.
   */
  "hyperparameter-search": {
    figure: "図6-24",
    chart: "accuracy",
    controls: ["seed", "trials"],
    defaults: both({ trials: 100 }, { trials: 8 }),
    search: {
      book: { lr: { log10: [-6, -2] }, weightDecay: { log10: [-8, -4] } },
      lesson: { lr: { log10: [-4, -1] }, weightDecay: { log10: [-8, -4] } },
    },
    build: (scale, s) => ({
      seed: s.seed,
      data: { ...presetMnist(scale, { train: 500, validation: 0.2 }), seed: s.seed },
      sampling: "replacement",
      model: mlp({ hidden: SIX_HIDDEN }),
      optimizer: bookOptimizer("SGD", 0.01),
      batchSize: 100,
      epochs: scale === "book" ? 50 : 20,
    }),
  },

  /**
   * ch06/optimizer_compare_mnist.py → 図6-9. MultiLayerNet(784, [100]×4, 10) (He init), batch
   * 128, 2000 iterations, SGD (lr 0.01), Momentum (0.01, 0.9), AdaGrad (0.01), Adam (0.001,
   * 0.9, 0.999): the book's classes with their default arguments, in their book forms
   * (AdaGrad's and Adam's ε = 1e-7 added outside the square root). Loss per iteration,
   * smoothed for the figure. Lesson scale: batch 64, 400 iterations.
   */
  "optimizer-comparison": {
    figure: "図6-9",
    chart: "loss",
    controls: ["seed"],
    defaults: both({}),
    build: (scale, s) => ({
      ...lossRace(scale, s, 400),
      optimizer: bookOptimizer("SGD"),
      runs: (["SGD", "Momentum", "AdaGrad", "Adam"] as const).map((name) => ({
        label: name,
        optimizer: bookOptimizer(name),
      })),
    }),
  },

  /**
   * One optimizer beside plain SGD, the two in lockstep on the same batches (the optimizer
   * chapters, sgd … adam): optimizer_compare_mnist.py cut down to two of its runs. The
   * book's classes with their default arguments in their book forms (SGD, Momentum,
   * Nesterov, AdaGrad, RMSprop: lr 0.01; Adam: 0.001); with optimizer "SGD" the second run is
   * SGD at the `lr` setting. Added by the optimizer chapters.
   */
  "optimizer-vs-sgd": {
    figure: "図6-9",
    chart: "loss",
    controls: ["seed", "optimizer", "lr"],
    defaults: both({ optimizer: "Momentum" }),
    build: (scale, s) => {
      const other: OptimizerSpec = {
        name: s.optimizer,
        options: { lr: s.optimizer === "Adam" ? 0.001 : 0.01, form: "book" },
      };
      return {
        ...lossRace(scale, s, 250),
        optimizer: bookOptimizer("SGD"),
        // SGD against itself would be one curve twice: then the second run is SGD at the chosen η.
        runs:
          s.optimizer === "SGD"
            ? [{ label: "SGD" }, { label: `SGD (lr ${s.lr})`, optimizer: bookOptimizer("SGD", s.lr) }]
            : [{ label: "SGD" }, { label: s.optimizer, optimizer: other }],
      };
    },
  },
  ...twoLayerPresets,
};

/** True if `id` names a preset. */
export function isPresetId(id: string): id is PresetId {
  return Object.prototype.hasOwnProperty.call(PRESETS, id);
}

/**
 * The spec of a preset at a scale, with its default settings overridden by `changes`.
 *
 * @example
 * presetSpec("weight-decay", "book");                       // the script's exact settings
 * presetSpec("weight-decay", "lesson", { weightDecay: 0.2 });
 */
export function presetSpec(id: PresetId, scale: Scale, changes: Partial<PresetSettings> = {}): TrainingSpec {
  const preset = PRESETS[id];
  if (!preset) throw new Error(`presetSpec: unknown preset "${id}" (known: ${Object.keys(PRESETS).join(", ")})`);
  return preset.build(scale, { ...preset.defaults[scale], ...changes });
}
