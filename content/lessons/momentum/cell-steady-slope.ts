// Momentum on a steady slope: the gradient is 1 at every step. Each step is longer than
// the last, approaching η·g/(1 − μ): ten times SGD's η·g for μ = 0.9.
//ja: 一定の傾きでの Momentum です。勾配は毎ステップ 1 です。更新幅は前のステップより大きくなり続け、
//ja: η·g/(1 − μ) に近づきます。μ = 0.9 なら、SGD の η·g の 10 倍です。
import { Momentum, Parameter, Tensor } from "kobai";

const w = new Parameter(Tensor.from([[0]]), "w");
const rolling = new Momentum([w], { lr: 0.1, momentum: 0.9 });
const stepLengths: number[] = [];
for (let k = 0; k < 100; k++) {
  const before = w.value.get(0, 0);
  w.grad = Tensor.from([[1]]);
  rolling.step();
  stepLengths.push(before - w.value.get(0, 0));
}
show(stepLengths.slice(0, 3), "the first three steps");
//ja: show(stepLengths.slice(0, 3), "最初の3ステップの更新幅");
show(stepLengths[99], "step 100");
//ja: show(stepLengths[99], "100 ステップ目の更新幅");
plot({
  y: { label: "step length" },
  //ja: y: { label: "更新幅" },
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  marks: [Plot.lineY(stepLengths), Plot.ruleY([0.1 / (1 - 0.9)], { strokeDasharray: "4 3" })],
});
