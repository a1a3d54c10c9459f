/**
 * The data part of a training spec.
 *
 *   { name: "mnist", train: 300, test: 2000 }           first 300 training digits, first 2000 test digits
 *   { name: "mnist", full: true, train: 300 }           the book's x_train[:300] (the full 70,000-digit MNIST)
 *   { name: "mnist", train: 500, validation: 0.2 }      hold out 20 % of those 500 (the book's 6.5.3)
 *   { name: "spiral", n: 100, classes: 3, noise: 0.2, validation: 0.2 }
 *   { name: "moons" | "circles", n, noise }    { name: "xor" }
 *
 * Two MNIST files (sizes in kobai's MNIST_SETS): the lesson set, 10,000 digits (8,000
 * training, 2,000 test), and with `full: true` the book's 70,000 (60,000 + 10,000) in their
 * original order, fetched (11 MB) only by the specs that ask for it: the book-scale presets.
 *
 * With `validation`, the evaluation set (reported as testAcc, labelled "validation") is a
 * fraction of the training subset, drawn with the data stream of the seed; the book
 * shuffles then slices the same way (shuffle_dataset, then x_train[:validation_num]).
 */
import { MNIST_SETS } from "kobai";
import { fail, checkInteger, checkNumber, checkKeys, isObject } from "./spec-check";

/**
 * `seed` (optional) seeds the data stream instead of the spec's seed: the trials of a
 * hyperparameter search each have their own seed (their own initial weights) but must
 * share one validation split, as the book's script splits once before the search.
 */
export type DataSpec =
  | { name: "mnist"; full?: boolean; train?: number; test?: number; validation?: number; seed?: number }
  | { name: "spiral"; n?: number; classes?: number; noise?: number; validation?: number; seed?: number }
  | { name: "moons"; n?: number; noise?: number; validation?: number; seed?: number }
  | { name: "circles"; n?: number; noise?: number; factor?: number; validation?: number; seed?: number }
  | { name: "xor" };

/** Sizes of the lesson MNIST shipped in public/data (see public/data/mnist.json); the full set's are MNIST_SETS.full. */
export const MNIST_SIZES = { ...MNIST_SETS.lesson, features: 784, classes: 10 } as const;

/** The training and test sizes of the MNIST file a spec names. */
export function mnistSizes(data: { full?: boolean }): { train: number; test: number } {
  return data.full ? MNIST_SETS.full : MNIST_SETS.lesson;
}

const KEYS: Record<DataSpec["name"], string[]> = {
  mnist: ["name", "full", "train", "test", "validation", "seed"],
  spiral: ["name", "n", "classes", "noise", "validation", "seed"],
  moons: ["name", "n", "noise", "validation", "seed"],
  circles: ["name", "n", "noise", "factor", "validation", "seed"],
  xor: ["name"],
};

/** Checks a data spec; names the bad field. */
export function checkData(path: string, data: unknown): asserts data is DataSpec {
  if (!isObject(data)) fail(path, 'must be an object like { name: "mnist", train: 1000 }', data);
  const name = data.name as DataSpec["name"];
  if (!(typeof name === "string" && name in KEYS))
    fail(`${path}.name`, `must be one of ${Object.keys(KEYS).join(", ")}`, data.name);
  checkKeys(path, data, KEYS[name]);
  if (name === "mnist") {
    if (data.full !== undefined && typeof data.full !== "boolean")
      fail(`${path}.full`, "must be true or false", data.full);
    const sizes = mnistSizes(data as { full?: boolean });
    if (data.train !== undefined) checkInteger(`${path}.train`, data.train, 1, sizes.train);
    if (data.test !== undefined) checkInteger(`${path}.test`, data.test, 0, sizes.test);
  }
  if (data.n !== undefined) checkInteger(`${path}.n`, data.n, 2, 100_000);
  if (data.classes !== undefined) checkInteger(`${path}.classes`, data.classes, 2, 100);
  if (data.noise !== undefined) checkNumber(`${path}.noise`, data.noise, 0, Infinity);
  if (data.factor !== undefined) checkNumber(`${path}.factor`, data.factor, 0, 1, true);
  if (data.validation !== undefined) checkNumber(`${path}.validation`, data.validation, 0, 0.9);
  if (data.seed !== undefined) checkInteger(`${path}.seed`, data.seed, -2147483648, 2147483647);
}

/**
 * How many features a sample has and how many classes there are, known without loading.
 *
 * @example
 * dataShape({ name: "mnist" }); // { inputs: 784, classes: 10 }
 */
export function dataShape(data: DataSpec): { inputs: number; classes: number } {
  switch (data.name) {
    case "mnist":
      return { inputs: MNIST_SIZES.features, classes: MNIST_SIZES.classes };
    case "spiral":
      return { inputs: 2, classes: data.classes ?? 3 };
    default:
      return { inputs: 2, classes: 2 };
  }
}
