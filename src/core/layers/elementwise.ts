/**
 * An activation applied to each number on its own (sigmoid, tanh, ReLU, leaky ReLU):
 *
 *   forward:   yᵢ = f(xᵢ)
 *   backward:  ∂L/∂xᵢ = ∂L/∂yᵢ · f′(xᵢ)        (no sum: yᵢ depends on xᵢ alone)
 *
 * Every such layer does the same bookkeeping: make y the shape of x, remember what the
 * backward pass needs, and check that ∂L/∂y has the shape of y. This class does that once;
 * each activation's file states only its rule, in the book's notation at its top and as two
 * loops: `values` (y = f(x)) and `gradients` (∂L/∂x = ∂L/∂y · f′). (A loop per activation,
 * rather than one loop here calling f for each number, keeps a training step fast. Softmax is
 * not one of these: each of its outputs depends on the whole row.)
 */
import { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, savedForBackward } from "./checks";

/**
 * The shared forward/backward of an element-wise activation. A subclass gives its name, its
 * f and its gradient rule.
 *
 * @example
 * class Square extends ElementwiseActivation {
 *   constructor() { super("Square", "input"); } // f′(x) = 2x needs x
 *   protected values(x: Float64Array, y: Float64Array) {
 *     for (let i = 0; i < x.length; i++) y[i] = x[i] * x[i];
 *   }
 *   protected gradients(dout: Float64Array, x: Float64Array, dx: Float64Array) {
 *     for (let i = 0; i < x.length; i++) dx[i] = dout[i] * 2 * x[i];
 *   }
 * }
 */
export abstract class ElementwiseActivation implements Layer {
  private saved: Tensor | null = null;

  /**
   * @param name The layer's name in error messages ("ReLU: backward called before forward").
   * @param keeps What forward remembers for backward: the output y when f′ can be written
   *   with y (the sigmoid's y(1 − y)), the input x when it cannot.
   */
  protected constructor(
    private readonly name: string,
    private readonly keeps: "input" | "output" = "output",
  ) {}

  /** Fills y with f(x), number by number. */
  protected abstract values(x: Float64Array, y: Float64Array): void;

  /** Fills dx with ∂L/∂y times f′, number by number, from the remembered y (or x, see `keeps`). */
  protected abstract gradients(dout: Float64Array, saved: Float64Array, dx: Float64Array): void;

  /** y = f(x), number by number. @example new ReLU().forward(Tensor.from([-2, 0, 3])).toArray() // [[0, 0, 3]] */
  forward(x: Tensor, _opts?: ForwardOptions): Tensor {
    const y = new Tensor(x.rows, x.cols);
    this.values(x.data, y.data);
    this.saved = this.keeps === "output" ? y : x;
    return y;
  }

  /** ∂L/∂x = ∂L/∂y · f′, number by number. @example new Sigmoid().backward(Tensor.ones(1, 1)) // after a forward */
  backward(dout: Tensor): Tensor {
    const saved = savedForBackward(this.name, this.saved);
    checkDoutShape(this.name, dout, saved);
    const dx = new Tensor(saved.rows, saved.cols);
    this.gradients(dout.data, saved.data, dx.data);
    return dx;
  }

  /** None: an activation has no weights. @example new ReLU().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }
}
