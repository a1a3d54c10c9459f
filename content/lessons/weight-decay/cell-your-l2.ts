// Your turn: the book's weight decay adds λ/2·‖W‖² to the loss for every weight matrix W
// (not the biases). Write what that adds to each weight's gradient, in place.
// The page checks it two ways: against the numerical gradient of λ/2·‖W‖², and by taking
// one SGD step with your gradient and one with kobai's SGD({ weightDecay: λ }) on the weights.
//ja: やってみよう:本書の Weight decay は、重み行列 W のそれぞれについて λ/2·‖W‖² を損失に加えます
//ja: (バイアスには加えません)。これが各重みの勾配に何を加えるかを書き、勾配をその場で更新してください。
//ja: ページは2通りに確かめます。λ/2·‖W‖² の数値微分と比べ、さらに、書いた勾配での SGD の1ステップと、
//ja: 重みに kobai の SGD({ weightDecay: λ }) を使った1ステップを比べます。
import { createRng, Linear, Parameter, SGD, Tensor, numericalGradient } from "kobai";

function addWeightDecay(weights: Parameter[], lambda: number): void {
  // ▼ your code: add ∂(λ/2·‖W‖²)/∂W to w.grad for every w in weights
  //ja: ▼ ここに書く:weights のすべての w について、∂(λ/2·‖W‖²)/∂W を w.grad に加える
  for (const w of weights) {
    for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += 0;
  }
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です) ──────────────────────────────────────────────
const lambda = 0.1,
  lr = 0.01;
const make = () => new Linear(5, 3, { rng: createRng(7) });
const grads = Tensor.randn(5, 3, { rng: createRng(8) });
const yours = make(),
  kobais = make();
yours.weight.grad = grads.clone();
kobais.weight.grad = grads.clone();

// 1. Your extra gradient against the numerical gradient of the penalty alone.
//ja: 1. 書いた勾配の増分を、ペナルティだけの数値微分と比べます。
const penaltyOnly = make();
const penalty = () => (lambda / 2) * penaltyOnly.weight.value.data.reduce((s, v) => s + v * v, 0);
const numeric = numericalGradient(penalty, penaltyOnly.weight);
penaltyOnly.weight.grad = Tensor.zeros(5, 3);
addWeightDecay([penaltyOnly.weight], lambda);
check(
  "your added gradient equals the numerical gradient of λ/2·‖W‖²",
  //ja: "加えた勾配が λ/2·‖W‖² の数値微分と等しい",
  penaltyOnly.weight.grad,
  numeric,
  { rtol: 1e-6, atol: 1e-9 },
);

// 2. One SGD step: the book's penalty (yours) against PyTorch's weight_decay (kobai's).
//ja: 2. SGD の1ステップ:本書のペナルティ(書いたもの)と PyTorch の weight_decay(kobai のもの)を比べます。
addWeightDecay([yours.weight], lambda);
new SGD([yours.weight], { lr }).step();
new SGD([kobais.weight], { lr, weightDecay: lambda }).step();
check(
  "SGD with your gradient takes the same step as SGD({ weightDecay: λ })",
  //ja: "書いた勾配での SGD が、SGD({ weightDecay: λ }) と同じステップを進む",
  yours.weight.value,
  kobais.weight.value,
  { rtol: 1e-12, atol: 1e-15 },
);
