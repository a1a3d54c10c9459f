/**
 * Log-softmax of each row, computed with the log-sum-exp trick:
 *
 *   log yₖ = xₖ − log Σⱼ e^(xⱼ) = (xₖ − m) − log Σⱼ e^(xⱼ − m)        m = maxⱼ xⱼ
 *
 * Taking log(softmax(x)) in two steps fails for confident predictions: softmax rounds a
 * probability like e^(−2000) to 0 and log 0 = −Infinity. Subtracting m first keeps every
 * e^(…) ≤ 1 with at least one term equal to 1, so the sum is in [1, C] and its log is
 * exact; the result stays finite for logits of ±1000. (The book instead adds a small
 * δ = 1e-7 inside the log in cross_entropy_error, 4.2.2, which caps the loss at −log δ ≈ 16.1.)
 */
import type { Tensor } from "../tensor";
import { shiftedExps } from "../layers/softmax";

/**
 * log(softmax(x)) of each row, without overflow or log 0.
 *
 * @example
 * logSoftmax(Tensor.from([[1000, -1000]])).toArray(); // [[0, -2000]]
 */
export function logSoftmax(x: Tensor): Tensor {
  const { exps: out, rowMax, rowSum } = shiftedExps(x);
  const X = x.data,
    O = out.data,
    n = x.cols;
  for (let i = 0; i < x.rows; i++) {
    const logTotal = Math.log(rowSum[i]);
    for (let j = i * n; j < (i + 1) * n; j++) O[j] = X[j] - rowMax[i] - logTotal;
  }
  return out;
}
