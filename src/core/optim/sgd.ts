/**
 * SGD: stochastic gradient descent, the rule every other optimizer here refines.
 *
 *   PyTorch (torch.optim.SGD):   W ← W − η·∇
 *   The book (6.1.2, SGD):       W ← W − η·∂L/∂W            (the same rule: form "book" changes nothing)
 *
 * Robbins & Monro, "A Stochastic Approximation Method" (1951),
 * https://doi.org/10.1214/aoms/1177729586
 *
 * What it fixes: nothing yet: it is the baseline. Step along −∇, scaled by η.
 * What it brings: one η for every direction. On the book's f = x²/20 + y² the gradient
 * points mostly along y (∂f/∂y = 2y is 20× steeper than ∂f/∂x = x/10), so an η small
 * enough not to bounce in y crawls in x: the zig-zag of the book's figure 6-3.
 * Momentum (momentum.ts) remembers past steps to smooth that zig-zag out.
 */
import type { Parameter } from "../parameter";
import { Optimizer, type BaseOptions, type OptimizerForm } from "./optimizer";

/** SGD's options: `lr` (default 0.01), `weightDecay` (default 0), `form`. @example new SGD(net.parameters(), { lr: 0.1, weightDecay: 1e-4 }) */
export type SGDOptions = BaseOptions;

/**
 * Plain gradient descent, equal to `torch.optim.SGD(params, lr, weight_decay=…)`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[3, -2]]), "w");
 * const opt = new SGD([w], { lr: 0.1 });
 * w.grad = Tensor.from([[1, 1]]);
 * opt.step(); // w = [[2.9, -2.1]]
 */
export class SGD extends Optimizer<SGDOptions> {
  static readonly label: string = "SGD";
  /** Every option SGD takes, with its default. */
  static defaults(_form?: OptimizerForm): Required<SGDOptions> {
    return { lr: 0.01, weightDecay: 0, form: "pytorch" };
  }

  constructor(params: readonly Parameter[], options?: SGDOptions) {
    super(params, options);
  }

  protected update(param: Parameter, grad: Float64Array): void {
    const { lr } = this.options;
    const w = param.value.data;
    for (let i = 0; i < w.length; i++) w[i] -= lr * grad[i];
  }
}
