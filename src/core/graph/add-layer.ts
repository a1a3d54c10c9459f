/**
 * The addition node of a computational graph (『ゼロから作る』 5.3.1, 5.4.2, AddLayer):
 *
 *   forward:   z = x + y
 *   backward:  ∂L/∂x = ∂L/∂z · 1,   ∂L/∂y = ∂L/∂z · 1      (the gradient passes through unchanged)
 *
 * Both local derivatives are 1, so an addition node copies the upstream gradient to each
 * input and needs to remember nothing from the forward pass.
 */

/** z = x + y on numbers, with its backward pass. @example new AddLayer().forward(200, 450) // 650 */
export class AddLayer {
  /**
   * @example
   * new AddLayer().forward(200, 450); // 650 yen before tax
   */
  forward(x: number, y: number): number {
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`AddLayer: forward needs two finite numbers, got ${x} and ${y}`);
    return x + y;
  }

  /**
   * [∂L/∂x, ∂L/∂y] given ∂L/∂z: both equal to it.
   *
   * @example
   * new AddLayer().backward(1.1); // [1.1, 1.1]
   */
  backward(dout: number): [number, number] {
    return [dout, dout];
  }
}
