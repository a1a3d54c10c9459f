import { Perceptron, datasets, trainPerceptron } from "kobai";

// The perceptron learning rule (Rosenblatt 1958; not in the book), from w = (0, 0), b = 0:
//   for each input x with target t:  y = h(b + w·x);  w ← w + η(t − y)x;  b ← b + η(t − y)
//ja: パーセプトロンの学習則(Rosenblatt 1958。本書にはありません)を、w = (0, 0)、b = 0 から適用します。
//ja:   正解が t の入力 x それぞれについて:  y = h(b + w·x);  w ← w + η(t − y)x;  b ← b + η(t − y)
for (const gate of ["and", "or", "nand", "xor"] as const) {
  const p = new Perceptron([0, 0], 0);
  const run = trainPerceptron(p, datasets[gate](), { lr: 0.5, maxEpochs: 100 });
  console.log(
    `${gate.toUpperCase()}: ${run.state} after ${run.epochs} epochs; mistakes per epoch ${run.errorsPerEpoch.join(", ")}; w = (${p.weights.join(", ")}), b = ${p.bias}`,
    //ja: `${gate.toUpperCase()}: ${run.state}(${run.epochs} エポック後)。エポックごとの間違いの数 ${run.errorsPerEpoch.join(", ")}。w = (${p.weights.join(", ")})、b = ${p.bias}`,
  );
}
