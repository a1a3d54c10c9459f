// Your turn: write the forward pass of the book's network with arrays (3.4.3), using
// matmul, add and a sigmoid. The page checks your y against kobai's Sequential.
import { Tensor, add, map, matmul } from "kobai";

const W1 = Tensor.from([
    [0.1, 0.3, 0.5],
    [0.2, 0.4, 0.6],
  ]),
  b1 = Tensor.from([0.1, 0.2, 0.3]);
const W2 = Tensor.from([
    [0.1, 0.4],
    [0.2, 0.5],
    [0.3, 0.6],
  ]),
  b2 = Tensor.from([0.1, 0.2]);
const W3 = Tensor.from([
    [0.1, 0.3],
    [0.2, 0.4],
  ]),
  b3 = Tensor.from([0.1, 0.2]);
const sigmoid = (a: Tensor) => map(a, (v) => 1 / (1 + Math.exp(-v)));

function forward(x: Tensor): Tensor {
  const z1 = sigmoid(add(matmul(x, W1), b1));
  const z2 = sigmoid(add(matmul(z1, W2), b2));
  return sigmoid(add(matmul(z2, W3), b3)); // ← fix: the book's output layer is the identity
}

const y = forward(Tensor.from([1.0, 0.5]));
show(y, "your y");
check("y for x = (1.0, 0.5) matches the book's network", y, Tensor.from([[0.3168270764110298, 0.6962790898619668]]), {
  rtol: 1e-9,
});
check(
  "a batch of two inputs gives two rows",
  forward(
    Tensor.from([
      [1.0, 0.5],
      [0.0, 0.0],
    ]),
  ).rows,
  2,
);
