/**
 * Panel 3 of the loss-functions chapter: why softmax subtracts the maximum (『ゼロから作る』
 * 3.5.2) and why the loss is computed from logits.
 *
 *   naive:   yₖ = e^(aₖ) / Σⱼ e^(aⱼ)               e^1010 = Infinity, Infinity / Infinity = NaN
 *   stable:  yₖ = e^(aₖ − m) / Σⱼ e^(aⱼ − m)        m = maxⱼ aⱼ: the same yₖ, every e^(…) ≤ 1
 *
 * and for the loss of the correct class c:
 *
 *   naive:   −log yᶜ                          a probability that rounded to 0 gives ∞
 *   book:    −log(yᶜ + δ), δ = 10⁻⁷            capped at −log δ ≈ 16.1 (cross_entropy_error, 4.2.2)
 *   kobai:   −(a_c − m − log Σⱼ e^(aⱼ − m))    log-sum-exp: exact for logits of ±1000
 *
 * The NAIVE functions below are deliberately wrong for large logits: they exist to show
 * the failure. The stable values come from the core (`softmax`, `CrossEntropyLoss`).
 */
import { CrossEntropyLoss, Tensor, softmax } from "kobai";

/** The book's δ in cross_entropy_error. */
export const BOOK_DELTA = 1e-7;

/** NAIVE softmax, e^(aₖ) / Σ e^(aⱼ), without subtracting the maximum. Overflows for aₖ ≳ 709.8. */
export function naiveSoftmax(logits: readonly number[]): number[] {
  const exps = logits.map((a) => Math.exp(a));
  const total = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / total);
}

export interface StabilityReport {
  logits: number[];
  target: number;
  /** NAIVE e^(aₖ). */
  naiveExp: number[];
  /** NAIVE softmax. */
  naive: number[];
  /** NAIVE −log y_c. */
  naiveLoss: number;
  /** e^(aₖ − m). */
  shiftedExp: number[];
  /** The core's softmax. */
  stable: number[];
  /** The book's −log(y_c + δ) on the stable softmax. */
  bookLoss: number;
  /** The core's CrossEntropyLoss on the logits. */
  loss: number;
}

/**
 * Naive and stable softmax and loss for one row of logits and its correct class.
 *
 * @example
 * const r = stabilityReport([1010, 1000, 990], 0);
 * r.naive;   // [NaN, NaN, NaN]
 * r.stable;  // [0.99995, 4.54e-5, 2.06e-9]
 */
export function stabilityReport(logits: readonly number[], target: number): StabilityReport {
  if (logits.length < 2) throw new Error(`stabilityReport: give at least two logits, got ${logits.length}`);
  if (!logits.every(Number.isFinite))
    throw new Error(`stabilityReport: every logit must be a finite number, got ${logits.join(", ")}`);
  if (!Number.isInteger(target) || target < 0 || target >= logits.length)
    throw new Error(`stabilityReport: the correct class must be 0 … ${logits.length - 1}, got ${target}`);
  const naiveExp = logits.map((a) => Math.exp(a));
  const naive = naiveSoftmax(logits);
  const m = Math.max(...logits);
  const row = Tensor.from([[...logits]]);
  const stable = Array.from(softmax(row).data);
  return {
    logits: [...logits],
    target,
    naiveExp,
    naive,
    naiveLoss: -Math.log(naive[target]),
    shiftedExp: logits.map((a) => Math.exp(a - m)),
    stable,
    bookLoss: -Math.log(stable[target] + BOOK_DELTA),
    loss: new CrossEntropyLoss().forward(row, [target]),
  };
}
