/**
 * Running the perceptron learning rule (Rosenblatt 1958) until it stops:
 *
 *   repeat for epoch = 1, 2, …:   for each sample (x, t), in order:   w ← w + η(t − y)x,  b ← b + η(t − y)
 *
 *   stop when an epoch has no mistake           ("converged": the line separates the data)
 *   or when the weights at the end of an epoch equal those at the end of an earlier one
 *                                               ("cycling": from there the same epochs repeat for ever)
 *   or after maxEpochs                          ("gave-up")
 *
 * On linearly separable data the first happens after finitely many mistakes (Novikoff
 * 1962). On XOR it never can; the weights stay bounded and, with the inputs 0 and 1 and a
 * fixed η, take only finitely many values, so the second happens instead.
 *
 * Paper: A. B. Novikoff, "On convergence proofs on perceptrons", Symposium on the
 * Mathematical Theory of Automata, 1962.
 */
import type { Tensor } from "./tensor";
import { Perceptron, perceptronUpdate, type PerceptronUpdate } from "./perceptron";

/** Options of `PerceptronLearner` and `trainPerceptron`. @example trainPerceptron(new Perceptron([0, 0], 0), datasets.and(), { lr: 0.5, maxEpochs: 20 }).epochs // 6 */
export interface PerceptronLearnerOptions {
  /**
   * η (default 0.5). Starting from zero weights, η only scales the weights the rule finds;
   * 0.5 keeps them on the book's scale and exact in binary, so a sum that should be 0 is 0.
   */
  lr?: number;
  /** Give up after this many epochs (default 100). */
  maxEpochs?: number;
}

/** Where a learner stands: still going, done (an epoch without a mistake), caught in a cycle, or out of epochs. @example trainPerceptron(new Perceptron([0, 0], 0), datasets.xor()).state // "cycling" */
export type PerceptronLearnerState = "learning" | "converged" | "cycling" | "gave-up";

/**
 * One update of a learner, with where it happened (epoch from 1, sample index from 0).
 *
 * @example
 * const learner = new PerceptronLearner(new Perceptron([0, 0], 0), datasets.and());
 * const u: LearnerUpdate = learner.step();
 * [u.epoch, u.index]; // [1, 0]
 */
export interface LearnerUpdate extends PerceptronUpdate {
  epoch: number;
  index: number;
}

/**
 * Runs the learning rule one sample at a time, in order, epoch after epoch, and says when to
 * stop: after an epoch with no mistake ("converged"), when the weights at the end of an
 * epoch equal those at the end of an earlier one ("cycling": from there the same epochs
 * repeat for ever, as on XOR), or after `maxEpochs` ("gave-up").
 *
 * @example
 * const learner = new PerceptronLearner(new Perceptron([0, 0], 0), datasets.and(), { lr: 0.5 });
 * while (learner.state === "learning") learner.step();
 * learner.state;             // "converged"
 * learner.perceptron.weights; // a line that computes AND
 */
export class PerceptronLearner {
  readonly perceptron: Perceptron;
  readonly lr: number;
  readonly maxEpochs: number;
  state: PerceptronLearnerState = "learning";
  /** The epoch in progress (from 1), and its sample index. */
  epoch = 1;
  index = 0;
  /** Mistakes in the epoch in progress, and in each finished epoch. */
  errorsThisEpoch = 0;
  readonly errorsPerEpoch: number[] = [];
  /** When cycling: the earlier epoch whose end had the same weights as the last one. */
  cycleStart: number | undefined;
  private readonly inputs: number[][];
  private readonly targets: number[];
  private readonly seen = new Map<string, number>();

  constructor(
    perceptron: Perceptron,
    data: { x: Tensor; y: ArrayLike<number> },
    options: PerceptronLearnerOptions = {},
  ) {
    const { lr = 0.5, maxEpochs = 100 } = options;
    if (data.x.rows !== data.y.length || data.x.rows === 0)
      throw new Error(`PerceptronLearner: ${data.x.rows} inputs but ${data.y.length} targets`);
    if (!(typeof lr === "number" && Number.isFinite(lr) && lr > 0))
      throw new Error(`PerceptronLearner: lr must be a positive number, got ${lr}`);
    if (!(Number.isInteger(maxEpochs) && maxEpochs > 0))
      throw new Error(`PerceptronLearner: maxEpochs must be a positive integer, got ${maxEpochs}`);
    this.perceptron = perceptron;
    this.lr = lr;
    this.maxEpochs = maxEpochs;
    this.inputs = data.x.toArray();
    this.targets = Array.from(data.y);
    this.seen.set(this.key(), 0);
  }

  /** Applies the rule to the next sample. @example const u = learner.step(); u.error // −1, 0 or 1 */
  step(): LearnerUpdate {
    if (this.state !== "learning")
      throw new Error(`PerceptronLearner: already stopped (${this.state}); make a new learner to start again`);
    const { epoch, index } = this;
    const update = perceptronUpdate(this.perceptron, this.inputs[index], this.targets[index], this.lr);
    if (update.error !== 0) this.errorsThisEpoch++;
    this.index++;
    if (this.index === this.inputs.length) this.endEpoch();
    return { ...update, epoch, index };
  }

  private endEpoch(): void {
    this.errorsPerEpoch.push(this.errorsThisEpoch);
    const finished = this.epoch;
    const key = this.key();
    if (this.errorsThisEpoch === 0) this.state = "converged";
    else if (this.seen.has(key)) ((this.state = "cycling"), (this.cycleStart = this.seen.get(key)));
    else if (finished >= this.maxEpochs) this.state = "gave-up";
    this.seen.set(key, finished);
    if (this.state !== "learning") return;
    this.epoch++;
    this.index = 0;
    this.errorsThisEpoch = 0;
  }

  /** The weights rounded to 1e-9, so 0.1 + 0.2 − 0.2 and 0.1 count as the same state. */
  private key(): string {
    return [...this.perceptron.weights, this.perceptron.bias].map((v) => Math.round(v * 1e9) / 1e9 + 0).join(",");
  }
}

/**
 * Runs the learning rule until it stops (see `PerceptronLearner`) and returns every update.
 *
 * @example
 * const p = new Perceptron([0, 0], 0);
 * const run = trainPerceptron(p, datasets.xor());
 * run.state;     // "cycling": XOR is not linearly separable
 */
export function trainPerceptron(
  perceptron: Perceptron,
  data: { x: Tensor; y: ArrayLike<number> },
  options: PerceptronLearnerOptions = {},
) {
  const learner = new PerceptronLearner(perceptron, data, options);
  const updates: LearnerUpdate[] = [];
  while (learner.state === "learning") updates.push(learner.step());
  return {
    state: learner.state,
    epochs: learner.errorsPerEpoch.length,
    errorsPerEpoch: learner.errorsPerEpoch,
    cycleStart: learner.cycleStart,
    updates,
  };
}
