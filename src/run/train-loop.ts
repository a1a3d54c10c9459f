/**
 * A training job in chunks: it schedules the core's training loop (kobai's `TrainingLoop`,
 * the loop `fit` and a code cell run) for each run of a spec, and reports what changed.
 * No DOM, no worker, so tests, benchmarks and the worker all run it the same way.
 *
 *   for step = 1 … T:                       T = iterations, or epochs × ⌈N/B⌉
 *     for each live run:  run.loop.next()   every run's plan comes from the same seed, so all
 *                                           runs train on the SAME batches, in lockstep; a
 *                                           diverged loss stops that run ("diverged at step N")
 *     every evalEvery steps (and at 0, T):  train/test accuracy of each run
 *
 * `next()` trains until a budget (steps or milliseconds) is spent and returns what changed.
 * Between two calls nothing runs, so pausing is simply not calling: `pause()` makes `next()`
 * return a "paused" event instead of training, `stop()` makes it end the job. Chunking
 * changes only how the history is reported, never its numbers: a run paused 50 times is
 * bit-identical to one that never paused.
 */
import type { TrainingData } from "./data";
import type { DoneEvent, EndReason, PausedEvent, ProgressEvent, RunChunk, TrainEvent, TrainResult } from "./events";
import { fingerprint } from "./fingerprint";
import { JobRun, type JobMetrics } from "./job-run";
import { resolveRuns, validateSpec, type TrainingSpec } from "./spec";

/** How much one `next()` may do. */
export interface ChunkBudget {
  /** Stop after this many steps (default: no limit). */
  maxSteps?: number;
  /** Stop once this much time has passed, checked after each step (default: no limit). */
  maxMs?: number;
}

/** Options of a TrainLoop. */
export interface TrainLoopOptions {
  /** A clock in milliseconds (default performance.now); tests pass a fake one. */
  now?: () => number;
  /** Called with each run's batch indices as it trains on them (tests check lockstep with it). */
  onBatch?: (runIndex: number, step: number, indices: readonly number[]) => void;
}

export class TrainLoop {
  readonly spec: TrainingSpec;
  readonly totalSteps: number;
  readonly stepsPerEpoch: number;
  readonly runs: JobRun[];
  private readonly data: TrainingData;
  private readonly evalEvery: number;
  private readonly metrics: JobMetrics;
  private readonly now: () => number;
  private readonly onBatch: TrainLoopOptions["onBatch"];
  private stepCount = 0;
  private elapsed = 0;
  private state: "running" | "paused" | "stopping" | "done" = "running";
  private reported: { losses: number; evals: number }[];

  /**
   * @example
   * const loop = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed));
   * let event = loop.next({ maxMs: 100 });
   * while (event.type !== "done") event = loop.next({ maxMs: 100 });
   */
  constructor(spec: TrainingSpec, data: TrainingData, options: TrainLoopOptions = {}) {
    this.spec = validateSpec(spec);
    this.data = data;
    this.now = options.now ?? (() => performance.now());
    this.onBatch = options.onBatch;
    this.runs = resolveRuns(spec).map(
      (settings, i) =>
        new JobRun(settings, this.spec, data, spec.runs ? `spec.runs[${i}].optimizer` : "spec.optimizer"),
    );
    this.stepsPerEpoch = this.runs[0].loop.plan.perEpoch;
    this.totalSteps = spec.iterations ?? spec.epochs! * this.stepsPerEpoch;
    const every =
      spec.evalEvery ?? (spec.epochs !== undefined ? "epoch" : Math.max(1, Math.round(this.totalSteps / 20)));
    this.evalEvery = every === "epoch" ? this.stepsPerEpoch : every;
    const wanted = spec.metrics ?? (data.evaluation ? ["trainAcc", "testAcc"] : ["trainAcc"]);
    this.metrics = {
      trainAcc: wanted.includes("trainAcc"),
      testAcc: wanted.includes("testAcc") && data.evaluation !== undefined,
      weightNorm: wanted.includes("weightNorm"),
    };
    this.reported = this.runs.map(() => ({ losses: 0, evals: 0 }));
  }

  /** Steps taken so far. */
  get step(): number {
    return this.stepCount;
  }

  /** True once the job has ended (finished, stopped or all runs diverged). */
  get done(): boolean {
    return this.state === "done";
  }

  /** Hold: `next()` returns "paused" events until `resume()`. */
  pause(): void {
    if (this.state === "running") this.state = "paused";
  }

  /** Continue after `pause()`. */
  resume(): void {
    if (this.state === "paused") this.state = "running";
  }

  /** End the job at the next `next()`, keeping the history so far. */
  stop(): void {
    if (this.state !== "done") this.state = "stopping";
  }

