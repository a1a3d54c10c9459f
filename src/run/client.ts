/**
 * Starts training in a Web Worker from the page, so the page never freezes:
 *
 *   const run = startTraining(spec, { onEvent: (e) => draw(e) });
 *   pauseButton.onclick = () => run.pause();
 *   const result = await run.done;   // { fingerprint, runs: [{ losses, evals }], … }
 *
 * The worker answers pause/resume/stop between two chunks (≤ chunkMs). If it does not
 * answer a stop within a second (a chunk stuck in a huge evaluation), the worker is
 * terminated and the job ends with the history the page has already received.
 */
import type { HandleEvent, StartOptions, TrainingHandle } from "./handle";
import { HistoryRecorder } from "./handle";
import type { TrainResult } from "./events";
import type { WorkerReply, WorkerRequest } from "./protocol";
import type { TrainingSpec } from "./spec";
import { validateSpec } from "./spec";

/** How long a stop may take before the worker is terminated. */
const STOP_GRACE_MS = 1000;

/** A new training worker (bundled by Vite from worker.ts). */
export function createTrainingWorker(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
}

let nextJob = 1;

/** Options of `startTraining`. */
export interface ClientOptions extends StartOptions {
  /** A worker to reuse (the pool passes its own); without one, a fresh worker is made and closed at the end. */
  worker?: Worker;
}

/**
 * @example
 * const run = startTraining(presetSpec("weight-decay", "lesson"), { onEvent: console.log });
 * setTimeout(() => run.stop(), 5000);
 * const { fingerprint } = await run.done;
 */
export function startTraining(spec: TrainingSpec, options: ClientOptions = {}): TrainingHandle {
  validateSpec(spec); // fail here, where the caller is, not later in the worker
  const job = nextJob++;
  const ownWorker = !options.worker;
  const worker = options.worker ?? createTrainingWorker();
  const recorder = new HistoryRecorder();
  const emit = (event: HandleEvent) => options.onEvent?.(event);
  let settled = false;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let settle!: { resolve: (r: TrainResult) => void; reject: (e: Error) => void };
  const done = new Promise<TrainResult>((resolve, reject) => (settle = { resolve, reject }));

  const send = (request: WorkerRequest) => worker.postMessage(request);
  const finish = (outcome: { result: TrainResult } | { error: Error }) => {
    if (settled) return;
    settled = true;
    clearTimeout(stopTimer);
    worker.removeEventListener("message", onMessage);
    worker.removeEventListener("error", onError);
    if (ownWorker) worker.terminate();
    if ("result" in outcome) settle.resolve(outcome.result);
    else settle.reject(outcome.error);
  };

  const onMessage = (message: MessageEvent<WorkerReply>) => {
    const reply = message.data;
    if (reply.job !== job || settled) return;
    if (reply.type === "loading") emit({ type: "loading", loaded: reply.loaded, total: reply.total });
    else if (reply.type === "error") {
      emit({ type: "error", message: reply.message });
      finish({ error: new Error(reply.message) });
    } else {
      const event = reply.event;
      if (event.type === "progress") recorder.add(event);
      emit(event);
      if (event.type === "done") finish({ result: event.result });
    }
  };
  const onError = (error: ErrorEvent) => {
    const message = error.message || "the training worker failed to start";
    emit({ type: "error", message });
    finish({ error: new Error(message) });
  };
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  send({ type: "start", job, spec, chunkMs: options.chunkMs ?? 80 });

  return {
    pause: () => !settled && send({ type: "pause", job }),
    resume: () => !settled && send({ type: "resume", job }),
    stop: () => {
      if (settled) return;
      send({ type: "stop", job });
      stopTimer ??= setTimeout(() => {
        if (settled) return;
        // No answer: end it here. A reused worker is terminated too (the pool replaces it).
        worker.terminate();
        const result = recorder.result(spec, "stopped");
        emit({ type: "done", result });
        finish({ result });
      }, STOP_GRACE_MS);
    },
    done,
  };
}
