// Your turn: write the forward pass of the book's network with arrays (3.4.3), using
// matmul, add and a sigmoid. The page checks your y against kobai's Sequential.
//ja: やってみよう:本書のネットワークの順伝播を、配列を使って書いてください(3.4.3 節)。
//ja: matmul、add とシグモイド関数を使います。計算した y は、kobai の Sequential の出力と比べて確かめます。
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
  //ja: return sigmoid(add(matmul(z2, W3), b3)); // ← ここを直します。本書の出力層は恒等関数です
}

const y = forward(Tensor.from([1.0, 0.5]));
show(y, "your y");
//ja: show(y, "計算した y");
const booksY = Tensor.from([[0.3168270764110298, 0.6962790898619668]]);
check("y for x = (1.0, 0.5) matches the book's network", y, booksY, { rtol: 1e-9 });
//ja: check("x = (1.0, 0.5) での y が本書のネットワークと一致する", y, booksY, { rtol: 1e-9 });
check(
  "a batch of two inputs gives two rows",
  //ja: "2つの入力のバッチでは出力が2行になる",
  forward(
    Tensor.from([
      [1.0, 0.5],
      [0.0, 0.0],
    ]),
  ).rows,
  2,
);
