/**
 * Several independent trials at once (a random hyperparameter search): a queue of specs,
 * N slots, each slot takes the next spec when its trial ends.
 *
 *   N = clamp(navigator.hardwareConcurrency, 1, 4)
 *
 * Every core trains (the page only draws a few times a second between chunks, and the
 * browser schedules it among the workers); more than four workers would mostly compete for
 * memory bandwidth, and each holds its own copy of MNIST (60,000 digits as float64 are
 * 376 MB: four copies are as many as a laptop should hold).
 * Each trial reports as it finishes; `stop()` stops the running trials and drops the queue.
 */
import type { TrainResult } from "./events";
import type { TrainingHandle } from "./handle";
import type { TrainingSpec } from "./spec";

/**
 * The number of workers for this machine.
 *
 * @example
 * defaultPoolSize(2); // 2
 * defaultPoolSize(16); // 4
 */
export function defaultPoolSize(
  hardwareConcurrency = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency ?? 2,
): number {
  return Math.max(1, Math.min(4, Math.floor(hardwareConcurrency)));
}

/** Starts one trial in a slot (slot i always runs on the same worker). */
export type Launcher = (spec: TrainingSpec, slot: number, index: number) => TrainingHandle;

/** Options of `runPool`. */
export interface PoolOptions {
  /** Parallel trials (default `defaultPoolSize()`). */
  size?: number;
  /** Called as each trial ends, in the order they end. */
  onTrialDone?: (index: number, result: TrainResult) => void;
  /** Called when a trial fails (the others go on). */
  onTrialError?: (index: number, error: Error) => void;
  /** Called when a trial starts. */
  onTrialStart?: (index: number, slot: number, handle: TrainingHandle) => void;
}

/** A running search. */
export interface PoolHandle {
  /** Stops every running trial and starts no more. */
  stop(): void;
  /** One entry per spec: its result, or undefined if it failed or never ran. */
  readonly done: Promise<(TrainResult | undefined)[]>;
}

/**
 * @example
 * const search = runPool(trials, startTrialInWorker, { onTrialDone: (i, r) => table.add(i, r) });
 * stopButton.onclick = () => search.stop();
 */
export function runPool(specs: readonly TrainingSpec[], launch: Launcher, options: PoolOptions = {}): PoolHandle {
  const size = Math.max(1, Math.min(options.size ?? defaultPoolSize(), specs.length || 1));
  const results: (TrainResult | undefined)[] = specs.map(() => undefined);
  const running = new Map<number, TrainingHandle>();
  let nextIndex = 0;
  let stopped = false;

  const slotLoop = async (slot: number): Promise<void> => {
    while (!stopped && nextIndex < specs.length) {
      const index = nextIndex++;
      const handle = launch(specs[index], slot, index);
      running.set(index, handle);
      options.onTrialStart?.(index, slot, handle);
      try {
        const result = await handle.done;
        results[index] = result;
        options.onTrialDone?.(index, result);
      } catch (error) {
        options.onTrialError?.(index, error as Error);
      } finally {
        running.delete(index);
      }
    }
  };

  const done = Promise.all(Array.from({ length: size }, (_, slot) => slotLoop(slot))).then(() => results);
  return {
    stop() {
      stopped = true;
      for (const handle of running.values()) handle.stop();
    },
    done,
  };
}
