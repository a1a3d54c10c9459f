/**
 * A lockstep job spread over several workers. The runs of a spec (the optimizer race's four
 * optimizers, the weight-init comparison's three scales, BN on/off) share batches because
 * each run draws them from the SAME seeded stream, not because they run in one thread:
 * every run builds its own generators from the seed (train-loop.ts, JobRun). So a spec with
 * n runs splits into n one-run specs that train anywhere, side by side, and give each run
 * the very numbers it gets in the lockstep job:
 *
 *   spec { runs: [A, B, C, D] }  →  { runs: [A] }, { runs: [B] }, { runs: [C] }, { runs: [D] }
 *   result.runs = [A's, B's, C's, D's],   fingerprint(result.runs) as the serial job's
 *
 * `startSplit` runs the parts in a pool (src/run/pool.ts) and hands the page ONE job: its
 * events are those of the serial job (a progress chunk has every run, in order; a part that
 * has not reported is an empty chunk), so a widget cannot tell the difference but the time.
 */
import type { DoneEvent, EndReason, ProgressEvent, RunChunk, TrainResult } from "./events";
import { fingerprint } from "./fingerprint";
import type { HandleEvent, TrainingHandle } from "./handle";
import { runPool } from "./pool";
import { resolveRuns, validateSpec, type TrainingSpec } from "./spec";

/**
 * One spec per run of a lockstep spec (a spec with one run is returned as it is).
 *
 * @example
 * splitRuns(presetSpec("optimizer-comparison", "lesson")).map((s) => s.runs![0].label); // ["SGD", "Momentum", "AdaGrad", "Adam"]
 */
export function splitRuns(spec: TrainingSpec): TrainingSpec[] {
  if (!spec.runs || spec.runs.length <= 1) return [spec];
  return spec.runs.map((run) => ({ ...spec, runs: [run] }));
}

/**
 * The result the lockstep job would have given, from its parts' results (in run order; a
 * part that never ran, because the job was stopped first, is undefined). Each run's history
 * is its part's; the job ends as the serial loop ends: "diverged" when every run diverged,
 * "stopped" when a part was stopped or never ran, else "finished", at the step the last run
 * reached. `slots` parts trained at once, so the time is their training time over `slots`.
 *
 * @example
 * const whole = mergeResults(spec, await Promise.all(parts.map(train)), 2);
 * whole.fingerprint; // the same as TrainLoop(spec).runToEnd().fingerprint
 */
export function mergeResults(
  spec: TrainingSpec,
  results: readonly (TrainResult | undefined)[],
  slots = results.length,
): TrainResult {
  const labels = resolveRuns(spec).map((r) => r.label);
  const parts = results.map(
    (r, i): TrainResult =>
      r ?? { ...emptyResult(spec), runs: [{ label: labels[i], losses: [], evals: [] }], reason: "stopped" },
  );
  const runs = parts.map((p) => p.runs[0]);
  const reason: EndReason = parts.every((p) => p.reason === "diverged")
    ? "diverged"
    : parts.some((p) => p.reason === "stopped")
      ? "stopped"
      : "finished";
  return {
    seed: spec.seed,
    spec,
    reason,
    step: Math.max(...parts.map((p) => p.step)),
    totalSteps: Math.max(...parts.map((p) => p.totalSteps)),
    elapsedMs: sum(parts.map((p) => p.elapsedMs)) / Math.max(1, Math.min(slots, parts.length)),
    runs,
    fingerprint: fingerprint(runs),
  };
}

