/**
 * A training spec: everything needed to train (and re-train, bit for bit) a network, as
 * plain JSON, so it crosses `postMessage`, fits in a link and reads like the book's scripts.
 *
 *   {
 *     seed: 0,
 *     data: { name: "mnist", train: 300, test: 2000 },        // the book's x_train[:300]
 *     model: [{ linear: 100 }, { relu: {} }, …, { linear: "out" }],
 *     optimizer: { name: "SGD", options: { lr: 0.01 } },
 *     weightDecay: 0.1,                                        // the book's λ (see below)
 *     batchSize: 100, epochs: 201, sampling: "replacement",    // np.random.choice
 *     evalEvery: "epoch", metrics: ["trainAcc", "testAcc"],
 *     runs: [{ label: "λ = 0", weightDecay: 0 }, { label: "λ = 0.1" }],   // optional
 *   }
 *
 * Input and output sizes come from the data: `{ linear: "out" }` is the output layer with
 * one unit per class, and the first Linear takes as many inputs as a sample has features.
 *
 * Two kinds of weight decay (they are NOT the same thing):
 * - `weightDecay: λ` (top level) is the book's form (『ゼロから作る』 6.4.1): the loss gets
 *   λ/2 · Σ‖W‖² over the Linear WEIGHTS only (not biases, not batch-norm γ/β), so the
 *   reported loss includes the penalty and each W's gradient gets + λ·W.
 * - `optimizer.options.weightDecay` is PyTorch's: the optimizer adds weightDecay · θ to the
 *   gradient of EVERY parameter (biases too) and the reported loss does not include it.
 * For plain SGD on weights they give the same step; they differ on biases and in the loss
 * curve, and for Adam the optimizer form is scaled by the adaptive step size.
 *
 * `runs` trains several variants in lockstep on the SAME batches from the same initial
 * weights (optimizer races, with/without batch norm): each entry overrides `label`, `model`,
 * `optimizer`, `weightDecay` or `loss` of the shared spec.
 */
import { OPTIMIZER_NAMES, type OptimizerName } from "kobai";
import { checkLayers, type LayerSpec } from "./spec-layers";
import { checkData, type DataSpec } from "./spec-data";
import { fail, checkInteger, checkNumber, checkKeys, isObject } from "./spec-check";

export type { LayerSpec, InitSpec } from "./spec-layers";
export type { DataSpec } from "./spec-data";
export { dataShape } from "./spec-data";

/** The optimizers a spec can name: kobai's registry (`optimizers`), the classes of the same name. */
export { OPTIMIZER_NAMES, type OptimizerName };

/**
 * `{ name: "Adam", options: { lr: 0.001 } }`: options as the kobai class takes them;
 * `form: "book"` selects the book's form of the rule (common/optimizer.py).
 */
export interface OptimizerSpec {
  name: OptimizerName;
  options?: Record<string, number | string>;
}

/** What is measured at each evaluation (the train loss of every step is always recorded). */
/** trainAcc/testAcc: accuracies; weightNorm: ‖W‖ = √(Σ w²) over the Linear weights (the size weight decay shrinks). */
export type Metric = "trainAcc" | "testAcc" | "weightNorm";

/** How each mini-batch is drawn. */
export type Sampling = "shuffle" | "replacement";

/** What one run of a lockstep job changes relative to the shared spec. */
export interface RunVariant {
  label: string;
  model?: LayerSpec[];
  optimizer?: OptimizerSpec;
  weightDecay?: number;
  loss?: "cross-entropy" | "mse";
}

/** A serialisable description of a training run (or of several runs in lockstep). */
export interface TrainingSpec {
  /** Seeds every random stream (data, initial weights, batches, dropout). Shown with the result. */
  seed: number;
  /** Shown in legends when there is a single run (default "run"). */
  label?: string;
  data: DataSpec;
  model: LayerSpec[];
  /** Default "cross-entropy" (softmax + negative log-likelihood, the book's SoftmaxWithLoss). */
  loss?: "cross-entropy" | "mse";
  optimizer: OptimizerSpec;
  /** The book's λ: adds λ/2·Σ‖W‖² over Linear weights to the loss (default 0). */
  weightDecay?: number;
  batchSize: number;
  /** Passes over the training data (give this or `iterations`). */
  epochs?: number;
  /** Optimizer steps (give this or `epochs`). */
  iterations?: number;
  /** "shuffle" (default: each epoch a fresh permutation) or "replacement" (the book's np.random.choice). */
  sampling?: Sampling;
  /** Evaluate every n steps, or "epoch" (default: "epoch" with `epochs`, else 20 times per run). */
  evalEvery?: number | "epoch";
  /** Default: trainAcc, plus testAcc when there is a test or validation set. */
  metrics?: Metric[];
  /** Several runs in lockstep on the same batches. */
  runs?: RunVariant[];
}

/** One fully specified run of a job. */
export interface RunSettings {
  label: string;
  model: LayerSpec[];
  loss: "cross-entropy" | "mse";
  optimizer: OptimizerSpec;
  weightDecay: number;
}

const SPEC_KEYS = [
  "seed",
  "label",
  "data",
  "model",
  "loss",
  "optimizer",
  "weightDecay",
  "batchSize",
  "epochs",
  "iterations",
  "sampling",
  "evalEvery",
  "metrics",
  "runs",
];

