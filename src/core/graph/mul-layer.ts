/**
 * The multiplication node of a computational graph (『ゼロから作る』 5.3.2, 5.4.1, MulLayer):
 *
 *   forward:   z = x · y
 *   backward:  ∂L/∂x = ∂L/∂z · y,   ∂L/∂y = ∂L/∂z · x      (each input gets the OTHER input)
 *
 * The local derivative of x · y with respect to x is y, and the chain rule multiplies it
 * by the gradient arriving from above. That is why the node keeps both inputs from the
 * forward pass. Scalars, as in the book's shopping example (図5-16, 図5-17); the layers
 * of `src/core/layers` do the same for whole tensors.
 */

/** z = x · y on numbers, with its backward pass. @example new MulLayer().forward(100, 2) // 200 */
export class MulLayer {
  /** The inputs of the last forward pass: backward needs each one for the other's gradient. */
  x: number | null = null;
  y: number | null = null;

  /**
   * @example
   * const mulApple = new MulLayer();
   * mulApple.forward(100, 2); // 200 yen for two apples
   */
  forward(x: number, y: number): number {
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`MulLayer: forward needs two finite numbers, got ${x} and ${y}`);
    this.x = x;
    this.y = y;
    return x * y;
  }

  /**
   * [∂L/∂x, ∂L/∂y] given ∂L/∂z: the upstream gradient times the other input.
   *
   * @example
   * const mul = new MulLayer();
   * mul.forward(200, 1.1);
   * mul.backward(1); // [1.1, 200]
   */
  backward(dout: number): [number, number] {
    if (this.x === null || this.y === null)
      throw new Error("MulLayer: backward called before forward (it needs the inputs x and y)");
    return [dout * this.y, dout * this.x];
  }
}
