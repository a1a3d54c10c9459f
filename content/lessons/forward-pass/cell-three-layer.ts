// The book's three-layer network (3.4.3) with kobai's layers. W is inputs × outputs, as in
// the book, so a row vector x times W gives the next layer: x·W + b.
//ja: 本書の3層ネットワーク(3.4.3 節)を kobai のレイヤで作ります。W は本書と同じく「入力の数 × 出力の数」です。
//ja: そのため、行ベクトル x に W を掛けると、次の層の値 x·W + b になります。
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
  //ja: ), // W⁽³⁾: 2 × 2、その後は恒等関数
]);

const x = Tensor.from([1.0, 0.5]);
const y = network.forward(x, { training: false });
console.log(`y = ${[...y.data].map((v) => v.toFixed(8)).join(", ")}`);

// The same network on a batch: two inputs as two rows give two rows of outputs.
//ja: 同じネットワークにバッチを入力します。2つの入力を2行にすると、出力も2行になります。
const batch = Tensor.from([
  [1.0, 0.5],
  [0.0, 0.0],
]);
show(network.forward(batch, { training: false }), "two inputs, two outputs");
//ja: show(network.forward(batch, { training: false }), "2つの入力に対する2つの出力");
