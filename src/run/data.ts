/**
 * The data a job trains on: a training set and, optionally, an evaluation set (the test
 * digits, or a validation split of the training data).
 *
 * MNIST comes from kobai's loader (fetch in a page or worker, the file in Node); it reads
 * and checks the file once per data source and caches it, so a worker that runs many
 * trials loads it once.
 */
import { datasets, permutation, type LoadProgress, type Rng, type Tensor } from "kobai";
import type { DataSpec } from "./spec";
import { dataShape } from "./spec";
import { mnistSizes } from "./spec-data";
import { streamRng } from "./seeds";

/** Features and labels. */
export interface LabelledSet {
  x: Tensor;
  y: number[];
}

/** What a job trains on. */
export interface TrainingData {
  train: LabelledSet;
  /** Where testAcc is measured, if anywhere. */
  evaluation?: LabelledSet & { kind: "test" | "validation" };
  inputs: number;
  classes: number;
}

/**
 * Loads (or generates, with the data stream of `spec.seed`, else of `seed`) the data a spec names;
 * `onProgress` hears the bytes of a data file arriving (MNIST's first load).
 *
 * @example
 * const data = await loadTrainingData({ name: "mnist", train: 300, test: 500 }, 0);
 * data.train.x.shape; // [300, 784]
 */
export async function loadTrainingData(spec: DataSpec, seed: number, onProgress?: LoadProgress): Promise<TrainingData> {
  const rng = streamRng("seed" in spec && spec.seed !== undefined ? spec.seed : seed, "data");
  const { inputs, classes } = dataShape(spec);
  let all: LabelledSet;
  let test: LabelledSet | undefined;
  switch (spec.name) {
    case "mnist": {
      const sizes = mnistSizes(spec);
      const digits = await datasets.mnist({
        full: spec.full ?? false,
        onProgress,
        train: spec.train ?? sizes.train,
        test: spec.validation ? 0 : (spec.test ?? sizes.test),
      });
      all = digits.train;
      if (!spec.validation && digits.test.y.length > 0) test = digits.test;
      break;
    }
    case "spiral":
      all = datasets.spiral({ n: spec.n, classes: spec.classes, noise: spec.noise, rng });
      break;
    case "moons":
      all = datasets.moons({ n: spec.n, noise: spec.noise, rng });
      break;
    case "circles":
      all = datasets.circles({ n: spec.n, noise: spec.noise, factor: spec.factor, rng });
      break;
    case "xor":
      all = datasets.xor();
      break;
  }
  const validation = "validation" in spec ? spec.validation : undefined;
  if (validation) {
    const { train, held } = splitOff(all, validation, rng);
    return { train, evaluation: { ...held, kind: "validation" }, inputs, classes };
  }
  return { train: all, evaluation: test && { ...test, kind: "test" }, inputs, classes };
}

/**
 * Shuffles the rows once, then holds out the first ⌊fraction·N⌋ (the book's
 * shuffle_dataset followed by x_train[:validation_num]).
 */
export function splitOff(set: LabelledSet, fraction: number, rng: Rng): { train: LabelledSet; held: LabelledSet } {
  const n = set.y.length;
  const order = permutation(n, rng);
  const cut = Math.floor(n * fraction);
  if (cut < 1 || cut >= n)
    throw new Error(
      `validation ${fraction} of ${n} samples leaves ${cut} for validation and ${n - cut} for training; both need at least one`,
    );
  const pick = (rows: number[]): LabelledSet => ({ x: set.x.selectRows(rows), y: rows.map((r) => set.y[r]) });
  return { held: pick(order.slice(0, cut)), train: pick(order.slice(cut)) };
}
