/**
 * Shared by the run tests: the small spec they train, so each test writes only the fields
 * it is about (a seed, an optimizer, runs).
 */
import type { TrainingSpec } from "./spec";

/**
 * 100 noisy moons (20 % held out), a 16-unit ReLU net, plain SGD at η = 0.1, batches of 20,
 * 10 epochs: trains in a few milliseconds; `changes` replace fields.
 */
export function smallSpec(changes: Partial<TrainingSpec> = {}): TrainingSpec {
  return {
    seed: 0,
    data: { name: "moons", n: 100, noise: 0.2, validation: 0.2 },
    model: [{ linear: 16 }, { relu: {} }, { linear: "out" }],
    optimizer: { name: "SGD", options: { lr: 0.1 } },
    batchSize: 20,
    epochs: 10,
    ...changes,
  };
}
