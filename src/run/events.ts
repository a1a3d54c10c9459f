/**
 * What a training loop reports, chunk by chunk, and what it leaves behind. Plain data, so
 * the same objects cross from a worker to the page.
 */
import type { TrainingSpec } from "./spec";

/** An evaluation: accuracies after `step` optimizer steps (step 0 = the initial weights). */
export interface EvalPoint {
  step: number;
  /** step / steps per epoch. */
  epoch: number;
  trainAcc?: number;
  testAcc?: number;
  /** ‖W‖ = √(Σ w²) over every Linear weight (not biases), when the spec asks for "weightNorm". */
  weightNorm?: number;
}

/** What one run added during a chunk. */
export interface RunChunk {
  label: string;
  /** The step number of losses[0] (steps count from 1). */
  fromStep: number;
  /** Mini-batch loss of each new step (with the book's weight-decay term when λ > 0). */
  losses: number[];
  /** New evaluations. */
  evals: EvalPoint[];
  /** The latest loss, if the run has taken a step. */
  loss?: number;
  /** The step whose loss diverged (kobai's isDiverged: NaN, ±∞ or past 10⁴ × its start); the run stopped there. */
  divergedAt?: number;
}

/** A chunk of training finished. Top-level loss/trainAcc/testAcc are those of the first run. */
export interface ProgressEvent {
  type: "progress";
  step: number;
  totalSteps: number;
  /** Completed epochs (fractional). */
  epoch: number;
  /** Training time so far, pauses excluded. */
  elapsedMs: number;
  loss?: number;
  trainAcc?: number;
  testAcc?: number;
  runs: RunChunk[];
  /** Runs that diverged in this chunk, e.g. [{ label: "SGD", step: 12 }]. */
  diverged: { label: string; step: number }[];
}

/** The whole history of one run. */
export interface RunResult {
  label: string;
  losses: number[];
  evals: EvalPoint[];
  divergedAt?: number;
}

/** Why a job ended. */
export type EndReason = "finished" | "stopped" | "diverged";

/** A job's result; `fingerprint` identifies its curves (see fingerprint.ts). */
export interface TrainResult {
  seed: number;
  spec: TrainingSpec;
  reason: EndReason;
  step: number;
  totalSteps: number;
  elapsedMs: number;
  runs: RunResult[];
  fingerprint: string;
}

/** The last event of a job. */
export interface DoneEvent {
  type: "done";
  result: TrainResult;
}

/** Emitted instead of training while the loop is paused. */
export interface PausedEvent {
  type: "paused";
  step: number;
  totalSteps: number;
  elapsedMs: number;
}

export type TrainEvent = ProgressEvent | DoneEvent | PausedEvent;
