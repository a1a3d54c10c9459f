/**
 * Full batch, mini-batch and online learning on the same data (『ゼロから作る』 4.5, 6.1 SGD):
 *
 *   for each epoch:  for each batch (x_B, t_B) of size B:  (w, b) ← (w, b) − η ∇L_B(w, b)
 *
 * where L_B is the mean squared error on the batch only. B = N (full batch) takes one exact
 * step per epoch; B = 1 (online) takes N noisy ones; a mini-batch sits between. Each
 * gradient ∇L_B is an unbiased estimate of the full ∇L, and its noise shrinks like 1/√B.
 * The batches come from the core's `batches` (shuffled each epoch, or drawn with
 * replacement as the book's np.random.choice does), with a seeded generator, so every run
 * of the same settings draws the same batches.
 */
import { SGD, batches, createRng } from "kobai";
import { Neuron, type Activation, type FitData } from "./fit-model";

export interface BatchRunOptions {
  activation: Activation;
  data: FitData;
  start: [number, number];
  lr: number;
  batchSize: number;
  epochs: number;
  seed: number;
  /** The book's sampling with replacement (default false: shuffle and cut). */
  replacement?: boolean;
}

export interface BatchRun {
  batchSize: number;
  /** ⌈N / B⌉. */
  updatesPerEpoch: number;
  /** epochs[k] = k / updatesPerEpoch: where update k sits, in epochs. */
  epochs: number[];
  /** The loss on ALL the data after k updates (losses[0] at the start). */
  losses: number[];
  /** How many updates made the full loss go up (the noise a small batch brings). */
  rises: number;
  /** True when the loss stopped being finite. */
  diverged: boolean;
}

/**
 * Trains the neuron with mini-batches of size B and records the full-data loss after
 * every update.
 *
 * @example
 * const run = runBatches({ activation: "sigmoid", data: makeData(), start: [-1.5, 2], lr: 2, batchSize: 10, epochs: 20, seed: 0 });
 * run.updatesPerEpoch; // 4
 */
export function runBatches(options: BatchRunOptions): BatchRun {
  const { activation, data, start, lr, batchSize, epochs, seed, replacement = false } = options;
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new Error(`runBatches: epochs must be a positive integer, got ${epochs}`);
  const neuron = new Neuron(activation, start);
  const optimizer = new SGD(neuron.parameters(), { lr });
  const loader = batches(data.x, data.t, batchSize, { rng: createRng(seed), replacement });
  const updatesPerEpoch = loader.length;
  const losses = [neuron.loss(data)];
  const at: number[] = [0];
  let rises = 0;
  let diverged = false;
  outer: for (let epoch = 0; epoch < epochs; epoch++) {
    let k = 0;
    for (const [xb, tb] of loader) {
      neuron.backward({ x: xb, t: tb });
      optimizer.step();
      k++;
      const loss = neuron.loss(data);
      if (!Number.isFinite(loss)) {
        diverged = true;
        break outer;
      }
      if (loss > losses[losses.length - 1]) rises++;
      losses.push(loss);
      at.push(epoch + k / updatesPerEpoch);
    }
  }
  return { batchSize, updatesPerEpoch, epochs: at, losses, rises, diverged };
}
