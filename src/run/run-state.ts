/**
 * One network in training: its model, loss, optimizer and history. One step is the
 * book's loop body (『ゼロから作る』 4.5, 6.1):
 *
 *   grads = ∂L/∂θ on the batch;   θ ← update(θ, grads)
 *
 * with the book's weight decay (6.4.1) when λ > 0:
 *
 *   L = L_data + λ/2 · Σ_W ‖W‖²     over the Linear weights only (not biases)
 *   ∂L/∂W = ∂L_data/∂W + λ·W
 *
 * The recorded loss of a step is the loss of the batch BEFORE the update (the forward pass
 * the gradient came from). The book's comparison scripts call network.loss(x_batch, …)
 * again AFTER the update, an extra forward pass; the curves differ by one step's progress.
 */
import { Tensor, argmax, type Loss, type Parameter, type Sequential } from "kobai";
import type { LabelledSet } from "./data";
import type { EvalPoint, RunResult } from "./events";
import { buildLayers, buildLoss, buildOptimizer, linearWeights, type ModelRngs, type Optimizer } from "./model";
import type { DataSpec, RunSettings } from "./spec";

/**
 * A loss above this counts as diverged, like NaN and ±∞. Cross-entropy is stable for any
 * finite logits, so a blown-up network can report 10¹³ for a while instead of ∞; a
 * cross-entropy of 10⁸ means logits 10⁸ apart, which no healthy run of these lessons reaches.
 */
export const DIVERGENCE_LIMIT = 1e8;

/** Rows evaluated per forward pass, to bound memory on large evaluation sets. */
const EVAL_BLOCK = 2000;

export class RunState {
  readonly label: string;
  readonly model: Sequential;
  readonly losses: number[] = [];
  readonly evals: EvalPoint[] = [];
  divergedAt: number | undefined;
  private readonly lossFn: Loss;
  private readonly optimizer: Optimizer;
  private readonly lambda: number;
  private readonly weights: Parameter[];
  private readonly classes: number;
  private readonly oneHot: boolean;

  /**
   * @example
   * const run = new RunState(resolveRuns(spec)[0], spec.data, 10, rngs, "spec.optimizer");
   */
  constructor(settings: RunSettings, data: DataSpec, classes: number, rngs: ModelRngs, optimizerPath: string) {
    this.label = settings.label;
    this.model = buildLayers(settings.model, data, rngs);
    this.lossFn = buildLoss(settings);
    this.optimizer = buildOptimizer(settings.optimizer, this.model.parameters(), optimizerPath);
    this.lambda = settings.weightDecay;
    this.weights = linearWeights(this.model);
    this.classes = classes;
    this.oneHot = settings.loss === "mse";
  }

  /** One optimizer step on a batch; returns its loss (NaN, ±∞ or > DIVERGENCE_LIMIT marks the run diverged). */
  step(xb: Tensor, yb: number[], stepNumber: number): number {
    this.optimizer.zeroGrad();
    const out = this.model.forward(xb, { training: true });
    let loss = this.lossFn.forward(out, this.oneHot ? oneHot(yb, this.classes) : yb);
    if (this.lambda > 0) {
      let squares = 0;
      for (const w of this.weights) for (const v of w.value.data) squares += v * v;
      loss += 0.5 * this.lambda * squares;
    }
    this.losses.push(loss);
    if (!(Math.abs(loss) <= DIVERGENCE_LIMIT)) { // also true for NaN
      this.divergedAt = stepNumber;
      return loss;
    }
    this.model.backward(this.lossFn.backward(), { inputGradient: false }); // the data needs no gradient
    if (this.lambda > 0) {
      for (const w of this.weights) {
        const g = w.grad.data, v = w.value.data;
        for (let i = 0; i < g.length; i++) g[i] += this.lambda * v[i];
      }
    }
    this.optimizer.step();
    return loss;
  }

  /** Fraction of rows whose highest output is the label (inference mode: no dropout, running BN stats). */
  accuracy(set: LabelledSet): number {
    const n = set.y.length;
    let correct = 0;
    for (let start = 0; start < n; start += EVAL_BLOCK) {
      const rows = Array.from({ length: Math.min(EVAL_BLOCK, n - start) }, (_, i) => start + i);
      const x = rows.length === n ? set.x : set.x.selectRows(rows);
      const predicted = argmax(this.model.forward(x, { training: false }));
      predicted.forEach((p, i) => { if (p === set.y[start + i]) correct++; });
    }
    return correct / n;
  }

  /** ‖W‖ = √(Σ w²) over the Linear weights: what the book's weight decay keeps small. */
  weightNorm(): number {
    let squares = 0;
    for (const w of this.weights) for (const v of w.value.data) squares += v * v;
    return Math.sqrt(squares);
  }

  /** The whole history. */
  result(): RunResult {
    return { label: this.label, losses: [...this.losses], evals: this.evals.map((e) => ({ ...e })), divergedAt: this.divergedAt };
  }
}

function oneHot(labels: number[], classes: number): Tensor {
  const t = Tensor.zeros(labels.length, classes);
  labels.forEach((c, i) => t.set(i, c, 1));
  return t;
}
