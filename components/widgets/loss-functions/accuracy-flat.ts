/**
 * Why accuracy cannot be the loss (『ゼロから作る』 4.2.5): as a function of a parameter it
 * is a staircase. It changes only when some example crosses the decision boundary, so
 * its derivative is 0 almost everywhere (and undefined at the jumps): a gradient method
 * standing on a step learns nothing. Cross-entropy on the same model moves smoothly.
 *
 * The tiny example: seven points on a line, two classes, and a model whose logits are
 * (0, 2x + b); we slide the bias b and watch both.
 */
import { CrossEntropyLoss, Tensor, argmax } from "kobai";

/** The seven points and their classes. */
export const FLAT_X = [-2, -1.2, -0.5, 0.3, 0.8, 1.5, 2.2] as const;
export const FLAT_LABELS = [0, 0, 1, 0, 1, 1, 1] as const;

function logitsAt(b: number): Tensor {
  return Tensor.from(FLAT_X.map((x) => [0, 2 * x + b]));
}

/**
 * Accuracy of the model with bias b: the fraction of points whose larger logit is their class.
 *
 * @example
 * accuracyAt(0);     // 6/7: only x = −0.5 (class 1) and x = 0.3 (class 0) disagree? see the test
 */
export function accuracyAt(b: number): number {
  const predicted = argmax(logitsAt(b));
  return predicted.filter((c, i) => c === FLAT_LABELS[i]).length / FLAT_X.length;
}

/** Mean cross-entropy of the model with bias b (the core's CrossEntropyLoss). @example crossEntropyAt(0) */
export function crossEntropyAt(b: number): number {
  return new CrossEntropyLoss().forward(logitsAt(b), [...FLAT_LABELS]);
}

/** Central-difference slope of a function of b (h = 1e-4, as in the book). @example slopeAt(accuracyAt, 0.7) // 0 */
export function slopeAt(f: (b: number) => number, b: number, h = 1e-4): number {
  return (f(b + h) - f(b - h)) / (2 * h);
}

/** Both curves over b ∈ [lo, hi], for the chart. */
export function flatCurves(lo = -6, hi = 6, samples = 241): { b: number[]; accuracy: number[]; loss: number[] } {
  const b = Array.from({ length: samples }, (_, i) => lo + ((hi - lo) * i) / (samples - 1));
  return { b, accuracy: b.map(accuracyAt), loss: b.map(crossEntropyAt) };
}
