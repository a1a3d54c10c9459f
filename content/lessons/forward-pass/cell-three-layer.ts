// The book's three-layer network (3.4.3) with kobai's layers. W is inputs × outputs, as in
// the book, so a row vector x times W gives the next layer: x·W + b.
import { Linear, Sequential, Sigmoid, Tensor } from "kobai";

function layerWith(W: number[][], b: number[]): Linear {
  const layer = new Linear(W.length, W[0].length, { init: "zeros" });
  layer.weight.value = Tensor.from(W);
  layer.bias.value = Tensor.from(b);
  return layer;
}

const network = new Sequential([
  layerWith(
    [
      [0.1, 0.3, 0.5],
      [0.2, 0.4, 0.6],
    ],
    [0.1, 0.2, 0.3],
  ), // W⁽¹⁾: 2 × 3
  new Sigmoid(),
  layerWith(
    [
      [0.1, 0.4],
      [0.2, 0.5],
      [0.3, 0.6],
    ],
    [0.1, 0.2],
  ), // W⁽²⁾: 3 × 2
  new Sigmoid(),
  layerWith(
    [
      [0.1, 0.3],
      [0.2, 0.4],
    ],
    [0.1, 0.2],
  ), // W⁽³⁾: 2 × 2, then the identity
]);

const x = Tensor.from([1.0, 0.5]);
const y = network.forward(x, { training: false });
console.log(`y = ${[...y.data].map((v) => v.toFixed(8)).join(", ")}`);

// The same network on a batch: two inputs as two rows give two rows of outputs.
const batch = Tensor.from([
  [1.0, 0.5],
  [0.0, 0.0],
]);
show(network.forward(batch, { training: false }), "two inputs, two outputs");
