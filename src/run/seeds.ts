/**
 * One seed, several independent random streams.
 *
 *   seed ──┬─ "data"     → generated points, the validation split
 *          ├─ "init"     → initial weights (the SAME for every run of a job)
 *          ├─ "batches"  → which samples each step trains on (shared by every run of a job)
 *          └─ "dropout"  → dropout masks
 *
 * A run shows one seed. Deriving each stream from it (instead of drawing everything from
 * one generator) keeps the streams apart: adding a dropout layer draws masks, but must not
 * change which batches the run sees or how its weights start. Runs compared in lockstep
 * (SGD vs Adam, with and without batch norm) therefore start from the same weights when
 * their layers match, and train on exactly the same batches.
 */
import { createRng, type Rng } from "kobai";

/** The independent random streams of a training job. */
export type SeedStream = "data" | "init" | "batches" | "dropout";

const STREAM_SALT: Record<SeedStream, number> = { data: 0x0da7a, init: 0x1417, batches: 0xba7c4, dropout: 0xd20b };

/**
 * A 32-bit seed for one stream of a job's seed (integer mixing, identical in every engine).
 *
 * @example
 * streamSeed(42, "batches"); // always the same integer, different from streamSeed(42, "init")
 */
export function streamSeed(seed: number, stream: SeedStream): number {
  let h = (Math.trunc(seed) ^ Math.imul(STREAM_SALT[stream], 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A fresh generator for one stream of a job's seed.
 *
 * @example
 * const batchRng = streamRng(0, "batches");
 */
export function streamRng(seed: number, stream: SeedStream): Rng {
  return createRng(streamSeed(seed, stream));
}
