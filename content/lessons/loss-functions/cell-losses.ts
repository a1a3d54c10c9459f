// The book's example (4.2.1–4.2.2) with kobai's losses, and the widget's values at p = 0.01.
//ja: 本書の例(4.2.1〜4.2.2 節)を kobai の損失関数で計算します。p = 0.01 でのウィジェットの値も求めます。
import { CrossEntropyLoss, MSELoss, Softmax, Tensor, softmax } from "kobai";

// Ten classes; the right one is "2". y is the network's output after softmax.
//ja: 10 クラスで、正解は「2」です。y は、ソフトマックス関数を通した後のネットワークの出力です。
const t = Tensor.from([[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]]);
const y = Tensor.from([[0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]]);

// Squared error: the book's ½Σ(y − t)² and PyTorch's mean.
//ja: 2乗誤差です。本書の ½Σ(y − t)² と、PyTorch の平均の2通りで計算します。
console.log("½Σ(y − t)²   =", new MSELoss({ reduction: "half-sum" }).forward(y, t)); // 0.0975
console.log("mean (y − t)² =", new MSELoss().forward(y, t)); // 0.0195
//ja: console.log("(y − t)² の平均 =", new MSELoss().forward(y, t)); // 0.0195

// Cross-entropy: CrossEntropyLoss takes logits. log y is a valid set of logits
// (softmax(log y) = y because the y's add up to 1), so this is exactly −log 0.6.
//ja: 交差エントロピー誤差です。CrossEntropyLoss はロジットを受け取ります。y の和は 1 なので
//ja: softmax(log y) = y となり、log y はロジットとして使えます。したがって、これはちょうど −log 0.6 です。
const logits = Tensor.from([Array.from(y.data, Math.log)]);
console.log("−log y₂      =", new CrossEntropyLoss().forward(logits, [2])); // 0.5108…

// The widget at p = 0.01: two classes, logits (log p, log(1 − p)), right class 0.
//ja: p = 0.01 でのウィジェットです。2クラスで、ロジットは (log p, log(1 − p))、正解はクラス 0 です。
const p = 0.01;
const z = Tensor.from([[Math.log(p), Math.log(1 - p)]]);
const ce = new CrossEntropyLoss();
console.log("CE =", ce.forward(z, [0]), " ∂CE/∂z₀ =", ce.backward().data[0]);
const sm = new Softmax();
const se = new MSELoss({ reduction: "half-sum" });
const seValue = se.forward(sm.forward(z), Tensor.from([[1, 0]]));
console.log("SE =", seValue, " ∂SE/∂z₀ =", sm.backward(se.backward()).data[0]);

// Logits of ±1000: the core's softmax subtracts the maximum first.
//ja: ロジットが ±1000 の場合です。コアのソフトマックス関数は、先に最大値を引きます。
show(softmax(Tensor.from([[1010, 1000, 990]])), "softmax([1010, 1000, 990])");
console.log(
  "CE for logits [1000, −1000], right class 1:",
  //ja: "ロジット [1000, −1000]、正解クラス 1 の CE:",
  new CrossEntropyLoss().forward(Tensor.from([[1000, -1000]]), [1]),
);
