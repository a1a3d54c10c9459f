/**
 * The training loop, one step at a time (『ゼロから作るDeep Learning』 4.5, 6.1.8). Every
 * step of every network kobai trains is this one: `fit`, a code cell, and the widgets'
 * long runs in a Web Worker (src/run only decides when to call `next()`).
 *
 *   indices ← plan.next()               which rows (batches.ts: the epoch form or the book's)
 *   y = model(x_b)                       forward, training mode
 *   L = loss(y, t_b) [+ λ/2·Σ‖W‖²]       the book's weight decay, if λ > 0 (weight-decay.ts)
 *   if isDiverged(L, L₀): stop            L₀ = the first step's loss (divergence.ts)
 *   ∇ = ∂L/∂θ                            optimizer.zeroGrad(); model.backward(loss.backward())
 *   ∇_W ← ∇_W + λ·W                      the book's weight decay again
 *   θ ← update(θ, ∇)                     optimizer.step()
 *
 * All of the loop's state (the weights, the optimizer's memory, the batch plan and the
 * random generators it draws from) lives in objects, so stopping between two `next()`
 * calls and going on later gives bit for bit the run that never stopped: a worker pauses
 * simply by not calling `next()`.
 */
import type { Tensor } from "../tensor";
import type { Layer } from "../layers/layer";
import type { Loss } from "../losses/loss";
import type { Parameter } from "../parameter";
import { BatchPlan, batchOptions, checkSamples, selectLabels, type BatchOptions, type Labels } from "./batches";
import { isDiverged } from "./divergence";
import { addDecayGradient, decayedWeights, sumOfSquares } from "./weight-decay";

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

/** Options of a TrainingLoop. @example new TrainingLoop(model, loss, opt, train, { batchSize: 100, replacement: true, l2: 0.1 }) */
export interface LoopOptions extends BatchOptions {
  /** Samples per step. */
  batchSize: number;
  /** The book's weight decay λ ≥ 0: λ/2·Σ‖W‖² over the Linear weights joins the loss (default 0). */
  l2?: number;
}

/** What one `next()` did. @example loop.next() // { step: 1, epoch: 1, batch: 1, batches: 3, loss: 2.30…, diverged: false, … } */
export interface LoopStep {
  /** Steps so far, from 1 (the diverged step counts). */
  step: number;
  /** The epoch of this step, from 1, and the batch within it, from 1, of `batches`. */
  epoch: number;
  batch: number;
  batches: number;
  /** This batch's loss (with the book's weight-decay term when λ > 0), before the update. */
  loss: number;
  /** True when the loss diverged: the weights were NOT updated and the loop is over. */
  diverged: boolean;
  /** The rows trained on, the model's output for them and their labels (for a running accuracy). */
  indices: readonly number[];
  output: Tensor;
  labels: Labels;
}

const LOOP_OPTIONS = ["batchSize", "l2", "shuffle", "replacement", "rng"];

/**
 * One model, one loss, one optimizer, one data set: `next()` trains one mini-batch.
 *
 * @example
 * seed(0);
 * const model = new Sequential([new Linear(2, 8), new ReLU(), new Linear(8, 2)]);
 * const loop = new TrainingLoop(model, new CrossEntropyLoss(), new SGD(model.parameters(), { lr: 0.5 }), datasets.xor(), { batchSize: 4 });
 * for (let i = 0; i < 100; i++) loop.next();
 * loop.steps; // 100
 */
export class TrainingLoop {
  /** The batch plan; `plan.perEpoch` is the number of steps in an epoch. */
  readonly plan: BatchPlan;
  /** Steps taken, including a diverged one. */
  steps = 0;
  /** The first step's loss: the L₀ of the divergence rule. */
  startLoss: number | undefined;
  /** The step at which the loss diverged, if it did. */
  divergedAt: number | undefined;
  private readonly l2: number;
  private readonly weights: Parameter[];

  constructor(
    readonly model: Layer,
    readonly loss: Loss,
    readonly optimizer: OptimizerLike,
    readonly data: { x: Tensor; y: Labels },
    options: LoopOptions,
  ) {
    if (typeof options !== "object" || options === null)
      throw new Error("TrainingLoop: options are required, e.g. { batchSize: 32 }");
    for (const key of Object.keys(options)) {
      if (!LOOP_OPTIONS.includes(key))
        throw new Error(`TrainingLoop: unknown option "${key}" (known: ${LOOP_OPTIONS.join(", ")})`);
    }
    const { batchSize, l2 = 0, ...sampling } = options;
    if (!(typeof l2 === "number" && l2 >= 0 && Number.isFinite(l2)))
      throw new Error(`TrainingLoop: l2 must be a finite number ≥ 0, got ${String(l2)}`);
    checkSamples("TrainingLoop", data.x, data.y);
    this.plan = new BatchPlan(data.x.rows, batchSize, batchOptions("TrainingLoop", batchSize, sampling));
    this.l2 = l2;
    this.weights = l2 > 0 ? decayedWeights(model) : [];
  }

  /** Trains on the next mini-batch and says what happened. */
  next(): LoopStep {
    if (this.divergedAt !== undefined) {
      throw new Error(`TrainingLoop: the run diverged at step ${this.divergedAt}; start a new loop to train again`);
    }
    const indices = this.plan.next();
    const xb = this.data.x.selectRows(indices);
    const labels = selectLabels(this.data.y, indices);
    const output = this.model.forward(xb, { training: true });
    let value = this.loss.forward(output, labels);
    if (this.l2 > 0) value += 0.5 * this.l2 * sumOfSquares(this.weights);
    const step = ++this.steps;
    this.startLoss ??= value;
    const perEpoch = this.plan.perEpoch;
    const report: LoopStep = {
      step,
      epoch: Math.floor((step - 1) / perEpoch) + 1,
      batch: ((step - 1) % perEpoch) + 1,
      batches: perEpoch,
      loss: value,
      diverged: isDiverged(value, this.startLoss),
      indices,
      output,
      labels,
    };
    if (report.diverged) {
      this.divergedAt = step;
      return report;
    }
    this.optimizer.zeroGrad();
    this.model.backward(this.loss.backward(), { inputGradient: false }); // the data needs no gradient
    if (this.l2 > 0) addDecayGradient(this.weights, this.l2);
    this.optimizer.step();
    return report;
  }
}
