// What the explorer computes: AdaGrad with the book's η = 1.5 for 30 steps from (−7, 2)
// (図6-6), and each axis's step size η/(√h + ε) as h grows.
//ja: ウィジェットの計算です。本書の η = 1.5 の AdaGrad で (−7, 2) から 30 回更新し(図6-6)、
//ja: h が大きくなるにつれて、軸ごとの歩幅 η/(√h + ε) がどう変わるかを見ます。
import { bookBowl, runOptimizer, AdaGrad } from "kobai";

const adaRun = runOptimizer(bookBowl, AdaGrad, { lr: 1.5 });
const adaBook = runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" });

show(adaRun.points[1], "after step 1: each coordinate moved by η");
//ja: show(adaRun.points[1], "1 回目の更新の後:どちらの座標も η だけ動いています");
show(adaRun.points[30], "after step 30");
//ja: show(adaRun.points[30], "30 回目の更新の後");
show(adaRun.losses[30], "f after step 30");
//ja: show(adaRun.losses[30], "30 回目の更新の後の f");
show(adaRun.states[1].effectiveLr, "step sizes (x, y) at step 1");
//ja: show(adaRun.states[1].effectiveLr, "1 回目の更新での歩幅 (x, y)");
show(adaRun.states[30].effectiveLr, "step sizes (x, y) at step 30");
//ja: show(adaRun.states[30].effectiveLr, "30 回目の更新での歩幅 (x, y)");
show(
  Math.max(
    ...adaRun.points.flatMap((p, k) => [Math.abs(p[0] - adaBook.points[k][0]), Math.abs(p[1] - adaBook.points[k][1])]),
  ),
  "largest gap to the book's form (ε = 1e-7)",
  //ja: "本書の形(ε = 1e-7)との最大の差",
);

const sizes = adaRun.states.slice(1).flatMap((s, k) => [
  { step: k + 1, axis: "x", size: s.effectiveLr[0] },
  { step: k + 1, axis: "y", size: s.effectiveLr[1] },
]);
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { label: "η/(√h + ε)" },
  color: { legend: true },
  marks: [Plot.line(sizes, { x: "step", y: "size", stroke: "axis" })],
});
