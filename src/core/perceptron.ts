/**
 * The perceptron (『ゼロから作る』 2.3–2.5) and the perceptron learning rule:
 *
 *   a = b + w₁x₁ + w₂x₂   (= x · w + b)           the weighted sum
 *   y = h(a),   h(a) = 1 if a > 0, 0 if a ≤ 0     the step (3.2.2)
 *
 *   learning rule, for one sample x with target t ∈ {0, 1} and learning rate η:
 *     w ← w + η (t − y) x,     b ← b + η (t − y)
 *
 * The book sets the weights by hand (AND = (0.5, 0.5, −0.7)); the rule that finds them
 * from examples is Rosenblatt's (1958) and is not in the book. It changes the weights only
 * when the output is wrong, and by ±η x: towards x when y should have been 1, away when it
 * should have been 0. If one line separates the classes it stops after finitely many
 * mistakes (Novikoff 1962). On XOR no line does, so it never stops: the weights go round
 * a cycle, which `PerceptronLearner` detects (the same weights at the end of two epochs).
 *
 * The perceptron is built from the core's own layers: a `Linear(n, 1)` for the weighted
 * sum and a `Step` for h.
 *
 * Paper: F. Rosenblatt, "The perceptron: a probabilistic model for information storage and
 * organization in the brain", Psychological Review 65(6), 1958. https://doi.org/10.1037/h0042519
 */
import { Tensor } from "./tensor";
import { Linear } from "./layers/linear";
import { Step } from "./layers/step";

/** One perceptron: y = h(x · w + b). */
export class Perceptron {
  /** The weighted sum a = x · W + b (W: n × 1, b: 1 × 1). */
  readonly linear: Linear;
  /** h, the step. */
  readonly step = new Step();

  /**
   * @example
   * const and = new Perceptron([0.5, 0.5], -0.7);              // the book's AND (2.3.1)
   * and.forward(Tensor.from([[0, 0], [1, 0], [0, 1], [1, 1]])).toArray(); // [[0], [0], [0], [1]]
   */
  constructor(weights: readonly number[], bias: number) {
    if (!Array.isArray(weights) || weights.length === 0) throw new Error(`Perceptron: weights must be a non-empty array of numbers, got ${JSON.stringify(weights)}`);
    this.linear = new Linear(weights.length, 1, { init: "zeros" });
    this.setWeights(weights, bias);
  }

  /** w as a plain array. @example new Perceptron([0.5, 0.5], -0.7).weights // [0.5, 0.5] */
  get weights(): number[] {
    return Array.from(this.linear.weight.value.data);
  }

  /** b. @example new Perceptron([0.5, 0.5], -0.7).bias // -0.7 */
  get bias(): number {
    return this.linear.bias.value.data[0];
  }

  /** Replaces w and b. @example p.setWeights([-0.5, -0.5], 0.7) // now NAND */
  setWeights(weights: readonly number[], bias: number): void {
    const n = this.linear.inFeatures;
    if (weights.length !== n) throw new Error(`Perceptron: expected ${n} weights, got ${weights.length}`);
    for (const [name, v] of [...weights.map((w, i) => [`w${i + 1}`, w] as const), ["b", bias] as const]) {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`Perceptron: ${name} must be a finite number, got ${v}`);
    }
    this.linear.weight.value.data.set(weights);
    this.linear.bias.value.data[0] = bias;
  }

  /** a = x · w + b for each row of x (N × n → N × 1). @example p.weightedSum(Tensor.from([[1, 1]])).get(0, 0) // 0.3 for AND */
  weightedSum(x: Tensor): Tensor {
    return this.linear.forward(x);
  }

  /** y = h(x · w + b), 0 or 1 for each row. @example p.forward(Tensor.from([[1, 1]])).get(0, 0) // 1 */
  forward(x: Tensor): Tensor {
    return this.step.forward(this.weightedSum(x));
  }

  /** The output for one input. @example new Perceptron([0.5, 0.5], -0.2).predict([1, 0]) // 1 (OR) */
  predict(x: readonly number[]): number {
    return this.forward(Tensor.from([Array.from(x)])).data[0];
  }
}

