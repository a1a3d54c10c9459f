/**
 * Mean squared error (『ゼロから作る』 4.2.1):
 *
 *   reduction "mean" (default, PyTorch's nn.MSELoss):  L = (1/M) Σᵢ (yᵢ − tᵢ)²     ∂L/∂y = 2(y − t)/M
 *   reduction "sum":                                   L = Σᵢ (yᵢ − tᵢ)²           ∂L/∂y = 2(y − t)
 *   reduction "half-sum" (the book's mean_squared_error): L = ½ Σᵢ (yᵢ − tᵢ)²       ∂L/∂y = y − t
 *
 * M is the number of elements (N rows × C columns). The book's ½ makes the gradient a
 * plain y − t; its sum is over the whole batch, so the loss grows with the batch size.
 * PyTorch's mean does not, which is why a learning rate carries over between batch sizes.
 * The target may be a tensor shaped like y or, for a single column, one number per row.
 */
import { Tensor, shapeOf } from "../tensor";
import { checkOptionNames } from "../layers/checks";
import type { Loss, Target } from "./loss";

/** How the squared errors are combined into one number. @example new MSELoss({ reduction: "sum" }) */
export type MSEReduction = "mean" | "sum" | "half-sum";

/** Mean (or sum) of squared differences. @example new MSELoss().forward(y, t) */
export class MSELoss implements Loss {
  readonly reduction: MSEReduction;
  private last: { diff: Tensor } | null = null;

  /**
   * @example
   * const loss = new MSELoss();
   * loss.forward(Tensor.from([[1, 2]]), Tensor.from([[0, 0]])); // (1 + 4) / 2 = 2.5
   * loss.backward().toArray();                                  // [[1, 2]]
   * new MSELoss({ reduction: "half-sum" }); // the book's ½ Σ (y − t)²
   */
  constructor(options: { reduction?: MSEReduction } = {}) {
    checkOptionNames("MSELoss", options, ["reduction"]);
    const reduction = options.reduction ?? "mean";
    if (!["mean", "sum", "half-sum"].includes(reduction)) {
      throw new Error(`MSELoss: reduction must be "mean", "sum" or "half-sum", got "${String(reduction)}"`);
    }
    this.reduction = reduction;
  }

  /** The loss for prediction y and target t. @example loss.forward(y, t) */
  forward(prediction: Tensor, target: Target): number {
    const t = asTargetTensor(prediction, target);
    const diff = new Tensor(prediction.rows, prediction.cols);
    const Y = prediction.data,
      T = t.data,
      D = diff.data;
    let squares = 0;
    for (let i = 0; i < Y.length; i++) {
      D[i] = Y[i] - T[i];
      squares += D[i] * D[i];
    }
    this.last = { diff };
    if (this.reduction === "sum") return squares;
    if (this.reduction === "half-sum") return squares / 2;
    if (Y.length === 0) throw new Error("MSELoss: the prediction is empty");
    return squares / Y.length;
  }

  /** ∂L/∂y for the last forward. @example loss.backward() */
  backward(): Tensor {
    if (this.last === null) throw new Error("MSELoss: backward called before forward");
    const { diff } = this.last;
    const k = this.reduction === "half-sum" ? 1 : this.reduction === "sum" ? 2 : 2 / diff.size;
    const grad = new Tensor(diff.rows, diff.cols),
      D = diff.data,
      G = grad.data;
    for (let i = 0; i < D.length; i++) G[i] = k * D[i];
    return grad;
  }
}

/** The target as a tensor shaped like the prediction, or an error naming both shapes. */
function asTargetTensor(prediction: Tensor, target: Target): Tensor {
  if (target instanceof Tensor) {
    if (target.rows !== prediction.rows || target.cols !== prediction.cols) {
      throw new Error(`MSELoss: prediction has shape ${shapeOf(prediction)} but target has shape ${shapeOf(target)}`);
    }
    return target;
  }
  if (Array.isArray(target) && prediction.cols === 1 && target.length === prediction.rows) {
    return new Tensor(prediction.rows, 1, Float64Array.from(target));
  }
  const got = Array.isArray(target) ? `an array of ${target.length} numbers` : String(target);
  throw new Error(
    `MSELoss: target must be a tensor of shape ${shapeOf(prediction)} (or ${prediction.rows} numbers for a single column), got ${got}`,
  );
}
