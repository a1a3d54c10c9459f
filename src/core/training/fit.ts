/**
 * fit: the training loop (『ゼロから作るDeep Learning』 4.5, 6.1.8), for every mini-batch:
 *
 *   y = model(x_b)            forward, training mode
 *   L = loss(y, t_b)          if L is NaN or ±∞, stop: the run diverged
 *   ∇ = ∂L/∂θ                 optimizer.zeroGrad(); model.backward(loss.backward())
 *   θ ← update(θ, ∇)          optimizer.step()
 *
 * and after each epoch (one pass over the data) record the mean loss and the accuracy, on
 * the training batches and, if given, on validation data (in evaluation mode).
 *
 * Divergence throws a `TrainingDiverged` error whose message is exactly
 * "diverged at step N: loss is NaN" (or Infinity, -Infinity), N counting optimizer steps
 * from 1; the error carries the history up to that step, so a chart can still draw it.
 * A callback returning false, or an aborted `signal`, stops early without an error.
 */
import type { Tensor } from "../tensor";
import { argmax } from "../tensor";
import type { Layer } from "../layers/layer";
import type { Loss } from "../losses/loss";
import { defaultRng, type Rng } from "../random";
import { batches, checkSamples, type Labels } from "./batches";

/**
 * Anything with `step()` and `zeroGrad()`: every kobai optimizer, or a learner's own.
 *
 * @example
 * const params = model.parameters();
 * const mySGD: OptimizerLike = {
 *   step: () => params.forEach((p) => p.value.data.forEach((w, i) => (p.value.data[i] = w - 0.1 * p.grad.data[i]))),
 *   zeroGrad: () => params.forEach((p) => p.zeroGrad()),
 * };
 * fit(model, loss, mySGD, { x, y }, { epochs: 10, batchSize: 32 });
 */
export interface OptimizerLike {
  step(): void;
  zeroGrad(): void;
}

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
}

/**
 * Thrown when the loss becomes NaN or ±∞. `message` is "diverged at step N: loss is NaN".
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
  constructor(readonly step: number, readonly loss: number, readonly history: History) {
    super(`diverged at step ${step}: loss is ${loss}`);
    this.name = "TrainingDiverged";
  }
}

const OPTION_NAMES = ["epochs", "batchSize", "validation", "onEpoch", "onStep", "signal", "rng", "shuffle", "replacement"];

/** The number of rows whose largest output is the labelled class. */
function correctCount(output: Tensor, y: Labels): number {
  const predicted = argmax(output);
  const truth = Array.isArray(y) ? y : argmax(y as Tensor);
  let correct = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === truth[i]) correct++;
  return correct;
}

/**
 * The loop itself, one step per `next()`; `fit` runs it to the end, `fitAsync` lets the
 * event loop breathe between steps. Returns the history.
 *
 * @example
 * seed(0);
 * const model = new Sequential([new Linear(2, 8), new ReLU(), new Linear(8, 2)]);
 * const opt = new SGD(model.parameters(), { lr: 0.1 });
 * const loop = trainingLoop(model, new CrossEntropyLoss(), opt, datasets.xor(), { epochs: 2, batchSize: 2, rng: createRng(0) });
 * loop.next().value; // { step: 1, epoch: 1, batch: 1, batches: 2, loss: 2.07… }
 */
