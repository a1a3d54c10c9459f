/**
 * fit: epochs of the training loop (loop.ts: one mini-batch per step, the same loop the
 * widgets' long runs use), and after each epoch (⌈N/B⌉ steps) record the mean loss and the
 * accuracy, on the training batches and, if given, on validation data (in evaluation mode).
 *
 * Divergence (divergence.ts: the loss is NaN or ±∞, or past 10⁴ × its start) throws a
 * `TrainingDiverged` error whose message is "diverged at step N: loss is NaN" (or
 * "…: loss is 3.1e+5, over 10⁴ × its start 2.3"), N counting optimizer steps from 1; the
 * error carries the history up to that step, so a chart can still draw it.
 * A callback returning false, or an aborted `signal`, stops early without an error.
 */
import type { Tensor } from "../tensor";
import type { Layer } from "../layers/layer";
import type { Loss } from "../losses/loss";
import type { Rng } from "../random";
import { checkSamples, type Labels } from "./batches";
import { countCorrect } from "./accuracy";
import { divergenceMessage } from "./divergence";
import { TrainingLoop, type OptimizerLike } from "./loop";

export type { OptimizerLike } from "./loop";

/** What `onStep` receives after each step. @example fit(model, loss, opt, data, { epochs: 5, batchSize: 32, onStep: ({ step, loss }) => console.log(step, loss) }) */
export interface StepReport {
  /** Optimizer steps so far, from 1. */
  step: number;
  /** The epoch this step belongs to, from 1. */
  epoch: number;
  /** The batch within the epoch, from 1, of `batches`. */
  batch: number;
  batches: number;
  /** This batch's loss. */
  loss: number;
}

/** What `onEpoch` receives after each epoch. @example fit(model, loss, opt, data, { epochs: 50, batchSize: 32, onEpoch: (r) => r.accuracy < 0.99 }) // stop once 99 % are right */
export interface EpochReport {
  /** The epoch just finished, from 1, of `epochs`. */
  epoch: number;
  epochs: number;
  loss: number;
  accuracy: number;
  valLoss?: number;
  valAccuracy?: number;
  /** The whole history so far. */
  history: History;
}

/**
 * Per-epoch curves, plus the loss of every step.
 *
 * @example
 * const history: History = fit(model, loss, opt, { x, y }, { epochs: 10, batchSize: 32 });
 * history.loss.length;  // 10: one mean loss per epoch
 * history.steps;        // 10 · ⌈N / 32⌉
 */
export interface History {
  /** Mean training loss of each epoch (over its samples, weights changing as it went). */
  loss: number[];
  /** Fraction of each epoch's training samples classified right, at the moment each batch was seen. */
  accuracy: number[];
  /** Loss on the validation data after each epoch (eval mode), if validation was given. */
  valLoss?: number[];
  /** Accuracy on the validation data after each epoch (eval mode), if validation was given. */
  valAccuracy?: number[];
  /** The loss of every step, in order: the noisy curve of the book's figure 4-11. */
  stepLoss: number[];
  /** Optimizer steps taken. */
  steps: number;
  /** Why training ended before `epochs`: a callback returned false, or the signal was aborted. */
  stopped?: "callback" | "signal";
}

/** Options of `fit`. @example fit(model, loss, opt, train, { epochs: 20, batchSize: 100, validation: test, rng: createRng(1) }) */
export interface FitOptions {
  /** Passes over the data. */
  epochs: number;
  /** Samples per step. */
  batchSize: number;
  /** Data to measure after each epoch (never trained on), e.g. the test set. */
  validation?: { x: Tensor; y: Labels };
  /** Called after each epoch; return false to stop. */
  onEpoch?: (report: EpochReport) => boolean | void;
  /** Called after each step; return false to stop. */
  onStep?: (report: StepReport) => boolean | void;
  /** Stops training (before the next step) once aborted. */
  signal?: AbortSignal;
  /** Shuffles the batches (default: the generator `seed(n)` resets). */
  rng?: Rng;
  /** Shuffle each epoch (default true). */
  shuffle?: boolean;
  /** The book's sampling with replacement (see batches.ts; default false). */
  replacement?: boolean;
  /** The book's weight decay λ: adds λ/2·Σ‖W‖² over the Linear weights to the loss (weight-decay.ts; default 0). */
  l2?: number;
}

/**
 * Thrown when the loss diverges (divergence.ts). `message` is e.g. "diverged at step N: loss is NaN".
 *
 * @example
 * seed(0);
 * const model = new Linear(1, 1);
 * const data = { x: Tensor.from([[1], [2], [3]]), y: Tensor.from([[2], [4], [6]]) };
 * try {
 *   fit(model, new MSELoss(), new SGD(model.parameters(), { lr: 10 }), data, { epochs: 100, batchSize: 3 });
 * } catch (error) {
 *   if (error instanceof TrainingDiverged) error.message; // "diverged at step 77: loss is Infinity"
 * }
 */
