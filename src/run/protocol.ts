/**
 * The messages between the page (client.ts) and a training worker (worker.ts). Every
 * message carries the id of its job, so a reused worker's late replies to an earlier job
 * are recognised and dropped.
 */
import type { TrainEvent } from "./events";
import type { TrainingSpec } from "./spec";

/** Page → worker. */
export type WorkerRequest =
  | { type: "start"; job: number; spec: TrainingSpec; chunkMs: number }
  | { type: "pause"; job: number }
  | { type: "resume"; job: number }
  | { type: "stop"; job: number };

/** Worker → page. */
export type WorkerReply =
  | { type: "event"; job: number; event: TrainEvent }
  | { type: "loading"; job: number; loaded?: number; total?: number }
  | { type: "error"; job: number; message: string };
