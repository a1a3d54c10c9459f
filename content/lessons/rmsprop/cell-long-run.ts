// The same long run for AdaGrad and RMSProp: η = 0.1, 500 steps from (−7, 2).
// AdaGrad's h only grows; RMSProp's h follows the recent gradients.
import { bookBowl, runOptimizer, AdaGrad, RMSProp } from "kobai";

const ada = runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 500 });
const rmsLong = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps: 500 });
show(ada.losses[500], "AdaGrad: f after 500 steps");
show(rmsLong.losses[500], "RMSProp: f after 500 steps");
show(ada.states[500].effectiveLr, "AdaGrad's step sizes (x, y) at step 500");
show(rmsLong.states[500].effectiveLr, "RMSProp's step sizes (x, y) at step 500");

const longCurves = [
  ...ada.losses.map((f, step) => ({ step, f, run: "AdaGrad η = 0.1" })),
  ...rmsLong.losses.map((f, step) => ({ step, f, run: "RMSProp η = 0.1" })),
].filter((d) => d.f > 1e-30);
plot({
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [Plot.line(longCurves, { x: "step", y: "f", stroke: "run" })],
});
