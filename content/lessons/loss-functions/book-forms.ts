/**
 * The book's loss functions, transcribed from 『ゼロから作るDeep Learning』 common/functions.py
 * (4.2.1, 4.2.4), so the chapter can show them next to the core's PyTorch-style losses:
 *
 *   def mean_squared_error(y, t):
 *       return 0.5 * np.sum((y-t)**2)
 *
 *   def cross_entropy_error(y, t):            # y: probabilities (after softmax), not logits
 *       if y.ndim == 1: t = t.reshape(1, t.size); y = y.reshape(1, y.size)
 *       if t.size == y.size: t = t.argmax(axis=1)          # one-hot → class indices
 *       batch_size = y.shape[0]
 *       return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size
 *
 * Differences from the core: the squared error is ½ Σ over everything (kobai's MSELoss
 * defaults to the mean; `reduction: "half-sum"` is the book's), and cross-entropy takes
 * probabilities and adds δ = 10⁻⁷ inside the log (kobai's CrossEntropyLoss takes logits
 * and needs no δ). Both average cross-entropy over the batch.
 */

/** A vector (one example) or a batch (one row per example). */
export type Rows = readonly number[] | readonly (readonly number[])[];

function asRows(v: Rows): number[][] {
  return (v.length > 0 && Array.isArray(v[0]) ? v : [v]) as number[][];
}

/** The book's δ. */
export const DELTA = 1e-7;

/**
 * ½ Σ (y − t)² over every element (the book's mean_squared_error).
 *
 * @example
 * bookMeanSquaredError([0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]); // 0.0975
 */
export function bookMeanSquaredError(y: Rows, t: Rows): number {
  const Y = asRows(y),
    T = asRows(t);
  if (Y.length !== T.length || Y.some((row, i) => row.length !== T[i].length))
    throw new Error("bookMeanSquaredError: y and t must have the same shape");
  let total = 0;
  Y.forEach((row, i) => row.forEach((v, j) => (total += (v - T[i][j]) ** 2)));
  return 0.5 * total;
}

/**
 * −(1/N) Σₙ log(yₙ,cₙ + δ) (the book's cross_entropy_error); t is one-hot rows or class indices.
 *
 * @example
 * bookCrossEntropyError([0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], [2]); // 0.510825457099338
 */
export function bookCrossEntropyError(y: Rows, t: Rows): number {
  const Y = asRows(y);
  const T = asRows(t);
  const size = Y.length * Y[0].length;
  // As the book: when t has as many numbers as y, it is one-hot; take each row's argmax.
  const labels = T.flat().length === size ? T.map((row) => row.indexOf(Math.max(...row))) : T.flat();
  if (labels.length !== Y.length)
    throw new Error(`bookCrossEntropyError: ${labels.length} labels for ${Y.length} rows of y`);
  let total = 0;
  labels.forEach((c, n) => (total += Math.log(Y[n][c] + DELTA)));
  return -total / Y.length;
}
