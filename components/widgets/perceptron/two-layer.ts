/**
 * XOR from two layers of perceptrons (『ゼロから作る』 2.5.2, 図2-13), built from the core's
 * layers as a `Sequential`:
 *
 *   s₁ = NAND(x₁, x₂) = h(−0.5x₁ − 0.5x₂ + 0.7)
 *   s₂ = OR(x₁, x₂)   = h( 0.5x₁ + 0.5x₂ − 0.2)
 *   y  = AND(s₁, s₂)  = h( 0.5s₁ + 0.5s₂ − 0.7)
 *
 * The first layer maps the four inputs to (s₁, s₂) ∈ {(1, 0), (1, 1), (1, 1), (0, 1)}: the
 * two XOR-ones land on the same point, and there AND's single line separates them.
 */
import { Linear, Sequential, Step, Tensor, datasets } from "kobai";
import { BOOK_WEIGHTS, type Weights } from "./model";

/** A Linear layer with the given columns of weights (one per unit) and biases. */
function linearWith(units: readonly Weights[]): Linear {
  const layer = new Linear(2, units.length, { init: "zeros" });
  units.forEach((u, j) => {
    layer.weight.value.set(0, j, u.w1);
    layer.weight.value.set(1, j, u.w2);
    layer.bias.value.set(0, j, u.b);
  });
  return layer;
}

/** The two layers: [NAND, OR] then AND, each followed by a Step. */
export function xorNetwork() {
  const hidden = new Sequential([linearWith([BOOK_WEIGHTS.nand, BOOK_WEIGHTS.or]), new Step()]);
  const output = new Sequential([linearWith([BOOK_WEIGHTS.and]), new Step()]);
  return { hidden, output, network: new Sequential([hidden, output]) };
}

/** One row of the two-layer truth table (2.5.2): x₁, x₂, s₁, s₂, y and XOR's target. */
export interface XorRow {
  x: [number, number];
  s: [number, number];
  y: number;
  target: number;
}

/**
 * The network on the four inputs: the hidden outputs s₁, s₂ and the output y.
 *
 * @example
 * xorTable().map((r) => r.y); // [0, 1, 1, 0]
 */
export function xorTable(): XorRow[] {
  const { x, y: targets } = datasets.xor();
  const { hidden, output } = xorNetwork();
  const s = hidden.forward(x);
  const y = output.forward(s);
  return x.toArray().map((row, i) => ({
    x: [row[0], row[1]] as [number, number],
    s: [s.get(i, 0), s.get(i, 1)] as [number, number],
    y: y.get(i, 0),
    target: targets[i],
  }));
}

/** The whole network's output on a grid of points (for the shaded regions). */
export function xorPredict(points: readonly (readonly [number, number])[]): ArrayLike<number> {
  return xorNetwork().network.forward(Tensor.from(points.map((p) => [p[0], p[1]]))).data;
}
