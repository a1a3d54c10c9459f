// AdaGrad's new problem: h only grows, so every step size shrinks like 1/√t, even far
// from the minimum. With η = 0.1, 500 steps of AdaGrad against 500 of SGD.
//ja: AdaGrad の新しい問題:h は増える一方なので、最小値から遠くても、歩幅はどれも 1/√t のように
//ja: 縮んでいきます。η = 0.1 で、AdaGrad と SGD をそれぞれ 500 回更新して比べます。
import { bookBowl, runOptimizer, AdaGrad, SGD } from "kobai";

const slowAda = runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 500 });
const slowSgd = runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 500 });
show(slowAda.points[500], "AdaGrad after 500 steps");
//ja: show(slowAda.points[500], "500 回更新した後の AdaGrad");
show(slowAda.losses[500], "AdaGrad: f after 500 steps");
//ja: show(slowAda.losses[500], "AdaGrad:500 回更新した後の f");
show(slowSgd.losses[500], "SGD: f after 500 steps");
//ja: show(slowSgd.losses[500], "SGD:500 回更新した後の f");
show(slowAda.states[500].effectiveLr, "AdaGrad's step sizes (x, y) at step 500");
//ja: show(slowAda.states[500].effectiveLr, "500 回目の更新での AdaGrad の歩幅 (x, y)");

const curves = [
  ...slowAda.losses.map((f, step) => ({ step, f, run: "AdaGrad η = 0.1" })),
  ...slowSgd.losses.map((f, step) => ({ step, f, run: "SGD η = 0.1" })),
];
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [Plot.line(curves, { x: "step", y: "f", stroke: "run" })],
});