/**
 * Checks a spec (e.g. parsed from a link) and returns it typed; a bad field throws an Error
 * that names it, like `spec.model[2].dropout: must be a number in [0, 1), got 1.5`.
 *
 * @example
 * const spec = validateSpec(JSON.parse(text));
 */
export function validateSpec(input: unknown): TrainingSpec {
  if (!isObject(input)) fail("spec", "must be an object", input);
  const spec = input as Record<string, unknown>;
  checkKeys("spec", spec, SPEC_KEYS);
  checkInteger("spec.seed", spec.seed, -2147483648, 2147483647);
  if (spec.label !== undefined && typeof spec.label !== "string") fail("spec.label", "must be a string", spec.label);
  checkData("spec.data", spec.data);
  checkLayers("spec.model", spec.model, spec.data as DataSpec);
  checkLoss("spec.loss", spec.loss);
  checkOptimizer("spec.optimizer", spec.optimizer);
  if (spec.weightDecay !== undefined) checkNumber("spec.weightDecay", spec.weightDecay, 0, Infinity);
  checkInteger("spec.batchSize", spec.batchSize, 1, 1_000_000);
  if ((spec.epochs === undefined) === (spec.iterations === undefined)) {
    fail("spec.epochs", "give exactly one of epochs or iterations", {
      epochs: spec.epochs,
      iterations: spec.iterations,
    });
  }
  if (spec.epochs !== undefined) checkInteger("spec.epochs", spec.epochs, 1, 100_000);
  if (spec.iterations !== undefined) checkInteger("spec.iterations", spec.iterations, 1, 10_000_000);
  if (spec.sampling !== undefined && spec.sampling !== "shuffle" && spec.sampling !== "replacement") {
    fail("spec.sampling", 'must be "shuffle" or "replacement"', spec.sampling);
  }
  if (spec.evalEvery !== undefined && spec.evalEvery !== "epoch")
    checkInteger("spec.evalEvery", spec.evalEvery, 1, 10_000_000);
  if (spec.metrics !== undefined) {
    if (!Array.isArray(spec.metrics)) fail("spec.metrics", 'must be a list like ["trainAcc", "testAcc"]', spec.metrics);
    spec.metrics.forEach((m, i) => {
      if (m !== "trainAcc" && m !== "testAcc" && m !== "weightNorm")
        fail(`spec.metrics[${i}]`, 'must be "trainAcc", "testAcc" or "weightNorm"', m);
    });
  }
  if (spec.runs !== undefined) checkRuns("spec.runs", spec.runs, spec.data as DataSpec);
  return spec as unknown as TrainingSpec;
}

/**
 * The runs of a job, each fully specified (a spec without `runs` is one run).
 *
 * @example
 * resolveRuns(spec).map((r) => r.label); // ["SGD", "Adam"]
 */
export function resolveRuns(spec: TrainingSpec): RunSettings[] {
  const base: RunSettings = {
    label: spec.label ?? "run",
    model: spec.model,
    loss: spec.loss ?? "cross-entropy",
    optimizer: spec.optimizer,
    weightDecay: spec.weightDecay ?? 0,
  };
  if (!spec.runs || spec.runs.length === 0) return [base];
  return spec.runs.map((variant) => ({ ...base, ...variant }));
}

function checkLoss(path: string, loss: unknown): void {
  if (loss !== undefined && loss !== "cross-entropy" && loss !== "mse")
    fail(path, 'must be "cross-entropy" or "mse"', loss);
}

function checkOptimizer(path: string, optimizer: unknown): void {
  if (!isObject(optimizer)) fail(path, 'must be an object like { name: "SGD", options: { lr: 0.01 } }', optimizer);
  checkKeys(path, optimizer, ["name", "options"]);
  if (!OPTIMIZER_NAMES.includes(optimizer.name as OptimizerName))
    fail(`${path}.name`, `must be one of ${OPTIMIZER_NAMES.join(", ")}`, optimizer.name);
  if (optimizer.options === undefined) return;
  if (!isObject(optimizer.options)) fail(`${path}.options`, "must be an object of numbers", optimizer.options);
  for (const [key, value] of Object.entries(optimizer.options)) {
    if (key === "form") {
      if (value !== "pytorch" && value !== "book") fail(`${path}.options.form`, 'must be "pytorch" or "book"', value);
    } else if (typeof value !== "number" || !Number.isFinite(value))
      fail(`${path}.options.${key}`, "must be a finite number", value);
  }
  // Names and ranges of the options are checked by the optimizer itself when the model is built.
}

function checkRuns(path: string, runs: unknown, data: DataSpec): void {
  if (!Array.isArray(runs) || runs.length === 0) fail(path, "must be a non-empty list of { label, … }", runs);
  const labels = new Set<string>();
  runs.forEach((run, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(run)) fail(at, "must be an object", run);
    checkKeys(at, run, ["label", "model", "optimizer", "weightDecay", "loss"]);
    if (typeof run.label !== "string" || run.label === "") fail(`${at}.label`, "must be a non-empty string", run.label);
    if (labels.has(run.label)) fail(`${at}.label`, "must differ from the other runs' labels", run.label);
    labels.add(run.label);
    if (run.model !== undefined) checkLayers(`${at}.model`, run.model, data);
    if (run.optimizer !== undefined) checkOptimizer(`${at}.optimizer`, run.optimizer);
    if (run.weightDecay !== undefined) checkNumber(`${at}.weightDecay`, run.weightDecay, 0, Infinity);
    checkLoss(`${at}.loss`, run.loss);
  });
}
