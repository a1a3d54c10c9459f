/**
 * One network of a training job: its model built from the spec, the core's `TrainingLoop`
 * that trains it, and the history the job reports (the loss of every step, the evaluations).
 * Every run of a job starts from generators with the same seeds, so runs that differ in one
 * setting train on the same batches from the same initial weights.
 */
import { Tensor, TrainingLoop, accuracy, decayedWeights, sumOfSquares, type Sequential } from "kobai";
import type { TrainingData } from "./data";
import type { EvalPoint, RunResult } from "./events";
import { buildLayers, buildLoss, buildOptimizer } from "./model";
import type { RunSettings, TrainingSpec } from "./spec";
import { streamRng } from "./seeds";

/** One network of a job: its core training loop and the history the job reports. */
export class JobRun {
  readonly losses: number[] = [];
  readonly evals: EvalPoint[] = [];
  readonly model: Sequential;
  readonly loop: TrainingLoop;

  readonly label: string;

  constructor(settings: RunSettings, spec: TrainingSpec, data: TrainingData, optimizerPath: string) {
    this.label = settings.label;
    // Every run starts from generators with the same seeds: same initial weights for the same
    // layers, same dropout masks for the same shapes, same batches.
    this.model = buildLayers(settings.model, spec.data, {
      init: streamRng(spec.seed, "init"),
      dropout: streamRng(spec.seed, "dropout"),
    });
    const labels = settings.loss === "mse" ? oneHot(data.train.y, data.classes) : data.train.y;
    this.loop = new TrainingLoop(
      this.model,
      buildLoss(settings),
      buildOptimizer(settings.optimizer, this.model.parameters(), optimizerPath),
      { x: data.train.x, y: labels },
      {
        batchSize: spec.batchSize,
        replacement: spec.sampling === "replacement",
        rng: streamRng(spec.seed, "batches"),
        l2: settings.weightDecay,
      },
    );
  }

  /** The step whose loss diverged (the run stopped there). */
  get divergedAt(): number | undefined {
    return this.loop.divergedAt;
  }

  /** An evaluation after `step` steps (inference mode: no dropout, running BN statistics). */
  evaluate(step: number, stepsPerEpoch: number, metrics: JobMetrics, data: TrainingData): void {
    const point: EvalPoint = { step, epoch: step / stepsPerEpoch };
    if (metrics.trainAcc) point.trainAcc = accuracy(this.model, data.train.x, data.train.y);
    if (metrics.testAcc) point.testAcc = accuracy(this.model, data.evaluation!.x, data.evaluation!.y);
    // ‖W‖ = √(Σ w²) over the Linear weights: what the book's weight decay keeps small.
    if (metrics.weightNorm) point.weightNorm = Math.sqrt(sumOfSquares(decayedWeights(this.model)));
    this.evals.push(point);
  }

  /** The whole history. */
  result(): RunResult {
    return {
      label: this.label,
      losses: [...this.losses],
      evals: this.evals.map((e) => ({ ...e })),
      divergedAt: this.divergedAt,
    };
  }
}

/** What a job measures at each evaluation. */
export interface JobMetrics {
  trainAcc: boolean;
  testAcc: boolean;
  weightNorm: boolean;
}

function oneHot(labels: readonly number[], classes: number): Tensor {
  const t = Tensor.zeros(labels.length, classes);
  labels.forEach((c, i) => t.set(i, c, 1));
  return t;
}
