/**
 * The presets of the TwoLayerNet chapters (the book's 4.5 and 5.7, and the first look at
 * overfitting): the same TwoLayerNet(784, 50, 10) trained with plain SGD. They join the
 * ch06 presets in presets.ts's PRESETS.
 */
import { both, presetMnist, twoLayerNet } from "./preset-parts";
import type { Preset } from "./presets";

export const twoLayerPresets: Record<"two-layer-net" | "two-layer-overfit", Preset> = {
  /**
   * ch04/train_neuralnet.py and ch05/train_neuralnet.py → 図4-11 (loss) and 図4-12 (accuracy).
   * TwoLayerNet(784, 50, 10), weight_init_std 0.01; 10,000 iterations of batches of 100
   * drawn with np.random.choice, SGD lr 0.1; train and test accuracy every epoch. The
   * chapter-4 net has sigmoids, the chapter-5 net ReLU: both train here in lockstep on the
   * same batches. The book preset uses every training digit of the book's full MNIST (presetMnist
   * decides, for every preset), 60,000; an epoch is train/100 steps.
   * Lesson scale: 10 epochs of 80 steps on 8,000 digits, tested on 1,000 (the book's 16⅔
   * epochs of 600 steps take minutes here).
   */
  "two-layer-net": {
    figure: "図4-12",
    chart: "accuracy",
    lossChart: true,
    controls: ["seed", "lr"],
    defaults: both({ lr: 0.1 }),
    build: (scale, s) => ({
      seed: s.seed,
      data: presetMnist(scale, scale === "book" ? { train: "all", test: "all" } : { train: 8000, test: 1000 }),
      sampling: "replacement",
      model: twoLayerNet("relu"),
      optimizer: { name: "SGD", options: { lr: s.lr } },
      batchSize: 100,
      ...(scale === "book" ? { iterations: 10_000 } : { epochs: 10 }),
      evalEvery: "epoch",
      runs: [{ label: "relu" }, { label: "sigmoid", model: twoLayerNet("sigmoid") }],
    }),
  },

  /**
   * Overfitting seen for the first time: the same TwoLayerNet (ReLU) on a small training set,
   * so that it learns the training digits by heart and the test accuracy stops following.
   * The book first shows it in 6.4.1 (図6-20): x_train[:300], batch 100, 201 epochs, tested
   * on every test digit, with a 7-layer net. The book preset is that data and schedule with
   * this chapter's TwoLayerNet and its η = 0.1 (the figure's setting, not its network; the
   * label says so); the lesson scale trains 100 epochs and tests on 1,000 digits.
   */
  "two-layer-overfit": {
    figure: "図6-20 (TwoLayerNet)",
    chart: "accuracy",
    controls: ["seed", "lr"],
    defaults: both({ lr: 0.1 }),
    build: (scale, s) => ({
      seed: s.seed,
      data: presetMnist(scale, { train: 300, test: scale === "book" ? "all" : 1000 }),
      sampling: "replacement",
      model: twoLayerNet("relu"),
      optimizer: { name: "SGD", options: { lr: s.lr } },
      batchSize: 100,
      epochs: scale === "book" ? 201 : 100,
      evalEvery: "epoch",
    }),
  },
};
