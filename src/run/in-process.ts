/**
 * Runs a job on this thread, one chunk per macrotask, with the same handle as a worker job.
 * Node uses it (tests, benchmarks, the trial pool's tests); a page uses it only where a
 * worker is unavailable, since a chunk still blocks the thread for `chunkMs`.
 */
import { loadTrainingData } from "./data";
import type { HandleEvent, StartOptions, TrainingHandle } from "./handle";
import type { TrainResult } from "./events";
import type { TrainingSpec } from "./spec";
import { TrainLoop } from "./train-loop";

/**
 * @example
 * const run = startInProcess(spec, { onEvent: (e) => console.log(e.type) });
 * const result = await run.done;
 */
export function startInProcess(spec: TrainingSpec, options: StartOptions = {}): TrainingHandle {
  const emit = (event: HandleEvent) => options.onEvent?.(event);
  const chunkMs = options.chunkMs ?? 80;
  let loop: TrainLoop | null = null;
  let paused = false;
  let stopRequested = false;
  let scheduled = false;
  let settle!: { resolve: (r: TrainResult) => void; reject: (e: Error) => void };
  const done = new Promise<TrainResult>((resolve, reject) => (settle = { resolve, reject }));

  const pump = () => {
    scheduled = false;
    if (!loop || loop.done) return;
    let event;
    try {
      event = loop.next({ maxMs: chunkMs });
    } catch (error) {
      emit({ type: "error", message: (error as Error).message });
      settle.reject(error as Error);
      return;
    }
    emit(event);
    if (event.type === "done") settle.resolve(event.result);
    else if (event.type === "progress") schedule();
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setTimeout(pump, 0);
    }
  };

  emit({ type: "loading" });
  loadTrainingData(spec.data, spec.seed)
    .then((data) => {
      loop = new TrainLoop(spec, data);
      if (stopRequested) loop.stop();
      else if (paused) loop.pause();
      schedule();
    })
    .catch((error: Error) => {
      emit({ type: "error", message: error.message });
      settle.reject(error);
    });

  return {
    pause() {
      paused = true;
      loop?.pause();
      if (loop && !loop.done) emit(loop.next());
    },
    resume() {
      paused = false;
      loop?.resume();
      schedule();
    },
    stop() {
      stopRequested = true;
      loop?.stop();
      if (loop) schedule();
    },
    done,
  };
}
