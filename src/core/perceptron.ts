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
 * a cycle (perceptron-learner.ts runs the rule epoch by epoch and detects that).
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
    if (!Array.isArray(weights) || weights.length === 0)
      throw new Error(`Perceptron: weights must be a non-empty array of numbers, got ${JSON.stringify(weights)}`);
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
      if (typeof v !== "number" || !Number.isFinite(v))
        throw new Error(`Perceptron: ${name} must be a finite number, got ${v}`);
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
  if (!(typeof lr === "number" && Number.isFinite(lr) && lr > 0))
    throw new Error(`perceptronUpdate: the learning rate must be a positive number, got ${lr}`);
  const sum = p.weightedSum(Tensor.from([Array.from(x)])).data[0];
  const output = p.step.forward(Tensor.from([[sum]])).data[0];
  const error = target - output;
  const deltaWeights = x.map((xi) => lr * error * xi + 0); // + 0: no "−0" in the readout
  const deltaBias = lr * error + 0;
  if (error !== 0)
    p.setWeights(
      p.weights.map((w, i) => w + deltaWeights[i]),
      p.bias + deltaBias,
    );
  return { x: Array.from(x), target, sum, output, error, deltaWeights, deltaBias, weights: p.weights, bias: p.bias };
}
