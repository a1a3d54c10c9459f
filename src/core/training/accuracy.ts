/**
 * Accuracy (『ゼロから作るDeep Learning』 4.5.3): the fraction of samples whose predicted class,
 * the largest output, is the true one.
 *
 *   accuracy = (1/N) Σₙ [ argmaxₖ yₙₖ = tₙ ]
 *
 * It runs the model in evaluation mode (`training: false`): Dropout keeps every unit and
 * BatchNorm uses its running statistics, as at test time.
 */
import { argmax, type Tensor } from "../tensor";
import type { Layer } from "../layers/layer";
import { checkSamples, type Labels } from "./batches";

/** Rows per forward pass, so a large test set does not build one huge activation. */
const CHUNK = 1024;

/** The predicted class of each row of x (eval mode). @example predict(model, x) // [3, 0, 7, …] */
export function predict(model: Layer, x: Tensor): number[] {
  const out: number[] = [];
  for (let start = 0; start < x.rows; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, x.rows - start) }, (_, i) => start + i);
    const part = rows.length === x.rows ? x : x.selectRows(rows);
    out.push(...argmax(model.forward(part, { training: false })));
  }
  return out;
}

/**
 * The fraction of rows of x that the model classifies as y says (0 … 1). y is class
 * indices, or one-hot rows (their argmax is the class).
 *
 * @example
 * accuracy(model, test.x, test.y); // e.g. 0.97
 */
export function accuracy(model: Layer, x: Tensor, y: Labels): number {
  checkSamples("accuracy", x, y);
  if (x.rows === 0) throw new Error("accuracy: there are no samples (x has 0 rows)");
  return countCorrect(predict(model, x), y) / x.rows;
}

/**
 * How many predicted classes (one per row) are the labelled ones; `predicted` is class
 * indices or a model's output (its argmax per row is the class).
 *
 * @example
 * countCorrect([2, 0, 1], [2, 1, 1]); // 2
 */
export function countCorrect(predicted: readonly number[] | Tensor, y: Labels): number {
  const classes = Array.isArray(predicted) ? predicted : argmax(predicted as Tensor);
  const truth = Array.isArray(y) ? y : argmax(y as Tensor);
  let correct = 0;
  for (let i = 0; i < classes.length; i++) if (classes[i] === truth[i]) correct++;
  return correct;
}
