// The same long run for AdaGrad and RMSProp: η = 0.1, 500 steps from (−7, 2).
// AdaGrad's h only grows; RMSProp's h follows the recent gradients.
//ja: AdaGrad と RMSProp を同じ条件で長く動かします。η = 0.1 で、(−7, 2) から 500 ステップです。
//ja: AdaGrad の h は増える一方ですが、RMSProp の h は最近の勾配に追従します。
import { bookBowl, runOptimizer, AdaGrad, RMSProp } from "kobai";

const ada = runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 500 });
const rmsLong = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps: 500 });
show(ada.losses[500], "AdaGrad: f after 500 steps");
//ja: show(ada.losses[500], "AdaGrad の 500 ステップ後の f");
show(rmsLong.losses[500], "RMSProp: f after 500 steps");
//ja: show(rmsLong.losses[500], "RMSProp の 500 ステップ後の f");
show(ada.states[500].effectiveLr, "AdaGrad's step sizes (x, y) at step 500");
//ja: show(ada.states[500].effectiveLr, "ステップ 500 での AdaGrad の歩幅 (x, y)");
show(rmsLong.states[500].effectiveLr, "RMSProp's step sizes (x, y) at step 500");
//ja: show(rmsLong.states[500].effectiveLr, "ステップ 500 での RMSProp の歩幅 (x, y)");

const longCurves = [
  ...ada.losses.map((f, step) => ({ step, f, run: "AdaGrad η = 0.1" })),
  ...rmsLong.losses.map((f, step) => ({ step, f, run: "RMSProp η = 0.1" })),
].filter((d) => d.f > 1e-30);
plot({
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [Plot.line(longCurves, { x: "step", y: "f", stroke: "run" })],
});
