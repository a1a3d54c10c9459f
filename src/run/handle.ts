/**
 * A training job in progress, wherever it runs (a Web Worker, or this thread in chunks):
 *
 *   const run = startTraining(spec, { onEvent });
 *   run.pause(); run.resume(); run.stop();
 *   const result = await run.done;      // also resolves after stop(), with reason "stopped"
 *
 * The page keeps its own copy of the history, assembled from the streamed chunks
 * (`HistoryRecorder`), so a stopped or terminated job still has a result and a fingerprint.
 */
import type { EndReason, EvalPoint, ProgressEvent, RunResult, TrainEvent, TrainResult } from "./events";
import { fingerprint } from "./fingerprint";
import type { TrainingSpec } from "./spec";

/** What the page sees besides the loop's own events. */
/** "loading" may say how many bytes of the data have arrived (`total` 0 when unknown). */
export type HandleEvent =
  TrainEvent | { type: "loading"; loaded?: number; total?: number } | { type: "error"; message: string };

/** Controls of a running job. */
export interface TrainingHandle {
  pause(): void;
  resume(): void;
  stop(): void;
  /** The result when the job ends (finished, stopped or diverged); rejects on an error. */
  readonly done: Promise<TrainResult>;
}

/** Options shared by every way of starting a job. */
export interface StartOptions {
  /** Called with each event (progress chunks, paused, done, loading, error). */
  onEvent?: (event: HandleEvent) => void;
  /** Milliseconds of training per chunk (default 80): smaller = smoother curves, more overhead. */
  chunkMs?: number;
}

/** Builds the full history of a job from its progress chunks. */
export class HistoryRecorder {
  readonly runs: RunResult[] = [];
  step = 0;
  totalSteps = 0;
  elapsedMs = 0;

  /** Adds a chunk. @example recorder.add(event) */
  add(event: ProgressEvent): void {
    event.runs.forEach((chunk, i) => {
      const run = (this.runs[i] ??= { label: chunk.label, losses: [], evals: [] as EvalPoint[] });
      run.losses.push(...chunk.losses);
      run.evals.push(...chunk.evals);
      if (chunk.divergedAt !== undefined) run.divergedAt = chunk.divergedAt;
    });
    this.step = event.step;
    this.totalSteps = event.totalSteps;
    this.elapsedMs = event.elapsedMs;
  }

  /** The result as recorded so far. */
  result(spec: TrainingSpec, reason: EndReason): TrainResult {
    const runs = this.runs.map((r) => ({ ...r, losses: [...r.losses], evals: [...r.evals] }));
    return {
      seed: spec.seed,
      spec,
      reason,
      step: this.step,
      totalSteps: this.totalSteps,
      elapsedMs: this.elapsedMs,
      runs,
      fingerprint: fingerprint(runs),
    };
  }
}
