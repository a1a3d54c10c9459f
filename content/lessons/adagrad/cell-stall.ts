// AdaGrad's new problem: h only grows, so every step size shrinks like 1/√t, even far
// from the minimum. With η = 0.1, 500 steps of AdaGrad against 500 of SGD.
import { bookBowl, runOptimizer, AdaGrad, SGD } from "kobai";

const slowAda = runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 500 });
const slowSgd = runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 500 });
show(slowAda.points[500], "AdaGrad after 500 steps");
show(slowAda.losses[500], "AdaGrad: f after 500 steps");
show(slowSgd.losses[500], "SGD: f after 500 steps");
show(slowAda.states[500].effectiveLr, "AdaGrad's step sizes (x, y) at step 500");

const curves = [
  ...slowAda.losses.map((f, step) => ({ step, f, run: "AdaGrad η = 0.1" })),
  ...slowSgd.losses.map((f, step) => ({ step, f, run: "SGD η = 0.1" })),
];
plot({
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [Plot.line(curves, { x: "step", y: "f", stroke: "run" })],
});
