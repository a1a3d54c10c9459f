// Spot the mistake: AdaGrad read as "h is the sum of past learning rates" (h ← h + η) beside
// the real rule (h ← h + ∇⊙∇), η = 1.5 from (−7, 2) on the book's bowl. The mistake is run as
// kobai's SGD whose learning rate is set to η/√h before each step.
import { bookBowl, runOptimizer, AdaGrad, Parameter, SGD, Tensor, type Point } from "kobai";

const spotEta = 1.5;
const xy = new Parameter(Tensor.from([bookBowl.start]), "xy");
const sgdWithSum = new SGD([xy], { lr: spotEta });
const sumPath: Point[] = [[...bookBowl.start]];
let rateSum = 0;
for (let k = 1; k <= 30; k++) {
  rateSum += spotEta; // the mistake: should be the squared gradient, per weight
  sgdWithSum.lr = spotEta / Math.sqrt(rateSum);
  xy.grad = Tensor.from([bookBowl.gradient(xy.value.get(0, 0), xy.value.get(0, 1))]);
  sgdWithSum.step();
  sumPath.push([xy.value.get(0, 0), xy.value.get(0, 1)]);
}
const realAdaGrad = runOptimizer(bookBowl, AdaGrad, { lr: spotEta }, { steps: 30 });

show(
  sumPath.slice(0, 6).map((p) => p[1]),
  "h ← h + η: y in the first five steps",
);
show(bookBowl.value(...sumPath[30]), "h ← h + η: f after 30 steps");
show(realAdaGrad.losses[30], "AdaGrad: f after 30 steps");
plot({
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
