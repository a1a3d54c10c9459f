/**
 * The layer interface, in the book's style (『ゼロから作るDeep Learning』 5.4–5.7):
 *
 *   forward:   y = f(x)
 *   backward:  ∂L/∂x = ∂L/∂y · ∂y/∂x     (and ∂L/∂θ for each parameter θ, added into θ.grad)
 *
 * Each layer remembers what its backward pass needs from the forward pass (its input,
 * its output, a dropout mask), so `backward` must follow the `forward` it belongs to.
 */
import type { Tensor } from "../tensor";
import type { Parameter } from "../parameter";

/** Options of a forward pass. @example new Dropout(0.5).forward(x, { training: false }) // test time: nothing dropped */
export interface ForwardOptions {
  /** Training mode (default true): Dropout drops units and BatchNorm uses batch statistics. */
  training?: boolean;
}

/**
 * Options of a backward pass.
 *
 * @example
 * const first = new Linear(2, 3);
 * first.forward(Tensor.ones(4, 2));
 * first.backward(Tensor.ones(4, 3), { inputGradient: false }).shape; // [4, 0]: ∂L/∂x skipped
 */
export interface BackwardOptions {
  /**
   * Whether to compute ∂L/∂x (default true). Training never uses the gradient with
   * respect to the data itself, and for the first Linear layer of an MNIST network that
   * product (N × out · out × 784) is about a quarter of a training step, so `fit` asks the
   * first layer to skip it. A layer that skips it returns an empty N × 0 tensor.
   */
  inputGradient?: boolean;
}

/**
 * A layer: forward, backward and its parameters.
 *
 * @example
 * const layer: Layer = new Linear(2, 3);
 * const y = layer.forward(Tensor.ones(4, 2));  // 4 × 3
 * const dx = layer.backward(Tensor.ones(4, 3)); // 4 × 2; the weight's and bias's grad filled in
 * layer.parameters().map((p) => p.name);        // ["weight", "bias"]
 */
export interface Layer {
  /** y = f(x). */
  forward(x: Tensor, opts?: ForwardOptions): Tensor;
  /** Given ∂L/∂y for the last forward, adds ∂L/∂θ into each parameter's grad and returns ∂L/∂x. */
  backward(dout: Tensor, opts?: BackwardOptions): Tensor;
  /** The learnable parameters (empty for activations). */
  parameters(): Parameter[];
}