export class TrainingDiverged extends Error {
  constructor(
    readonly step: number,
    readonly loss: number,
    readonly history: History,
    startLoss = loss,
  ) {
    super(divergenceMessage(step, loss, startLoss));
    this.name = "TrainingDiverged";
  }
}

const OPTION_NAMES = [
  "epochs",
  "batchSize",
  "validation",
  "onEpoch",
  "onStep",
  "signal",
  "rng",
  "shuffle",
  "replacement",
  "l2",
];

/**
 * fit as a generator, one step per `next()`, returning the history: a caller that wants to
 * stop between steps and go on later keeps the generator.
 *
 * @example
 * seed(0);
 * const model = new Sequential([new Linear(2, 8), new ReLU(), new Linear(8, 2)]);
 * const opt = new SGD(model.parameters(), { lr: 0.1 });
 * const loop = trainingLoop(model, new CrossEntropyLoss(), opt, datasets.xor(), { epochs: 2, batchSize: 2, rng: createRng(0) });
 * loop.next().value; // { step: 1, epoch: 1, batch: 1, batches: 2, loss: 2.07… }
 */
export function* trainingLoop(
  model: Layer,
  loss: Loss,
  optimizer: OptimizerLike,
  data: { x: Tensor; y: Labels },
  options: FitOptions,
): Generator<StepReport, History, void> {
  if (typeof options !== "object" || options === null)
    throw new Error("fit: options are required, e.g. { epochs: 10, batchSize: 32 }");
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key))
      throw new Error(`fit: unknown option "${key}" (known: ${OPTION_NAMES.join(", ")})`);
  }
  const { epochs, batchSize, validation, onEpoch, onStep, signal, rng, shuffle, replacement, l2 } = options;
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`fit: epochs must be a positive integer, got ${epochs}`);
  checkSamples("fit", data.x, data.y);
  if (validation) checkSamples("fit: validation", validation.x, validation.y);
  const sampling = Object.fromEntries(
    Object.entries({ rng, shuffle, replacement, l2 }).filter(([, v]) => v !== undefined),
  );
  const loop = new TrainingLoop(model, loss, optimizer, data, { batchSize, ...sampling });
  const history: History = { loss: [], accuracy: [], stepLoss: [], steps: 0 };
  if (validation) {
    history.valLoss = [];
    history.valAccuracy = [];
  }
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let lossSum = 0,
      correct = 0,
      seen = 0;
    for (let b = 0; b < loop.plan.perEpoch; b++) {
      if (signal?.aborted) {
        history.stopped = "signal";
        return history;
      }
      const done = loop.next();
      if (done.diverged) throw new TrainingDiverged(done.step, done.loss, history, loop.startLoss);
      const rows = done.indices.length;
      history.steps = done.step;
      history.stepLoss.push(done.loss);
      lossSum += done.loss * rows;
      correct += countCorrect(done.output, done.labels);
      seen += rows;
      const report: StepReport = { step: done.step, epoch, batch: done.batch, batches: done.batches, loss: done.loss };
      if (onStep?.(report) === false) {
        history.stopped = "callback";
        return history;
      }
      yield report;
    }
    history.loss.push(lossSum / seen);
    history.accuracy.push(correct / seen);
    const report: EpochReport = { epoch, epochs, loss: lossSum / seen, accuracy: correct / seen, history };
    if (validation) {
      const output = model.forward(validation.x, { training: false });
      report.valLoss = loss.forward(output, validation.y);
      report.valAccuracy = countCorrect(output, validation.y) / validation.x.rows;
      history.valLoss!.push(report.valLoss);
      history.valAccuracy!.push(report.valAccuracy);
    }
    if (onEpoch?.(report) === false) {
      history.stopped = "callback";
      return history;
    }
  }
  return history;
}

/**
 * Trains `model` on `data` and returns the history. Throws `TrainingDiverged` if the loss
 * diverges (NaN, ±∞, or past 10⁴ × its start).
 *
 * @example
 * const { x, y } = datasets.spiral({ rng: createRng(0) });
 * const model = new Sequential([new Linear(2, 64), new ReLU(), new Linear(64, 3)]);
 * const history = fit(model, new CrossEntropyLoss(), new Adam(model.parameters(), { lr: 0.01 }), { x, y },
 *   { epochs: 100, batchSize: 32, rng: createRng(1) });
 * history.accuracy.at(-1); // close to 1
 */
export function fit(
  model: Layer,
  loss: Loss,
  optimizer: OptimizerLike,
  data: { x: Tensor; y: Labels },
  options: FitOptions,
): History {
  const loop = trainingLoop(model, loss, optimizer, data, options);
  for (;;) {
    const next = loop.next();
    if (next.done) return next.value;
  }
}
