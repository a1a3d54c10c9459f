import { CrossEntropyLoss, Linear, ReLU, Sequential, Tensor, gradientCheck } from "kobai";

// Pitfall: a gradient check at ReLU's kink. The first sample's first
// hidden unit gets a = 1·1 + 2·(−0.5) + 0 = 0 exactly: the corner of max(0, a).
//ja: 落とし穴:ReLU の折れ目での勾配確認です。1つ目のサンプルでは、隠れ層の
//ja: 1つ目のユニットへの入力がちょうど a = 1·1 + 2·(−0.5) + 0 = 0 になります。
//ja: max(0, a) の折れ目です。
const fc1 = new Linear(2, 2, { init: "zeros" });
fc1.weight.value = Tensor.from([
  [1, 0.3],
  [-0.5, 0.8],
]);
const fc2 = new Linear(2, 2, { init: "zeros" });
fc2.weight.value = Tensor.from([
  [0.7, -0.4],
  [0.2, 0.9],
]);
const net = new Sequential([fc1, new ReLU(), fc2]);
const xk = Tensor.from([
  [1, 2],
  [0.5, -1],
]);
const tk = [1, 0];

const report = () => {
  for (const row of gradientCheck(net, new CrossEntropyLoss(), xk, tk)) {
    const error = row.maxRelativeError.toExponential(1);
    const values = `backprop ${row.backprop.toFixed(4)}, numerical ${row.numerical.toFixed(4)}`;
    //ja: const values = `逆伝播 ${row.backprop.toFixed(4)}、数値微分 ${row.numerical.toFixed(4)}`;
    console.log(`  ${row.name}: relative error ${error} (${values}) ${row.ok ? "✓" : "✗"}`);
    //ja: console.log(`  ${row.name}: 相対誤差 ${error}(${values}) ${row.ok ? "✓" : "✗"}`);
  }
};
console.log("at the kink (a = 0):");
//ja: console.log("折れ目の上(a = 0):");
report();

// Move off the kink by more than h and the same, correct backward passes.
//ja: 折れ目から h より大きく離すと、同じ(正しい)逆伝播のまま合格します。
fc1.bias.value = Tensor.from([[0.01, 0]]);
console.log("with b₁ = (0.01, 0), off the kink:");
//ja: console.log("b₁ = (0.01, 0) にして、折れ目から離した場合:");
report();
