import { Perceptron, Tensor } from "kobai";

// The book's weights (2.3.3): new Perceptron([w₁, w₂], b) computes y = h(b + w₁x₁ + w₂x₂).
//ja: 本書の重みです(2.3.3 節)。new Perceptron([w₁, w₂], b) は y = h(b + w₁x₁ + w₂x₂) を計算します。
const AND = new Perceptron([0.5, 0.5], -0.7);
const NAND = new Perceptron([-0.5, -0.5], 0.7);
const OR = new Perceptron([0.5, 0.5], -0.2);

const inputs = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];
for (const [name, gate] of [
  ["AND", AND],
  ["NAND", NAND],
  ["OR", OR],
] as const) {
  const outputs = inputs.map((x) => gate.predict(x));
  console.log(`${name}: ${outputs.join(" ")}`);
}

// Inside, a Perceptron is two core layers: a Linear for a = x·w + b, then a Step for h(a).
//ja: Perceptron の中身は、コアの2つのレイヤです。a = x·w + b を計算する Linear と、h(a) を計算する Step です。
show(AND.weightedSum(Tensor.from(inputs)), "a = x·w + b for AND, one row per input");
//ja: show(AND.weightedSum(Tensor.from(inputs)), "AND の a = x·w + b(1行が1つの入力)");
