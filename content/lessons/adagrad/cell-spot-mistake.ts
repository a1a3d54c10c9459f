// Spot the mistake: AdaGrad read as "h is the sum of past learning rates" (h ← h + η) beside
// the real rule (h ← h + ∇⊙∇), η = 1.5 from (−7, 2) on the book's bowl. The mistake is run as
// kobai's SGD whose learning rate is set to η/√h before each step.
//ja: 間違い探し:AdaGrad を「h はこれまでの学習率の和」(h ← h + η)と読んだ式を、本当の更新式
//ja: (h ← h + ∇⊙∇)と並べます。本書のお椀で、η = 1.5、(−7, 2) から始めます。間違った式は、
//ja: 各更新の前に学習率を η/√h に設定した kobai の SGD として実行します。
import { bookBowl, runOptimizer, AdaGrad, Parameter, SGD, Tensor, type Point } from "kobai";

const spotEta = 1.5;
const xy = new Parameter(Tensor.from([bookBowl.start]), "xy");
const sgdWithSum = new SGD([xy], { lr: spotEta });
const sumPath: Point[] = [[...bookBowl.start]];
let rateSum = 0;
for (let k = 1; k <= 30; k++) {
  rateSum += spotEta; // the mistake: should be the squared gradient, per weight
  //ja: rateSum += spotEta; // 間違い:本当は重みごとの勾配の2乗を足します
  sgdWithSum.lr = spotEta / Math.sqrt(rateSum);
  xy.grad = Tensor.from([bookBowl.gradient(xy.value.get(0, 0), xy.value.get(0, 1))]);
  sgdWithSum.step();
  sumPath.push([xy.value.get(0, 0), xy.value.get(0, 1)]);
}
const realAdaGrad = runOptimizer(bookBowl, AdaGrad, { lr: spotEta }, { steps: 30 });

show(
  sumPath.slice(0, 6).map((p) => p[1]),
  "h ← h + η: y in the first five steps",
  //ja: "h ← h + η:最初の5回の更新での y",
);
show(bookBowl.value(...sumPath[30]), "h ← h + η: f after 30 steps");
//ja: show(bookBowl.value(...sumPath[30]), "h ← h + η:30 回更新した後の f");
show(realAdaGrad.losses[30], "AdaGrad: f after 30 steps");
//ja: show(realAdaGrad.losses[30], "AdaGrad:30 回更新した後の f");
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [
    Plot.line(
      sumPath.map((p, step) => ({ step, f: bookBowl.value(...p), rule: "h ← h + η" })),
      { x: "step", y: "f", stroke: "rule" },
    ),
    Plot.line(
      realAdaGrad.losses.map((f, step) => ({ step, f, rule: "AdaGrad" })),
      { x: "step", y: "f", stroke: "rule" },
    ),
  ],
});