export function* trainingLoop(model: Layer, loss: Loss, optimizer: OptimizerLike, data: { x: Tensor; y: Labels }, options: FitOptions): Generator<StepReport, History, void> {
  if (typeof options !== "object" || options === null) throw new Error("fit: options are required, e.g. { epochs: 10, batchSize: 32 }");
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) throw new Error(`fit: unknown option "${key}" (known: ${OPTION_NAMES.join(", ")})`);
  }
  const { epochs, batchSize, validation, onEpoch, onStep, signal, rng = defaultRng(), shuffle = true, replacement = false } = options;
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`fit: epochs must be a positive integer, got ${epochs}`);
  checkSamples("fit", data.x, data.y);
  if (validation) checkSamples("fit: validation", validation.x, validation.y);
  const epochBatches = batches(data.x, data.y, batchSize, { shuffle, replacement, rng });

  const history: History = { loss: [], accuracy: [], stepLoss: [], steps: 0 };
  if (validation) { history.valLoss = []; history.valAccuracy = []; }

  for (let epoch = 1; epoch <= epochs; epoch++) {
    let lossSum = 0, correct = 0, seen = 0, batch = 0;
    for (const [xb, yb] of epochBatches) {
      if (signal?.aborted) { history.stopped = "signal"; return history; }
      const step = history.steps + 1;
      const output = model.forward(xb, { training: true });
      const value = loss.forward(output, yb);
      if (!Number.isFinite(value)) throw new TrainingDiverged(step, value, history);
      optimizer.zeroGrad();
      model.backward(loss.backward(), { inputGradient: false });
      optimizer.step();

      history.steps = step;
      history.stepLoss.push(value);
      lossSum += value * xb.rows;
      correct += correctCount(output, yb);
      seen += xb.rows;
      const report: StepReport = { step, epoch, batch: ++batch, batches: epochBatches.length, loss: value };
      if (onStep?.(report) === false) { history.stopped = "callback"; return history; }
      yield report;
    }
    history.loss.push(lossSum / seen);
    history.accuracy.push(correct / seen);
    const report: EpochReport = { epoch, epochs, loss: lossSum / seen, accuracy: correct / seen, history };
    if (validation) {
      const output = model.forward(validation.x, { training: false });
      report.valLoss = loss.forward(output, validation.y);
      report.valAccuracy = correctCount(output, validation.y) / validation.x.rows;
      history.valLoss!.push(report.valLoss);
      history.valAccuracy!.push(report.valAccuracy);
    }
    if (onEpoch?.(report) === false) { history.stopped = "callback"; return history; }
  }
  return history;
}

/**
 * Trains `model` on `data` and returns the history. Throws `TrainingDiverged` if the loss
 * becomes NaN or ±∞.
 *
 * @example
 * const { x, y } = datasets.spiral({ rng: createRng(0) });
 * const model = new Sequential([new Linear(2, 64), new ReLU(), new Linear(64, 3)]);
 * const history = fit(model, new CrossEntropyLoss(), new Adam(model.parameters(), { lr: 0.01 }), { x, y },
 *   { epochs: 100, batchSize: 32, rng: createRng(1) });
 * history.accuracy.at(-1); // close to 1
 */
export function fit(model: Layer, loss: Loss, optimizer: OptimizerLike, data: { x: Tensor; y: Labels }, options: FitOptions): History {
  const loop = trainingLoop(model, loss, optimizer, data, options);
  for (;;) {
    const next = loop.next();
    if (next.done) return next.value;
  }
}

/**
 * `fit`, giving the event loop a turn every `yieldEveryMs` (default 16 ms) so a page or a
 * worker stays responsive and can abort through `signal` (e.g. a Stop button's message).
 *
 * @example
 * const controller = new AbortController();
 * stopButton.onclick = () => controller.abort();
 * const history = await fitAsync(model, loss, opt, data, { epochs: 5, batchSize: 128, signal: controller.signal });
 */
export async function fitAsync(model: Layer, loss: Loss, optimizer: OptimizerLike, data: { x: Tensor; y: Labels }, options: FitOptions & { yieldEveryMs?: number }): Promise<History> {
  const { yieldEveryMs = 16, ...fitOptions } = options;
  const loop = trainingLoop(model, loss, optimizer, data, fitOptions);
  let last = Date.now();
  for (;;) {
    const next = loop.next();
    if (next.done) return next.value;
    if (Date.now() - last >= yieldEveryMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
  }
}
