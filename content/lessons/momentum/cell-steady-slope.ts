// Momentum on a steady slope: the gradient is 1 at every step. Each step is longer than
// the last, approaching η·g/(1 − μ): ten times SGD's η·g for μ = 0.9.
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
show(stepLengths[99], "step 100");
plot({
  y: { label: "step length" },
  x: { label: "step" },
  marks: [Plot.lineY(stepLengths), Plot.ruleY([0.1 / (1 - 0.9)], { strokeDasharray: "4 3" })],
});