/**
 * What one application of the learning rule did, with its numbers.
 *
 * @example
 * const u: PerceptronUpdate = perceptronUpdate(new Perceptron([0, 0], 0), [1, 1], 1, 0.1);
 * u.error;   // 1: the output was 0, the target 1
 * u.weights; // [0.1, 0.1]
 */
export interface PerceptronUpdate {
  /** The sample: its input, its target t, the weighted sum a and the output y before the update. */
  x: number[];
  target: number;
  sum: number;
  output: number;
  /** t − y: 0 (right), +1 (should have fired) or −1 (should not have). */
  error: number;
  /** η(t − y)x and η(t − y). */
  deltaWeights: number[];
  deltaBias: number;
  /** w and b after the update. */
  weights: number[];
  bias: number;
}

/**
 * One step of the perceptron learning rule on one sample: w ← w + η(t − y)x, b ← b + η(t − y).
 *
 * @example
 * const p = new Perceptron([0, 0], 0);
 * perceptronUpdate(p, [1, 1], 1, 0.1); // y = h(0) = 0, error 1: w → [0.1, 0.1], b → 0.1
 */
export function perceptronUpdate(p: Perceptron, x: readonly number[], target: number, lr: number): PerceptronUpdate {
  if (target !== 0 && target !== 1) throw new Error(`perceptronUpdate: the target must be 0 or 1, got ${target}`);
  if (!(typeof lr === "number" && Number.isFinite(lr) && lr > 0)) throw new Error(`perceptronUpdate: the learning rate must be a positive number, got ${lr}`);
  const sum = p.weightedSum(Tensor.from([Array.from(x)])).data[0];
  const output = p.step.forward(Tensor.from([[sum]])).data[0];
  const error = target - output;
  const deltaWeights = x.map((xi) => lr * error * xi + 0); // + 0: no "−0" in the readout
  const deltaBias = lr * error + 0;
  if (error !== 0) p.setWeights(p.weights.map((w, i) => w + deltaWeights[i]), p.bias + deltaBias);
  return { x: Array.from(x), target, sum, output, error, deltaWeights, deltaBias, weights: p.weights, bias: p.bias };
}

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

  constructor(perceptron: Perceptron, data: { x: Tensor; y: ArrayLike<number> }, options: PerceptronLearnerOptions = {}) {
    const { lr = 0.5, maxEpochs = 100 } = options;
    if (data.x.rows !== data.y.length || data.x.rows === 0) throw new Error(`PerceptronLearner: ${data.x.rows} inputs but ${data.y.length} targets`);
    if (!(Number.isInteger(maxEpochs) && maxEpochs > 0)) throw new Error(`PerceptronLearner: maxEpochs must be a positive integer, got ${maxEpochs}`);
    this.perceptron = perceptron;
    this.lr = lr;
    this.maxEpochs = maxEpochs;
    this.inputs = data.x.toArray();
    this.targets = Array.from(data.y);
    this.seen.set(this.key(), 0);
  }

  /** Applies the rule to the next sample. @example const u = learner.step(); u.error // −1, 0 or 1 */
  step(): LearnerUpdate {
    if (this.state !== "learning") throw new Error(`PerceptronLearner: already stopped (${this.state}); make a new learner to start again`);
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
    else if (this.seen.has(key)) (this.state = "cycling"), (this.cycleStart = this.seen.get(key));
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
export function trainPerceptron(perceptron: Perceptron, data: { x: Tensor; y: ArrayLike<number> }, options: PerceptronLearnerOptions = {}) {
  const learner = new PerceptronLearner(perceptron, data, options);
  const updates: LearnerUpdate[] = [];
  while (learner.state === "learning") updates.push(learner.step());
  return { state: learner.state, epochs: learner.errorsPerEpoch.length, errorsPerEpoch: learner.errorsPerEpoch, cycleStart: learner.cycleStart, updates };
}
