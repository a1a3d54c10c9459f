/**
 * The book's three-layer network (3.4.3, `init_network` and `forward`), built from the
 * core's layers, and every intermediate array of one forward pass, for the chapter's table,
 * its cells and its claims.
 *
 *   A⁽¹⁾ = X·W⁽¹⁾ + B⁽¹⁾,  Z⁽¹⁾ = σ(A⁽¹⁾)
 *   A⁽²⁾ = Z⁽¹⁾·W⁽²⁾ + B⁽²⁾,  Z⁽²⁾ = σ(A⁽²⁾)
 *   A⁽³⁾ = Z⁽²⁾·W⁽³⁾ + B⁽³⁾,  Y = A⁽³⁾            (identity output: the book's regression form)
 */
import { Linear, Sequential, Sigmoid, Tensor } from "kobai";

/** The book's weights and biases (3.4.3), in its layout: W is inputs × outputs. */
export const BOOK_NETWORK = {
  W1: [
    [0.1, 0.3, 0.5],
    [0.2, 0.4, 0.6],
  ],
  b1: [0.1, 0.2, 0.3],
  W2: [
    [0.1, 0.4],
    [0.2, 0.5],
    [0.3, 0.6],
  ],
  b2: [0.1, 0.2],
  W3: [
    [0.1, 0.3],
    [0.2, 0.4],
  ],
  b3: [0.1, 0.2],
} as const;

/** The book's input x = (1.0, 0.5). */
export const BOOK_INPUT = [1.0, 0.5] as const;

/** A Linear layer holding given weights (no initialisation to speak of). */
function linearWith(W: readonly (readonly number[])[], b: readonly number[]): Linear {
  const layer = new Linear(W.length, W[0].length, { init: "zeros" });
  layer.weight.value = Tensor.from(W.map((row) => [...row]));
  layer.bias.value = Tensor.from([...b]);
  return layer;
}

/** The book's network as a `Sequential`: Linear, Sigmoid, Linear, Sigmoid, Linear. */
export function bookNetwork(): Sequential {
  const n = BOOK_NETWORK;
  return new Sequential([
    linearWith(n.W1, n.b1),
    new Sigmoid(),
    linearWith(n.W2, n.b2),
    new Sigmoid(),
    linearWith(n.W3, n.b3),
  ]);
}

/** One row of the forward-pass table: the array's name, its shape and its values. */
export interface ForwardRow {
  name: string;
  shape: [number, number];
  values: number[];
}

/** Every array of one forward pass of the book's network on x, layer by layer. */
export function forwardRows(x: readonly number[] = BOOK_INPUT): ForwardRow[] {
  const rows: ForwardRow[] = [];
  const record = (name: string, t: Tensor) => rows.push({ name, shape: [t.rows, t.cols], values: [...t.data] });
  let h = Tensor.from([...x]);
  record("X", h);
  const names = ["A⁽¹⁾", "Z⁽¹⁾", "A⁽²⁾", "Z⁽²⁾", "Y = A⁽³⁾"];
  bookNetwork().layers.forEach((layer, i) => {
    h = layer.forward(h, { training: false });
    record(names[i], h);
  });
  return rows;
}
