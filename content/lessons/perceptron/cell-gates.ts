import { Perceptron, Tensor } from "kobai";

// The book's weights (2.3.3): new Perceptron([w₁, w₂], b) computes y = h(b + w₁x₁ + w₂x₂).
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
show(AND.weightedSum(Tensor.from(inputs)), "a = x·w + b for AND, one row per input");
