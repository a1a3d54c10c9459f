/**
 * Which samples each step trains on.
 *
 *   "shuffle"      each epoch is a fresh permutation of 0 … N−1 cut into ⌈N/B⌉ batches
 *                  (the last one smaller when B does not divide N): every sample once per epoch
 *   "replacement"  every batch is B indices drawn uniformly from 0 … N−1, repeats allowed,
 *                  exactly the book's  batch_mask = np.random.choice(train_size, batch_size);
 *                  an "epoch" is then max(1, round(N/B)) steps, as the book's iter_per_epoch
 *
 * A job makes ONE plan and hands every batch to all of its runs, which is what makes a
 * lockstep comparison fair: SGD and Adam see the same digits in the same order.
 */
import type { Rng } from "kobai";
import type { Sampling } from "./spec";

/** An endless sequence of batches of sample indices. */
export interface BatchPlan {
  /** Steps in one epoch. */
  readonly stepsPerEpoch: number;
  /** The indices of the next batch. */
  next(): number[];
}

/**
 * @example
 * const plan = createBatchPlan(300, 100, "replacement", createRng(0));
 * plan.stepsPerEpoch; // 3
 * plan.next().length; // 100
 */
export function createBatchPlan(size: number, batchSize: number, sampling: Sampling, rng: Rng): BatchPlan {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch plan: the training set needs at least one sample, got ${size}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch plan: batchSize must be a positive integer, got ${batchSize}`);
  return sampling === "replacement" ? withReplacement(size, batchSize, rng) : shuffled(size, Math.min(batchSize, size), rng);
}

function withReplacement(size: number, batchSize: number, rng: Rng): BatchPlan {
  return {
    stepsPerEpoch: Math.max(1, Math.round(size / batchSize)),
    next: () => Array.from({ length: batchSize }, () => Math.floor(rng.uniform() * size)),
  };
}

function shuffled(size: number, batchSize: number, rng: Rng): BatchPlan {
  const order = Array.from({ length: size }, (_, i) => i);
  let cursor = size; // start by shuffling
  return {
    stepsPerEpoch: Math.ceil(size / batchSize),
    next: () => {
      if (cursor >= size) {
        // Fisher–Yates with the seeded generator.
        for (let i = size - 1; i > 0; i--) {
          const j = Math.floor(rng.uniform() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        cursor = 0;
      }
      const batch = order.slice(cursor, cursor + batchSize);
      cursor += batchSize;
      return batch;
    },
  };
}
