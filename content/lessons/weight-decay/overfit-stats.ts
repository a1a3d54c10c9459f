/**
 * The numbers the overfitting chapters (weight-decay, dropout) state about a training run:
 * final accuracies, the train–test gap averaged over the last evaluations (one evaluation
 * is noisy with 300 training digits), and the size of the weights. Used by the claims
 * tests, so the prose and the widgets' runs cannot drift apart.
 */
import { ready } from "kobai";
import { presetSpec, type PresetId } from "../../../src/run/presets";
import { loadTrainingData } from "../../../src/run/data";
import { TrainLoop } from "../../../src/run/train-loop";
import type { RunVariant } from "../../../src/run/spec";
import type { RunResult, TrainResult } from "../../../src/run/events";

/**
 * The chapter's sweep: the lesson preset (seed 0) with these runs in place of its two, trained
 * in one lockstep job (the same batches from the same initial weights, as the widget trains its
 * runs) to the end, on the WebAssembly kernel (bit-identical to the JS one).
 *
 * @example
 * const sweep = await trainLessonSweep("weight-decay", [{ label: "λ = 0", weightDecay: 0 }, { label: "λ = 0.1", weightDecay: 0.1 }]);
 */
export async function trainLessonSweep(chapter: PresetId, runs: RunVariant[]): Promise<TrainResult> {
  await ready();
  const spec = { ...presetSpec(chapter, "lesson", { seed: 0 }), runs };
  return new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
}

/** What the prose says about one run. */
export interface OverfitStats {
  label: string;
  finalTrain: number;
  finalTest: number;
  /** Mean of (train − test) over the last `window` evaluations. */
  meanGap: number;
  /** Mean test accuracy over the same evaluations. */
  meanTest: number;
  /** Mean train accuracy over the same evaluations. */
  meanTrain: number;
  /** ‖W‖ at the start and at the end, when measured. */
  normStart?: number;
  normEnd?: number;
}

/**
 * @example
 * overfitStats(result.runs[0], 10).meanGap; // e.g. 0.205
 */
export function overfitStats(run: RunResult, window = 10): OverfitStats {
  const evals = run.evals.filter((e) => e.trainAcc !== undefined && e.testAcc !== undefined);
  if (evals.length === 0)
    throw new Error(`overfitStats: run "${run.label}" has no evaluations with train and test accuracy`);
  const tail = evals.slice(-window);
  const mean = (f: (e: (typeof tail)[number]) => number) => tail.reduce((s, e) => s + f(e), 0) / tail.length;
  const last = evals[evals.length - 1];
  const norms = run.evals.filter((e) => e.weightNorm !== undefined);
  return {
    label: run.label,
    finalTrain: last.trainAcc!,
    finalTest: last.testAcc!,
    meanGap: mean((e) => e.trainAcc! - e.testAcc!),
    meanTest: mean((e) => e.testAcc!),
    meanTrain: mean((e) => e.trainAcc!),
    normStart: norms[0]?.weightNorm,
    normEnd: norms.at(-1)?.weightNorm,
  };
}

/** "81.3 %" style, as the prose writes accuracies. */
export const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

/** A number as the prose rounds it to a whole one: 20.5 → "21". */
export const round = (v: number) => String(Math.round(v));