function emptyResult(spec: TrainingSpec): Omit<TrainResult, "runs" | "reason"> {
  return { seed: spec.seed, spec, step: 0, totalSteps: 0, elapsedMs: 0, fingerprint: "" };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Starts one part (one run) of a split job; `onEvent` gets that part's events. */
export type PartLauncher = (part: TrainingSpec, slot: number, onEvent: (event: HandleEvent) => void) => TrainingHandle;

/** Options of `startSplit`. */
export interface SplitOptions {
  /** Parts trained at once (one worker each). */
  size: number;
  /** The job's events, as one lockstep job would send them. */
  onEvent?: (event: HandleEvent) => void;
}

/** What the page has heard from one part. */
interface PartState {
  label: string;
  step: number;
  totalSteps: number;
  elapsedMs: number;
  loss?: number;
  divergedAt?: number;
  ended: boolean;
  /** Started by the pool (a queued part is not running yet). */
  started: boolean;
  /** Said "paused" and has sent nothing since. */
  paused: boolean;
  result?: TrainResult;
}

/**
 * Trains the runs of `spec` in parallel parts and reports them as one job.
 *
 * @example
 * const workers = [createTrainingWorker(), createTrainingWorker()];
 * const job = startSplit(spec, (part, slot, onEvent) => startTraining(part, { worker: workers[slot], onEvent }), { size: 2, onEvent: draw });
 * const result = await job.done; // result.fingerprint === the serial job's
 */
export function startSplit(spec: TrainingSpec, launch: PartLauncher, options: SplitOptions): TrainingHandle {
  validateSpec(spec);
  const partSpecs = splitRuns(spec);
  const emit = (event: HandleEvent) => options.onEvent?.(event);
  const states: PartState[] = resolveRuns(spec).map((r) => ({
    label: r.label,
    step: 0,
    totalSteps: 0,
    elapsedMs: 0,
    ended: false,
    started: false,
    paused: false,
  }));
  const handles = new Set<TrainingHandle>();
  let paused = false;
  let stopped = false;
  let announcedPause = false;
  let loadingSent = false;
  let failure: Error | null = null;

  const progress = (index: number, event: ProgressEvent): ProgressEvent => {
    const chunk = event.runs[0];
    Object.assign(states[index], {
      step: event.step,
      totalSteps: event.totalSteps,
      elapsedMs: event.elapsedMs,
      loss: chunk.loss,
      divergedAt: chunk.divergedAt,
    });
    const runs: RunChunk[] = states.map((s, i) =>
      i === index
        ? chunk
        : { label: s.label, fromStep: s.step + 1, losses: [], evals: [], loss: s.loss, divergedAt: s.divergedAt },
    );
    // The job's step is the parts' mean (a part that ended or diverged counts as complete, a
    // queued part as 0), so the bar and the time left grow with the work done.
    const totalSteps = Math.max(...states.map((s) => s.totalSteps));
    const complete = (s: PartState) => (s.ended || s.divergedAt !== undefined ? totalSteps : s.step);
    const step = Math.floor(sum(states.map(complete)) / states.length);
    const first = chunk.evals.length > 0 && index === 0 ? chunk.evals[chunk.evals.length - 1] : undefined;
    return {
      ...event,
      step,
      totalSteps,
      epoch: event.step > 0 ? (step * event.epoch) / event.step : 0,
      elapsedMs: sum(states.map((s) => s.elapsedMs)) / Math.min(options.size, states.length),
      loss: states[0].loss,
      trainAcc: first?.trainAcc,
      testAcc: first?.testAcc,
      runs,
    };
  };

  const onPartEvent = (index: number, event: HandleEvent) => {
    if (failure) return;
    switch (event.type) {
      case "loading":
        // Every part downloads the same file: the first part's bytes stand for all.
        if (!loadingSent || index === 0) emit(event);
        loadingSent = true;
        break;
      case "progress":
        states[index].paused = false;
        announcedPause = false;
        emit(progress(index, event));
        break;
      case "paused": {
        // The job is paused once every running part is: a part's chunk still on its way
        // would otherwise move the bar after the page said "Paused".
        states[index].paused = true;
        const running = states.filter((s) => s.started && !s.ended);
        if (running.every((s) => s.paused) && !announcedPause) {
          announcedPause = true;
          emit({ ...event, step: Math.min(...running.map((s) => s.step)) });
        }
        break;
      }
      case "error":
        failure = new Error(event.message);
        pool.stop();
        emit(event);
        break;
      case "done":
        states[index].ended = true;
        states[index].result = event.result;
        break;
    }
  };

  const pool = runPool(partSpecs, (part, slot, index) => launch(part, slot, (e) => onPartEvent(index, e)), {
    size: options.size,
    onTrialStart: (index, _slot, handle) => {
      states[index].started = true;
      handles.add(handle);
      if (paused) handle.pause();
    },
  });

  const done = pool.done.then((results) => {
    if (failure) throw failure;
    const missing = results.findIndex((r) => r === undefined);
    if (missing >= 0 && !stopped) throw new Error(`run "${states[missing].label}" of the job failed`);
    const result = mergeResults(spec, results, options.size);
    const event: DoneEvent = { type: "done", result };
    emit(event);
    return result;
  });
  done.catch(() => undefined); // the caller sees the rejection through `done`

  return {
    pause() {
      paused = true;
      handles.forEach((h) => h.pause());
    },
    resume() {
      paused = false;
      handles.forEach((h) => h.resume());
    },
    stop() {
      stopped = true;
      pool.stop();
    },
    done,
  };
}