  /** Trains one chunk and reports it; the last call returns the "done" event with the result. */
  next(budget: ChunkBudget = {}): TrainEvent {
    if (this.state === "done") throw new Error("TrainLoop: the job has ended; start a new TrainLoop to train again");
    if (this.state === "paused") return this.pausedEvent();
    if (this.state === "stopping") return this.finish("stopped");
    const start = this.now();
    const maxSteps = budget.maxSteps ?? Infinity;
    const maxMs = budget.maxMs ?? Infinity;
    if (this.stepCount === 0 && this.runs[0].evals.length === 0) this.evaluate();
    let taken = 0;
    while (this.stepCount < this.totalSteps && taken < maxSteps && this.liveRuns() > 0) {
      this.trainStep();
      taken++;
      if (this.stepCount % this.evalEvery === 0 || this.stepCount === this.totalSteps) this.evaluate();
      if (this.now() - start >= maxMs) break;
    }
    this.elapsed += this.now() - start;
    const progress = this.progressEvent();
    // The chunk that takes the last step reports it; the call after it ends the job.
    const ended = this.stepCount >= this.totalSteps || this.liveRuns() === 0;
    const news = progress.runs.some((r) => r.losses.length > 0 || r.evals.length > 0);
    return ended && !news ? this.finish(this.endReason()) : progress;
  }

  /** Runs every remaining chunk and returns the result (for tests, benchmarks and cells). */
  runToEnd(budget: ChunkBudget = {}, onEvent?: (event: TrainEvent) => void): TrainResult {
    for (;;) {
      const event = this.next(budget);
      onEvent?.(event);
      if (event.type === "done") return event.result;
      if (event.type === "paused") throw new Error("TrainLoop.runToEnd: the loop is paused");
    }
  }

  /** The result so far (also available before the end, e.g. for a stopped run). */
  result(reason: EndReason = this.endReason()): TrainResult {
    const runs = this.runs.map((r) => r.result());
    return {
      seed: this.spec.seed,
      spec: this.spec,
      reason,
      step: this.stepCount,
      totalSteps: this.totalSteps,
      elapsedMs: this.elapsed,
      runs,
      fingerprint: fingerprint(runs),
    };
  }

  private endReason(): EndReason {
    if (this.liveRuns() === 0) return "diverged";
    return this.stepCount >= this.totalSteps ? "finished" : "stopped";
  }

  private finish(reason: EndReason): DoneEvent {
    this.state = "done";
    return { type: "done", result: this.result(reason) };
  }

  private liveRuns(): number {
    return this.runs.filter((r) => r.divergedAt === undefined).length;
  }

  private trainStep(): void {
    this.stepCount++;
    this.runs.forEach((run, i) => {
      if (run.divergedAt !== undefined) return;
      const done = run.loop.next();
      this.onBatch?.(i, this.stepCount, done.indices);
      run.losses.push(done.loss);
    });
  }

  private evaluate(): void {
    for (const run of this.runs) {
      if (run.divergedAt === undefined) run.evaluate(this.stepCount, this.stepsPerEpoch, this.metrics, this.data);
    }
  }

  private progressEvent(): ProgressEvent {
    const diverged: ProgressEvent["diverged"] = [];
    const runs: RunChunk[] = this.runs.map((run, i) => {
      const seen = this.reported[i];
      const chunk: RunChunk = {
        label: run.label,
        fromStep: seen.losses + 1,
        losses: run.losses.slice(seen.losses),
        evals: run.evals.slice(seen.evals).map((e) => ({ ...e })),
        loss: run.losses[run.losses.length - 1],
        divergedAt: run.divergedAt,
      };
      if (run.divergedAt !== undefined && seen.losses < run.losses.length)
        diverged.push({ label: run.label, step: run.divergedAt });
      this.reported[i] = { losses: run.losses.length, evals: run.evals.length };
      return chunk;
    });
    const first = this.runs[0].evals[this.runs[0].evals.length - 1];
    return {
      type: "progress",
      step: this.stepCount,
      totalSteps: this.totalSteps,
      epoch: this.stepCount / this.stepsPerEpoch,
      elapsedMs: this.elapsed,
      loss: runs[0].loss,
      trainAcc: first?.trainAcc,
      testAcc: first?.testAcc,
      runs,
      diverged,
    };
  }

  private pausedEvent(): PausedEvent {
    return { type: "paused", step: this.stepCount, totalSteps: this.totalSteps, elapsedMs: this.elapsed };
  }
}

/**
 * The loop as a generator: each `next()` trains one chunk and yields its event; the
 * generator returns the result. Pausing is not calling `next()`.
 *
 * @example
 * for (const event of trainChunks(spec, data, { maxMs: 50 })) console.log(event.step);
 */
export function* trainChunks(
  spec: TrainingSpec,
  data: TrainingData,
  budget: ChunkBudget = {},
  options: TrainLoopOptions = {},
): Generator<ProgressEvent, TrainResult> {
  const loop = new TrainLoop(spec, data, options);
  for (;;) {
    const event = loop.next(budget);
    if (event.type === "done") return event.result;
    if (event.type === "progress") yield event;
  }
}
