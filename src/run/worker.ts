/**
 * The training worker: a module Web Worker with the kobai core bundled in. It loads the data
 * itself (MNIST by fetch, src/data/fetch-source.ts, through the core's loader, which caches the checked file for the
 * worker's lifetime, so a worker reused by the trial pool fetches it once), then trains in
 * chunks of `chunkMs`, posting each chunk's progress.
 *
 * Between chunks it yields to its message queue (setTimeout 0), which is when pause,
 * resume and stop arrive: the page never waits more than one chunk for an answer.
 */
/// <reference lib="webworker" />
import { ready, setDataSource } from "kobai";
import { fetchDataSource } from "../data/fetch-source";
import { loadTrainingData } from "./data";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { TrainLoop } from "./train-loop";

declare const self: DedicatedWorkerGlobalScope;

setDataSource(fetchDataSource); // MNIST is fetched from the site

let current: { job: number; loop: TrainLoop | null; chunkMs: number; stop: boolean; pause: boolean } | null = null;
let scheduled = false;

function post(reply: WorkerReply): void {
  self.postMessage(reply);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(pump, 0);
}

function pump(): void {
  scheduled = false;
  const job = current;
  if (!job?.loop || job.loop.done) return;
  try {
    const event = job.loop.next({ maxMs: job.chunkMs });
    post({ type: "event", job: job.job, event });
    if (event.type === "progress") schedule();
  } catch (error) {
    post({ type: "error", job: job.job, message: (error as Error).message });
    current = null;
  }
}

async function start(job: number, request: Extract<WorkerRequest, { type: "start" }>): Promise<void> {
  current?.loop?.stop(); // a new job replaces the old one
  const state = { job, loop: null as TrainLoop | null, chunkMs: request.chunkMs, stop: false, pause: false };
  current = state;
  post({ type: "loading", job });
  try {
    await ready(); // the WebAssembly matmul kernel where the runtime has it (same numbers, faster)
    let lastReport = 0;
    const data = await loadTrainingData(request.spec.data, request.spec.seed, (loaded, total) => {
      // A few reports a second are enough for a progress bar.
      const now = performance.now();
      if (now - lastReport < 100 && loaded < total) return;
      lastReport = now;
      post({ type: "loading", job, loaded, total });
    });
    if (current !== state) return;
    state.loop = new TrainLoop(request.spec, data);
    if (state.stop) state.loop.stop();
    else if (state.pause) state.loop.pause();
    schedule();
  } catch (error) {
    post({ type: "error", job, message: (error as Error).message });
  }
}

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.type === "start") {
    void start(request.job, request);
    return;
  }
  const job = current;
  if (!job || job.job !== request.job) return;
  if (request.type === "pause") {
    job.pause = true;
    job.loop?.pause();
    if (job.loop && !job.loop.done) post({ type: "event", job: job.job, event: job.loop.next() });
  } else if (request.type === "resume") {
    job.pause = false;
    job.loop?.resume();
    schedule();
  } else if (request.type === "stop") {
    job.stop = true;
    job.loop?.stop();
    schedule();
  }
};
